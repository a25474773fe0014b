import type { AuditRecord } from '../../../lib/lifecycle/audit/audit-store';
import { UnknownPersonError } from '../../../lib/lifecycle/find-person';
import { offboardPerson } from '../../../lib/lifecycle/offboarding/offboard-person';
import { NotLeavingError, openOffboardingCase } from '../../../lib/lifecycle/offboarding/offboarding-case';
import { OFFBOARDING } from '../../../lib/lifecycle/offboarding/offboarding-steps';
import { runOffboardingStep } from '../../../lib/lifecycle/offboarding/run-offboarding-step';
import { UnknownOktaUserError } from '../../../lib/lifecycle/okta/okta-errors';
import { OFFBOARDING_STEPS } from '../../../lib/model/schema/lifecycle';
import { giveIsabelExtraAccess, ISABEL, ISABEL_CASE, isabelInOkta } from '../support/isabel';
import { freshHarnessPerTest, type Harness, TODAY } from '../support/lifecycle-harness';

let h: Harness;
const fresh = freshHarnessPerTest();
beforeEach(() => {
  h = fresh.current;
  giveIsabelExtraAccess(h);
});

/** The steps' own records (a change's intent and outcome records carry `change`). */
const stepRecords = (records: readonly AuditRecord[]) => records.filter((r) => r.change === undefined);

const offboardIsabel = (today = TODAY) =>
  offboardPerson(h.deps, { person: ISABEL.id, actor: 'cli:amara', today });

const END_STATE = {
  status: 'SUSPENDED',
  sessions: 0,
  factors: 0,
  grants: 0,
  clients: [],
  groups: ['Employees', 'Everyone', 'Everyone at Acme', 'Go-to-Market'],
  apps: [
    'BambooHR (GROUP)',
    'Google Workspace (GROUP)',
    'Salesforce (GROUP)',
    'Slack (GROUP)',
    'Status Page (GROUP)',
    'Zendesk (GROUP)',
  ],
};

