import { reportMove } from '../../../lib/lifecycle/mover/report-move';
import { GroupsNotLandedError } from '../../../lib/lifecycle/okta/okta-errors';
import { onboardPerson } from '../../../lib/lifecycle/onboarding/onboard-person';
import { ISABEL } from '../support/isabel';
import { freshHarnessPerTest, type Harness, TODAY } from '../support/lifecycle-harness';

let h: Harness;
const fresh = freshHarnessPerTest();
beforeEach(() => {
  h = fresh.current;
});

/** What the Okta stack does when people.yaml changes: the profile, and with it the rule groups. */
function moveInOkta(department: string, title: string) {
  Object.assign(h.state.findUser(ISABEL.email)!.profile, { department, title });
}
const move = () => reportMove(h.deps, { person: ISABEL.id, actor: 'okta:event' });

test('Sales → Engineering: reports the groups, apps and AWS access gained and lost, and tells the manager and IT', async () => {
  await onboardPerson(h.deps, { person: ISABEL.id, actor: 'x', today: TODAY }); // records the baseline profile
  moveInOkta('Engineering', 'Engineering Manager');
  const report = await move();
  expect(report.outcome).toBe('changed');
  expect(report.delta).toEqual({
    gained: {
      groups: ['engineering', 'engineering-managers'],
      apps: ['aws-identity-center', 'datadog', 'figma', 'github'],
      aws: ['dev/developer', 'prod/read-only', 'staging/developer'],
    },
    lost: { groups: ['go-to-market'], apps: ['salesforce', 'zendesk'], aws: [] },
  });
  expect(report.note).toBe(
    'gains: groups Engineering, Engineering Managers; apps AWS IAM Identity Center, Datadog, Figma, GitHub Enterprise; AWS dev/developer, prod/read-only, staging/developer; loses: groups Go-to-Market; apps Salesforce, Zendesk',
  );
  expect(h.notifier.sent.at(-1)).toMatchObject({
    to: ['james.carter@acme.example', 'it@acme.example'],
    subject: 'Isabel Santos moved: access gained and lost',
  });
  expect(h.notifier.sent.at(-1)!.body.split('\n')[0]).toBe(
    'Isabel Santos (isabel.santos@acme.example) is now Engineering Manager, Engineering (was Account Executive, Sales).',
  );
  expect(h.fake.mutations()).toEqual([]); // Okta's rules move the groups; the report changes nothing
  const [record] = await h.audit.list('mover/isabel-santos');
  expect(record).toMatchObject({
    step: 'report-move',
    outcome: 'changed',
    before: { profile: { department: 'sales', title: 'Account Executive', type: 'employee' } },
    after: { profile: { department: 'engineering', title: 'Engineering Manager', type: 'employee' } },
  });
});

test('the same event again: no second report', async () => {
  moveInOkta('Engineering', 'Engineering Manager');
  await reportMove(h.deps, {
    person: ISABEL.id,
    actor: 'x',
    before: { department: 'sales', title: 'Account Executive', type: 'employee' },
  });
  const again = await move();
  expect(again).toMatchObject({ outcome: 'unchanged', note: 'no change of department, title or type' });
  expect(h.notifier.sent).toHaveLength(1);
});

test('no profile on record yet: records a baseline', async () => {
  expect(await move()).toMatchObject({
    outcome: 'unchanged',
    after: { profile: { department: 'sales', title: 'Account Executive', type: 'employee' } },
    note: 'no earlier profile on record: this one is the baseline for the next move',
  });
});

test('Okta has not applied the rules yet: fails (to be retried) with what is pending, and audits the failure', async () => {
  await move(); // baseline
  moveInOkta('Engineering', 'Engineering Manager');
  h.state.rules.splice(
    h.state.rules.findIndex((r) => r.name === 'engineering'),
    1,
  );
  const user = h.state.findUser(ISABEL.email)!;
  const gtm = h.state.groups.find((g) => g.name === 'Go-to-Market')!;
  h.state.members.get(gtm.id)!.add(user.id); // still there, as if the rule had not run
  const attempt = move();
  await expect(attempt).rejects.toThrow(GroupsNotLandedError);
  await expect(attempt).rejects.toThrow(
    'Okta has not moved isabel.santos@acme.example yet (group rules run asynchronously; the workflow retries): not yet in Engineering; still in Go-to-Market',
  );
  expect((await h.audit.list('mover/isabel-santos')).map((r) => r.outcome)).toEqual(['unchanged', 'failed']);
});
