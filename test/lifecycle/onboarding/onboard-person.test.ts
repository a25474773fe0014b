import type { LifecycleDirectory } from '../../../lib/lifecycle/lifecycle-directory';
import { offboardPerson } from '../../../lib/lifecycle/offboarding/offboard-person';
import {
  GroupsNotLandedError,
  OktaUserStateError,
  UnknownOktaUserError,
} from '../../../lib/lifecycle/okta/okta-errors';
import { onboardPerson } from '../../../lib/lifecycle/onboarding/onboard-person';
import { ISABEL } from '../support/isabel';
import { freshHarnessPerTest, type Harness, TODAY } from '../support/lifecycle-harness';

const NOAH = 'noah.williams@acme.example'; // engineering, starts 2026-12-07, staged in Okta
const START = '2026-12-07';

let h: Harness;
const fresh = freshHarnessPerTest();
beforeEach(() => {
  h = fresh.current;
});

const onboardNoah = (today: string) =>
  onboardPerson(h.deps, { person: 'noah-williams', actor: 'cli:kenji', today });

test('before the start date: nothing is due, nothing changes', async () => {
  const report = await onboardNoah(TODAY);
  expect(report.kase).toMatchObject({ caseId: `onboard/noah-williams/${START}`, activateOn: START });
  expect(report.steps.map((s) => [s.step, s.outcome, s.note])).toEqual([
    ['activate', 'not-due', 'activation is due on 2026-12-07 (start date 2026-12-07)'],
    ['verify-groups', 'not-due', 'activation is due on 2026-12-07 (start date 2026-12-07)'],
    ['notify-manager', 'not-due', 'activation is due on 2026-12-07 (start date 2026-12-07)'],
  ]);
  expect(h.fake.mutations()).toEqual([]);
  expect(h.state.findUser(NOAH)!.status).toBe('STAGED');
});

test('on the start date: activates, verifies the birthright groups landed, tells the manager, audits each step', async () => {
  const report = await onboardNoah(START);
  expect(report.steps.map((s) => [s.step, s.outcome])).toEqual([
    ['activate', 'changed'],
    ['verify-groups', 'unchanged'],
    ['notify-manager', 'changed'],
  ]);
  expect(h.state.findUser(NOAH)!.status).toBe('PROVISIONED');
  expect(h.fake.mutations().map((r) => r.path)).toEqual([
    `/api/v1/users/${report.kase.userId}/lifecycle/activate?sendEmail=true`,
  ]);
  expect(report.steps[1]).toMatchObject({
    after: { groups: ['Employees', 'Engineering', 'Everyone at Acme'] },
    note: 'birthright groups landed: Employees, Everyone at Acme',
  });
  expect(h.notifier.sent.map((n) => [n.to, n.subject])).toEqual([
    [['priya.raman@acme.example'], 'Noah Williams starts on 2026-12-07: their account is ready'],
  ]);
  const records = await h.audit.list(`onboard/noah-williams/${START}`);
  expect(records.map((r) => [r.step, r.outcome, r.requestIds.length])).toEqual([
    ['activate', 'changed', 1],
    ['verify-groups', 'unchanged', 0],
    ['notify-manager', 'changed', 1],
  ]);
  expect(records[0].requestIds).toEqual([h.fake.mutations()[0].requestId]);
});