describe('offboarding isabel-santos', () => {
  test('reaches the expected end state: suspended, signed out, no grants, tokens, factors, hand-granted groups, direct apps or AWS access', async () => {
    expect(isabelInOkta(h)).toMatchObject({ status: 'ACTIVE', sessions: 2, factors: 2, grants: 1 });
    await offboardIsabel();
    expect(isabelInOkta(h)).toEqual(END_STATE);
    expect(await h.aws.findAccess(ISABEL.email)).toEqual({ userId: 'ic-isabel-santos', memberships: [] });
  });

  test('runs the steps in order with the calls each needs, and never deletes the user', async () => {
    const report = await offboardIsabel();
    // Every step changes something; the deactivation waits for the grace period.
    expect(report.steps.map((s) => [s.step, s.outcome])).toEqual(
      OFFBOARDING_STEPS.map((step) => [step, step === 'deactivate' ? 'not-due' : 'changed']),
    );
    expect(h.fake.log.map((r) => r.operationId)).toEqual([
      'getUser',
      'getUser',
      'suspendUser',
      'revokeUserSessions',
      'listUserGrants',
      'revokeUserGrants',
      'listUserClients',
      'listFactors',
      'resetFactors',
      'listAssignedRolesForUser',
      'listUserGroups',
      'listGroupRules',
      'unassignUserFromGroup',
      'unassignUserFromGroup',
      'listApplications',
      ...Array(7).fill('getApplicationUser'),
      'unassignUserFromApplication',
    ]);
    expect(h.fake.log.some((r) => r.operationId === 'deleteUser' || r.operationId === 'deactivateUser')).toBe(
      false,
    );
    expect(report.steps.at(-1)!.note).toBe('due on 2026-12-14, after the P30D grace period');
  });

  test('removes only explicitly managed groups, keeping what Okta group rules manage', async () => {
    const report = await offboardIsabel();
    expect(report.steps.find((s) => s.step === 'remove-groups')).toMatchObject({
      before: {
        groups: [
          'Data Analysts',
          'Employees',
          'Everyone',
          'Everyone at Acme',
          'Go-to-Market',
          'Sales Leads (ad hoc)',
        ],
      },
      after: { groups: ['Employees', 'Everyone', 'Everyone at Acme', 'Go-to-Market'] },
      note: 'removed from Data Analysts, Sales Leads (ad hoc)',
    });
  });

  test('notifies the manager (data transfer, then the summary), security and IT', async () => {
    await offboardIsabel();
    expect(h.notifier.sent.map((n) => [n.subject, n.to])).toEqual([
      [
        'Data transfer: Isabel Santos left Acme on 2026-11-13',
        ['james.carter@acme.example', 'it@acme.example'],
      ],
      [
        'Offboarded: Isabel Santos (last day 2026-11-13)',
        ['james.carter@acme.example', 'security@acme.example', 'it@acme.example'],
      ],
    ]);
    expect(h.notifier.sent[0].body).toContain('  - Salesforce (confidential data)');
    expect(h.notifier.sent[1].body).toContain('deactivated on 2026-12-14');
  });

  test('appends one audit record per step: who, what, when, before, after and the Okta request ids', async () => {
    await offboardIsabel();
    const records = stepRecords(await h.audit.list(ISABEL_CASE));
    expect(records.map((r) => [r.step, r.outcome])).toEqual(
      OFFBOARDING.map((s) => [s.name, s.name === 'deactivate' ? 'not-due' : 'changed']),
    );
    expect(records[0]).toEqual({
      caseId: ISABEL_CASE,
      seq: 3,
      workflow: 'offboarding',
      step: 'suspend',
      outcome: 'changed',
      at: '2026-11-23T09:00:00.000Z',
      actor: 'cli:amara',
      personId: ISABEL.id,
      oktaUserId: h.state.findUser(ISABEL.email)!.id,
      before: { status: 'ACTIVE' },
      after: { status: 'SUSPENDED' },
      requestIds: [h.fake.log.find((r) => r.operationId === 'suspendUser')!.requestId],
    });
    const cited = records.flatMap((r) => r.requestIds).filter((id) => id.startsWith('fakereq-'));
    expect(cited).toEqual(h.fake.mutations().map((r) => r.requestId));
  });

  test('a second run makes zero mutating calls and records every step as unchanged', async () => {
    await offboardIsabel();
    const mutations = h.fake.mutations().length;
    const calls = h.fake.log.length;
    const report = await offboardIsabel();
    expect(h.fake.mutations()).toHaveLength(mutations);
    expect(h.fake.log.slice(calls).every((r) => r.method === 'GET')).toBe(true);
    expect(h.notifier.sent).toHaveLength(2);
    expect(h.aws.removed).toEqual(['icm-isabel-data']);
    expect(report.steps.map((s) => s.outcome)).toEqual([...Array(9).fill('unchanged'), 'not-due']);
    expect(isabelInOkta(h)).toEqual(END_STATE);
  });

  test('after the grace period it deactivates (once), and still never deletes', async () => {
    await offboardIsabel();
    const late = await offboardIsabel('2026-12-14');
    expect(late.steps.at(-1)).toMatchObject({
      step: 'deactivate',
      outcome: 'changed',
      after: { status: 'DEPROVISIONED' },
    });
    expect((await offboardIsabel('2026-12-15')).steps.at(-1)).toMatchObject({ outcome: 'unchanged' });
    expect(h.fake.log.filter((r) => r.operationId === 'deactivateUser')).toHaveLength(1);
    expect(h.fake.log.some((r) => r.operationId === 'deleteUser')).toBe(false);
    expect(isabelInOkta(h).status).toBe('DEPROVISIONED');
  });
});

describe('one step on its own (as a workflow task runs it)', () => {
  test('revoke-tokens revokes the grants, then the refresh tokens of each client still holding some', async () => {
    const kase = await openOffboardingCase(h.deps.okta, h.directory, {
      person: ISABEL.id,
      actor: 'sfn:x',
      today: TODAY,
    });
    const report = await runOffboardingStep(h.deps, kase, 'revoke-tokens', TODAY);
    expect(report).toMatchObject({
      outcome: 'changed',
      before: { grants: 1, tokenClients: ['0oaclientcli', '0oaclientmobileapp'] },
      after: { grants: 0, tokenClients: [] },
    });
    expect(h.fake.mutations().map((r) => r.path)).toEqual([
      `/api/v1/users/${kase.userId}/grants`,
      `/api/v1/users/${kase.userId}/clients/0oaclientcli/tokens`,
      `/api/v1/users/${kase.userId}/clients/0oaclientmobileapp/tokens`,
    ]);
    expect(report.requestIds).toEqual(h.fake.mutations().map((r) => r.requestId));
    expect(isabelInOkta(h)).toMatchObject({ grants: 0, clients: [] });
  });

  test('an unknown step name is refused with the list of steps', async () => {
    const kase = await openOffboardingCase(h.deps.okta, h.directory, {
      person: ISABEL.id,
      actor: 'sfn:x',
      today: TODAY,
    });
    await expect(runOffboardingStep(h.deps, kase, 'delete-user', TODAY)).rejects.toThrow(
      'unknown offboarding step "delete-user": one of suspend, clear-sessions, revoke-tokens, reset-factors, transfer-data, remove-groups, unassign-apps, deny-aws, notify, deactivate',
    );
  });
});

describe('a user Okta already stopped', () => {
  test('already suspended (by an admin, by hand): nothing to suspend, the rest is done', async () => {
    h.state.setStatus(h.state.findUser(ISABEL.email)!, 'SUSPENDED');
    const report = await offboardIsabel();
    expect(report.steps[0]).toMatchObject({
      step: 'suspend',
      outcome: 'unchanged',
      before: { status: 'SUSPENDED' },
    });
    expect(report.steps.slice(1, 9).map((s) => s.outcome)).toEqual(Array(8).fill('changed'));
    expect(h.fake.log.some((r) => r.operationId === 'suspendUser')).toBe(false);
    expect(isabelInOkta(h)).toEqual(END_STATE);
  });

  test('already deprovisioned: no suspension, no session call; hand-granted access is still removed', async () => {
    const user = h.state.findUser(ISABEL.email)!;
    h.state.setStatus(user, 'DEPROVISIONED');
    Object.assign(user, { sessions: 0, grants: [], tokens: {} });
    const report = await offboardIsabel();
    expect(Object.fromEntries(report.steps.map((s) => [s.step, s.outcome]))).toEqual({
      suspend: 'unchanged',
      'clear-sessions': 'unchanged',
      'revoke-tokens': 'unchanged',
      'reset-factors': 'changed',
      'transfer-data': 'changed',
      'remove-groups': 'changed',
      'unassign-apps': 'changed',
      'deny-aws': 'changed',
      notify: 'changed',
      deactivate: 'not-due',
    });
    expect(report.steps[1].note).toBe('the user is deactivated: Okta ended their sessions then');
    expect(h.fake.log.map((r) => r.operationId)).not.toContain('revokeUserSessions');
    expect(isabelInOkta(h)).toEqual({ ...END_STATE, status: 'DEPROVISIONED' });
  });

  test('locked out: unlocked and suspended at once, so the grace period still applies', async () => {
    h.state.setStatus(h.state.findUser(ISABEL.email)!, 'LOCKED_OUT');
    const report = await offboardIsabel();
    expect(report.steps[0]).toMatchObject({
      outcome: 'changed',
      before: { status: 'LOCKED_OUT' },
      after: { status: 'SUSPENDED' },
      note: 'locked out: unlocked and suspended at once',
    });
    expect(
      h.fake
        .mutations()
        .slice(0, 2)
        .map((r) => r.operationId),
    ).toEqual(['unlockUser', 'suspendUser']);
    expect(isabelInOkta(h)).toEqual(END_STATE);
  });

  test.each([
    [
      'RECOVERY',
      'in password recovery, which Okta cannot suspend and the person could complete: deactivated now, before the grace period',
    ],
    [
      'PASSWORD_EXPIRED',
      'password expired, which Okta cannot suspend and the person could renew: deactivated now, before the grace period',
    ],
    ['STAGED', 'never activated: deactivated now (nothing to keep for the grace period)'],
    [
      'PROVISIONED',
      'activation pending (the person holds an activation link): deactivated now (nothing to keep for the grace period)',
    ],
  ] as const)(
    '%s (Okta cannot suspend it, and access could resume): deactivated at once',
    async (status, note) => {
      h.state.setStatus(h.state.findUser(ISABEL.email)!, status);
      const report = await offboardIsabel();
      expect(report.steps[0]).toMatchObject({
        outcome: 'changed',
        before: { status },
        after: { status: 'DEPROVISIONED' },
        note,
      });
      expect(report.steps.at(-1)).toMatchObject({ step: 'deactivate', outcome: 'not-due' });
      expect(h.fake.mutations().filter((r) => r.operationId === 'deactivateUser')).toHaveLength(1);
      expect(isabelInOkta(h).status).toBe('DEPROVISIONED');
      const late = await offboardIsabel('2026-12-14');
      expect(late.steps.at(-1)).toMatchObject({ step: 'deactivate', outcome: 'unchanged' });
      expect(h.fake.mutations().filter((r) => r.operationId === 'deactivateUser')).toHaveLength(1);
    },
  );
});