test('a re-run makes no mutating call and sends no second notice', async () => {
  await onboardNoah(START);
  const report = await onboardNoah('2026-12-08');
  expect(report.steps.map((s) => s.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  expect(h.fake.mutations()).toHaveLength(1);
  expect(h.notifier.sent).toHaveLength(1);
});

test('birthright groups not (yet) there: fails with what is missing, so the workflow retries', async () => {
  h.state.rules.splice(
    h.state.rules.findIndex((r) => r.name === 'employees'),
    1,
  );
  const attempt = onboardNoah(START);
  await expect(attempt).rejects.toThrow(GroupsNotLandedError);
  await expect(attempt).rejects.toThrow(
    'Okta has not put noah.williams@acme.example in Employees yet: group rules run asynchronously (the workflow retries); if this persists, check the group rules',
  );
});

test('a user suspended during this employment is not silently reactivated', async () => {
  await onboardNoah(START);
  await h.clock.sleep(14 * 86_400_000);
  h.state.setStatus(h.state.findUser(NOAH)!, 'SUSPENDED');
  const before = h.fake.mutations().length;
  await expect(
    onboardPerson(h.deps, { person: 'noah-williams', actor: 'cli:kenji', today: '2026-12-08' }),
  ).rejects.toThrow(
    new OktaUserStateError(
      'noah.williams@acme.example is SUSPENDED since 2026-12-07: onboarding does not undo a suspension made during this employment; unsuspend the user in Okta if this is intended',
    ),
  );
  expect(h.fake.mutations()).toHaveLength(before);
});

describe('a re-hire (a new start date after an end date): the one path back to active, audited', () => {
  /** Isabel left on 2026-11-13; people.yaml now gives her a new start and no end. */
  const rehired = (start: string): LifecycleDirectory => ({
    ...h.directory,
    people: h.directory.people.map((p) => (p.id === ISABEL.id ? { ...p, start, end: undefined } : p)),
  });

  test('offboarded and suspended (in the grace period): on the new start the account is deactivated and activated afresh', async () => {
    await offboardPerson(h.deps, { person: ISABEL.id, actor: 'cli:amara', today: TODAY });
    expect(h.state.findUser(ISABEL.email)!.status).toBe('SUSPENDED');
    const offboardingChanges = h.fake.mutations().length;
    await h.clock.sleep(8 * 86_400_000);
    const deps = { ...h.deps, directory: rehired('2026-12-01') };
    const report = await onboardPerson(deps, {
      person: ISABEL.id,
      actor: 'stepfunctions:onboard-isabel-santos-2026-12-01',
      today: '2026-12-01',
    });
    expect(report.steps[0]).toMatchObject({
      step: 'activate',
      outcome: 'changed',
      before: { status: 'SUSPENDED', since: '2026-11-23T09:00:00.000Z' },
      after: { status: 'PROVISIONED' },
      note: 're-hire: the account suspended on 2026-11-23 (an earlier employment) deactivated and activated afresh; activation email sent',
    });
    const user = h.state.findUser(ISABEL.email)!;
    expect(user.status).toBe('PROVISIONED');
    const changes = h.fake.mutations().slice(offboardingChanges);
    expect(changes.map((m) => m.path)).toEqual([
      `/api/v1/users/${user.id}/lifecycle/deactivate?sendEmail=false`,
      `/api/v1/users/${user.id}/lifecycle/activate?sendEmail=true`,
    ]);
    const [activate] = await h.audit.list('onboard/isabel-santos/2026-12-01');
    expect(activate).toMatchObject({
      step: 'activate',
      outcome: 'changed',
      actor: 'stepfunctions:onboard-isabel-santos-2026-12-01',
    });
    expect(activate.requestIds).toEqual(changes.map((m) => m.requestId));
    // Run again: nothing more.
    await onboardPerson(deps, { person: ISABEL.id, actor: 'x', today: '2026-12-02' });
    expect(h.fake.mutations().slice(offboardingChanges)).toHaveLength(2);
  });

  test('offboarded and deactivated (after the grace period): on the new start the account is activated', async () => {
    const user = h.state.findUser(ISABEL.email)!;
    h.state.setStatus(user, 'DEPROVISIONED');
    await h.clock.sleep(30 * 86_400_000);
    const deps = { ...h.deps, directory: rehired('2027-01-04') };
    const report = await onboardPerson(deps, { person: ISABEL.id, actor: 'x', today: '2027-01-04' });
    expect(report.steps[0]).toMatchObject({ outcome: 'changed', before: { status: 'DEPROVISIONED' } });
    expect(user.status).toBe('PROVISIONED');
  });

  test('before the new start nothing changes: the leaver stays suspended', async () => {
    await offboardPerson(h.deps, { person: ISABEL.id, actor: 'cli:amara', today: TODAY });
    const before = h.fake.mutations().length;
    const report = await onboardPerson(
      { ...h.deps, directory: rehired('2027-01-04') },
      { person: ISABEL.id, actor: 'x', today: TODAY },
    );
    expect(report.steps.map((s) => s.outcome)).toEqual(['not-due', 'not-due', 'not-due']);
    expect(h.fake.mutations()).toHaveLength(before);
    expect(h.state.findUser(ISABEL.email)!.status).toBe('SUSPENDED');
  });
});

test('someone already active: nothing to activate', async () => {
  const report = await onboardPerson(h.deps, { person: 'kwame-mensah', actor: 'cli:kenji', today: TODAY });
  expect(report.steps[0]).toMatchObject({ outcome: 'unchanged', before: { status: 'ACTIVE' } });
  expect(h.fake.mutations()).toEqual([]);
});

test('unknown person, or no Okta user yet: clear errors', async () => {
  await expect(onboardPerson(h.deps, { person: 'noah-william', actor: 'x', today: START })).rejects.toThrow(
    'unknown person "noah-william": did you mean "noah-williams"? use a person id from config/it/people.yaml',
  );
  h.state.users.splice(h.state.users.indexOf(h.state.findUser(NOAH)!), 1);
  await expect(onboardNoah(START)).rejects.toThrow(
    new UnknownOktaUserError(
      'no Okta user has the login "noah.williams@acme.example" (noah-williams in config/it/people.yaml): the Okta stack creates it (staged) when the hire is merged; deploy it first',
    ),
  );
});