describe('who can be offboarded', () => {
  test('an unknown person: a clear error with a suggestion, and no Okta call', async () => {
    const attempt = offboardPerson(h.deps, { person: 'isabel-santo', actor: 'cli:amara', today: TODAY });
    await expect(attempt).rejects.toThrow(UnknownPersonError);
    await expect(attempt).rejects.toThrow(
      'unknown person "isabel-santo": did you mean "isabel-santos"? use a person id from config/it/people.yaml',
    );
    expect(h.fake.log).toEqual([]);
  });

  test('a person of the config with no Okta user', async () => {
    h.state.users.splice(h.state.users.indexOf(h.state.findUser(ISABEL.email)!), 1);
    const attempt = offboardIsabel();
    await expect(attempt).rejects.toThrow(UnknownOktaUserError);
    await expect(attempt).rejects.toThrow(
      'no Okta user has the login "isabel.santos@acme.example" (isabel-santos in config/it/people.yaml): check the email, or whether the Okta stack has created the user',
    );
  });

  test('someone not leaving needs an end date, or --now for an emergency', async () => {
    const run = (person: string, now?: boolean) =>
      offboardPerson(h.deps, { person, actor: 'cli:amara', today: TODAY, ...(now ? { now } : {}) });
    await expect(run('hannah-schulz')).rejects.toThrow(NotLeavingError);
    await expect(run('hannah-schulz')).rejects.toThrow(
      'hannah-schulz has no end date in config/it/people.yaml: set their last day there (the workflow then runs on its own), or pass --now for an emergency',
    );
    await expect(run('yuki-tanaka')).rejects.toThrow(
      "yuki-tanaka's last day is 2026-12-18: offboarding starts after it; pass --now for an emergency",
    );
    const emergency = await run('yuki-tanaka', true);
    expect(emergency.kase).toMatchObject({
      caseId: 'offboard/yuki-tanaka/2026-11-23',
      lastDay: TODAY,
      deactivateOn: '2026-12-24',
    });
  });

  test('an Okta user the config does not know (made by hand) is offboarded by login', async () => {
    const report = await offboardPerson(h.deps, { person: ISABEL.email, actor: 'okta:admin', today: TODAY });
    expect(report.kase.caseId).toBe(ISABEL_CASE);
    h.state.findUser(ISABEL.email)!.profile.login = 'contractor.x@acme.example';
    const unknown = await offboardPerson(h.deps, {
      person: 'contractor.x@acme.example',
      actor: 'okta:admin',
      today: TODAY,
    });
    expect(unknown.kase).toMatchObject({
      caseId: 'offboard/contractor.x@acme.example/2026-11-23',
      name: 'contractor.x@acme.example',
    });
    expect(unknown.kase.personId).toBeUndefined();
  });
});

describe('a failure part-way, then a re-run', () => {
  /** The step each of a clean run's seven Okta changes belongs to, in order. */
  const CHANGES = [
    'suspend',
    'clear-sessions',
    'revoke-tokens',
    'reset-factors',
    'remove-groups',
    'remove-groups',
    'unassign-apps',
  ];

  async function expectSameEndAndCompleteTrail(failedStep: string) {
    expect(isabelInOkta(h)).toEqual(END_STATE);
    expect(h.fake.mutations()).toHaveLength(CHANGES.length);
    expect(h.notifier.sent.map((n) => n.subject)).toEqual([
      'Data transfer: Isabel Santos left Acme on 2026-11-13',
      'Offboarded: Isabel Santos (last day 2026-11-13)',
    ]);
    expect(h.aws.removed).toEqual(['icm-isabel-data']);
    const records = stepRecords(await h.audit.list(ISABEL_CASE));
    const cited = records.flatMap((r) => r.requestIds).filter((id) => id.startsWith('fakereq-'));
    // Every change request Okta answered is cited: those that made the change and those refused.
    const answered = h.fake.log.filter((r) => r.mutating && typeof r.status === 'number');
    expect(cited.sort()).toEqual(answered.map((r) => r.requestId));
    expect(records.filter((r) => r.outcome === 'failed').map((r) => r.step)).toEqual([failedStep]);
    expect(records.slice(-OFFBOARDING.length).map((r) => r.step)).toEqual(OFFBOARDING.map((s) => s.name));
    expect(records.slice(-OFFBOARDING.length).some((r) => r.outcome === 'failed')).toBe(false);
  }

  test.each(CHANGES.map((step, n) => [n, step]))(
    'Okta fails from change %i on (in %s): the re-run ends in the same state, each change made once, every change audited',
    async (n, step) => {
      h.fake.failMutationsAfter(n as number);
      await expect(offboardIsabel()).rejects.toThrow(
        'not made after 3 attempts whose answers were lost (last: HTTP 500)',
      );
      h.fake.clearFailures();
      await offboardIsabel();
      await expectSameEndAndCompleteTrail(step as string);
    },
  );

  test('the notice service fails: the re-run sends each notice once', async () => {
    const send = h.notifier.send.bind(h.notifier);
    let fail = true;
    const flaky = {
      send: async (notice: Parameters<typeof send>[0]) => {
        if (notice.subject.startsWith('Offboarded') && fail) throw new Error('SES throttled');
        return send(notice);
      },
    };
    const run = () =>
      offboardPerson({ ...h.deps, notifier: flaky }, { person: ISABEL.id, actor: 'cli:amara', today: TODAY });
    await expect(run()).rejects.toThrow('SES throttled');
    fail = false;
    await run();
    await expectSameEndAndCompleteTrail('notify');
  });

  test('Identity Center fails: the re-run removes the membership once', async () => {
    const removeMembership = h.aws.removeMembership.bind(h.aws);
    let fail = true;
    const aws = Object.assign(Object.create(h.aws), {
      removeMembership: async (id: string) => {
        if (fail) throw new Error('identitystore: ThrottlingException');
        return removeMembership(id);
      },
    });
    const run = () =>
      offboardPerson({ ...h.deps, aws }, { person: ISABEL.id, actor: 'cli:amara', today: TODAY });
    await expect(run()).rejects.toThrow('ThrottlingException');
    fail = false;
    await run();
    await expectSameEndAndCompleteTrail('deny-aws');
  });
});
