// The offboarding fault corpus, CLI path (offboardPerson through the SDK client against the
// contract-checked fake Okta): one table of faults aimed at every kind of Okta change, every
// Okta status, and a run stopped after each step then started again. Each case checks the
// end state in Okta, that every change was applied once (counted in the fake), and that the
// audit names every step once, without failure, citing every change Okta answered.
import { type AuditEntry, openIntents } from '../../../lib/lifecycle/audit/audit-store';
import { offboardPerson } from '../../../lib/lifecycle/offboarding/offboard-person';
import { openOffboardingCase } from '../../../lib/lifecycle/offboarding/offboarding-case';
import { OFFBOARDING } from '../../../lib/lifecycle/offboarding/offboarding-steps';
import { runOffboardingStep } from '../../../lib/lifecycle/offboarding/run-offboarding-step';
import type { Injection } from '../../../test-doubles/okta/fake-okta-server';
import type { UserStatus } from '../../../test-doubles/okta/fake-okta-state';
import {
  giveIsabelExtraAccess,
  giveIsabelPagesOfAccess,
  ISABEL,
  ISABEL_CASE,
  isabelInOkta,
} from '../support/isabel';
import { freshHarnessPerTest, type Harness, TODAY } from '../support/lifecycle-harness';

let h: Harness;
const fresh = freshHarnessPerTest();
beforeEach(() => {
  h = fresh.current;
  giveIsabelExtraAccess(h);
});

const offboardIsabel = (today = TODAY) =>
  offboardPerson(h.deps, { person: ISABEL.id, actor: 'cli:amara', today });

const KEPT = {
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

/** Every change Okta made, by path: none twice (except where `resent` allows one repeat). */
function expectEachChangeOnce(resent?: string) {
  const counts = new Map<string, number>();
  for (const r of h.fake.mutations()) counts.set(r.path, (counts.get(r.path) ?? 0) + 1);
  for (const [path, n] of counts)
    expect([path, n]).toEqual([path, resent && path.includes(resent) ? Math.min(n, 2) : 1]);
}

/** The audit: the last run names every step once, none failed, and every answered change is cited. */
async function expectCompleteAudit(uncited: readonly string[] = []) {
  const records = await h.audit.list(ISABEL_CASE);
  const last = records.filter((r) => r.change === undefined).slice(-OFFBOARDING.length);
  expect(last.map((r) => r.step)).toEqual(OFFBOARDING.map((s) => s.name));
  expect(last.some((r) => r.outcome === 'failed')).toBe(false);
  // Write-ahead: every change has an intent and, after it, an outcome.
  for (const step of OFFBOARDING)
    expect([step.name, openIntents(records, step.name)]).toEqual([step.name, []]);
  const cited = new Set(records.flatMap((r) => r.requestIds));
  const answered = h.fake.mutations().filter((r) => !uncited.includes(r.requestId));
  expect(answered.filter((r) => !cited.has(r.requestId)).map((r) => r.path)).toEqual([]);
  expect(h.notifier.sent.map((n) => n.subject)).toEqual([
    'Data transfer: Isabel Santos left Acme on 2026-11-13',
    'Offboarded: Isabel Santos (last day 2026-11-13)',
  ]);
  expect(h.aws.removed).toEqual(['icm-isabel-data']);
}

/** Each kind of Okta change, the status Isabel needs for the run to make it, and where it ends. */
const CHANGE_KINDS: readonly { op: string; status?: UserStatus; ends: UserStatus; resent?: string }[] = [
  { op: 'suspendUser', ends: 'SUSPENDED' },
  { op: 'unlockUser', status: 'LOCKED_OUT', ends: 'SUSPENDED' },
  { op: 'deactivateUser', status: 'RECOVERY', ends: 'DEPROVISIONED' },
  // Okta lists no sessions to re-read: after a lost answer, clearing (idempotent) is sent again.
  { op: 'revokeUserSessions', ends: 'SUSPENDED', resent: '/sessions' },
  { op: 'revokeUserGrants', ends: 'SUSPENDED' },
  // revokeTokensForUserAndClient is not here: clearing sessions with oauthTokens=true has already
  // revoked every refresh token, so a full run never needs it (offboard-person.test.ts runs it alone).
  { op: 'resetFactors', ends: 'SUSPENDED' },
  { op: 'unassignUserFromGroup', ends: 'SUSPENDED' },
  { op: 'unassignUserFromApplication', ends: 'SUSPENDED' },
  { op: 'unassignRoleFromUser', ends: 'SUSPENDED' },
];

/** Isabel holds two admin roles directly, and one through the hand-granted Data Analysts group. */
function giveIsabelAdminRoles() {
  const user = h.state.findUser(ISABEL.email)!;
  user.roles = [
    { id: 'ra1userhelpdesk', type: 'USER_ADMIN', label: 'User Administrator' },
    { id: 'ra2userreports', type: 'READ_ONLY_ADMIN', label: 'Read-only Administrator' },
  ];
  const dataAnalysts = h.state.groups.find((g) => g.name === 'Data Analysts')!;
  h.state.groupRoles.set(dataAnalysts.id, [
    { id: 'ra3groupapps', type: 'APP_ADMIN', label: 'Application Administrator' },
  ]);
}

/** Faults one answer can meet; `lost`: the change was made but its answer (and request id) never came. */
const FAULTS: readonly { name: string; injection: Injection; lost?: boolean }[] = [
  { name: '429 with X-Rate-Limit-Reset', injection: { status: 429, resetHeader: true } },
  { name: '429 without a reset header', injection: { status: 429, resetHeader: false } },
  { name: '503 (not made)', injection: { status: 503 } },
  { name: 'connection reset (not made)', injection: { reset: true } },
  { name: 'made, then 502', injection: { apply: true, thenStatus: 502 } },
  { name: 'made, then the connection dropped', injection: { apply: true }, lost: true },
];

describe.each(CHANGE_KINDS)('$op', ({ op, status, ends, resent }) => {
  test.each(FAULTS)('$name: one run ends offboarded, each change once, audit complete', async (fault) => {
    if (op === 'unassignRoleFromUser') giveIsabelAdminRoles();
    if (status) h.state.setStatus(h.state.findUser(ISABEL.email)!, status);
    h.fake.injectFor(op, fault.injection);
    await offboardIsabel();
    expect(isabelInOkta(h)).toEqual({ status: ends, ...KEPT });
    expect(h.state.rolesOf(h.state.findUser(ISABEL.email)!)).toEqual([]);
    const hit = h.fake.log.filter((r) => r.operationId === op && r.injected);
    expect(hit).toHaveLength(1);
    expectEachChangeOnce(resent);
    await expectCompleteAudit(fault.lost ? hit.map((r) => r.requestId) : []);
  });
});

describe('a timeout on a change that Okta made', () => {
  // One case: the attempt timeout is real time (TEST_POLICY's 3 s).
  test.each(['unassignUserFromGroup'])(
    '%s: read back, not re-sent',
    async (op) => {
      h.fake.injectFor(op, { apply: true, thenHangMs: 5_000 });
      await offboardIsabel();
      expect(isabelInOkta(h)).toEqual({ status: 'SUSPENDED', ...KEPT });
      expectEachChangeOnce();
      await expectCompleteAudit(h.fake.log.filter((r) => r.operationId === op).map((r) => r.requestId));
    },
    20_000,
  );
});

describe('every Okta status', () => {
  const CASES: readonly [UserStatus, UserStatus, readonly string[]][] = [
    ['ACTIVE', 'SUSPENDED', ['suspendUser']],
    ['LOCKED_OUT', 'SUSPENDED', ['unlockUser', 'suspendUser']],
    ['RECOVERY', 'DEPROVISIONED', ['deactivateUser']],
    ['PASSWORD_EXPIRED', 'DEPROVISIONED', ['deactivateUser']],
    ['STAGED', 'DEPROVISIONED', ['deactivateUser']],
    ['PROVISIONED', 'DEPROVISIONED', ['deactivateUser']],
    ['SUSPENDED', 'SUSPENDED', []],
    ['DEPROVISIONED', 'DEPROVISIONED', []],
  ];
  test.each(CASES)('%s: ends %s; a run after the grace period deactivates once', async (from, ends, ops) => {
    h.state.setStatus(h.state.findUser(ISABEL.email)!, from);
    await offboardIsabel();
    expect(isabelInOkta(h)).toMatchObject({ status: ends, groups: KEPT.groups, apps: KEPT.apps, factors: 0 });
    const lifecycle = ['suspendUser', 'unlockUser', 'deactivateUser'];
    expect(
      h.fake
        .mutations()
        .map((r) => r.operationId!)
        .filter((o) => lifecycle.includes(o)),
    ).toEqual(ops);
    expectEachChangeOnce();
    await expectCompleteAudit();
    await offboardIsabel('2026-12-14');
    expect(isabelInOkta(h).status).toBe('DEPROVISIONED');
    expect(h.fake.mutations().filter((r) => r.operationId === 'deactivateUser')).toHaveLength(
      from === 'DEPROVISIONED' ? 0 : 1,
    );
  });
});

describe('a run stopped after step N, then run again', () => {
  test.each(OFFBOARDING.map((s, i) => [i + 1, s.name] as const))(
    'after step %i (%s): the re-run finishes with each change and notice once',
    async (n) => {
      const kase = await openOffboardingCase(h.deps.okta, h.directory, {
        person: ISABEL.id,
        actor: 'cli:amara',
        today: TODAY,
      });
      for (const step of OFFBOARDING.slice(0, n)) await runOffboardingStep(h.deps, kase, step.name, TODAY);
      await offboardIsabel();
      expect(isabelInOkta(h)).toEqual({ status: 'SUSPENDED', ...KEPT });
      expectEachChangeOnce();
      expect(h.fake.mutations()).toHaveLength(7);
      await expectCompleteAudit();
    },
  );
});

describe('a run killed between a change and its record, then run again', () => {
  /** The changes of a clean run, in order, as their audit records name them. */
  const CHANGES = 10;

  /** The audit store dies (the process is killed) when asked to record the `n`th outcome. */
  function killedAt(n: number) {
    let outcomes = 0;
    return {
      append: (entry: AuditEntry) => {
        if (entry.change !== undefined && entry.outcome !== 'intent' && ++outcomes === n)
          return Promise.reject(new Error('killed'));
        return h.audit.append(entry);
      },
      list: (caseId: string) => h.audit.list(caseId),
    };
  }

  test.each(Array.from({ length: CHANGES }, (_, i) => i + 1))(
    'killed as change %i was made: the re-run reads the state, records it made, repeats nothing',
    async (n) => {
      const killed = offboardPerson(
        { ...h.deps, audit: killedAt(n) },
        { person: ISABEL.id, actor: 'cli:amara', today: TODAY },
      );
      await expect(killed).rejects.toThrow('killed');
      const open = (await h.audit.list(ISABEL_CASE)).filter((r) => r.change !== undefined).at(-1)!;
      expect(open.outcome).toBe('intent');
      await offboardIsabel();
      expect(isabelInOkta(h)).toEqual({ status: 'SUSPENDED', ...KEPT });
      expectEachChangeOnce('/sessions');
      const records = await h.audit.list(ISABEL_CASE);
      const closed = records.filter((r) => r.change === open.change && r.outcome !== 'intent');
      expect(closed).toHaveLength(1);
      expect(closed[0].outcome).toBe(
        open.step === 'notify' || open.step === 'transfer-data' ? 'unconfirmed' : 'applied',
      );
      await expectCompleteAudit([...h.fake.mutations().map((r) => r.requestId)]);
    },
  );
});

describe('admin roles', () => {
  test('direct roles are unassigned once; the group-held role goes with the group, and the record says so', async () => {
    giveIsabelAdminRoles();
    const report = await offboardIsabel();
    expect(h.state.rolesOf(h.state.findUser(ISABEL.email)!)).toEqual([]);
    expect(
      h.fake
        .mutations()
        .filter((r) => r.operationId === 'unassignRoleFromUser')
        .map((r) => r.path),
    ).toEqual([
      expect.stringMatching(/\/roles\/ra1userhelpdesk$/),
      expect.stringMatching(/\/roles\/ra2userreports$/),
    ]);
    expect(report.steps.find((s) => s.step === 'remove-groups')).toMatchObject({
      outcome: 'changed',
      before: {
        roles: [
          'User Administrator (USER_ADMIN):USER',
          'Read-only Administrator (READ_ONLY_ADMIN):USER',
          'Application Administrator (APP_ADMIN):GROUP',
        ],
      },
      after: { roles: [] },
      note: 'removed from Data Analysts, Sales Leads (ad hoc); admin roles unassigned: User Administrator (USER_ADMIN), Read-only Administrator (READ_ONLY_ADMIN); admin roles through groups: Application Administrator (APP_ADMIN) (gone with the groups)',
    });
    expectEachChangeOnce();
    await expectCompleteAudit();
    await offboardIsabel();
    expect(h.fake.mutations().filter((r) => r.operationId === 'unassignRoleFromUser')).toHaveLength(2);
  });

  test('a role held through a rule-managed group stays, and the record names it', async () => {
    const user = h.state.findUser(ISABEL.email)!;
    const employees = h.state.groups.find((g) => g.name === 'Employees')!;
    h.state.groupRoles.set(employees.id, [
      { id: 'ra4report', type: 'REPORT_ADMIN', label: 'Report Administrator' },
    ]);
    const report = await offboardIsabel();
    expect(h.state.rolesOf(user).map((r) => r.role.id)).toEqual(['ra4report']);
    expect(report.steps.find((s) => s.step === 'remove-groups')!.note).toBe(
      'removed from Data Analysts, Sales Leads (ad hoc); admin roles through groups: Report Administrator (REPORT_ADMIN) (still held through a remaining group: Report Administrator (REPORT_ADMIN))',
    );
  });
});

describe('pagination', () => {
  test('a leaver in 250 groups with 30 direct apps: every page is read, each change once, audit complete', async () => {
    giveIsabelPagesOfAccess(h);
    await offboardIsabel();
    expect(isabelInOkta(h)).toEqual({
      status: 'SUSPENDED',
      ...KEPT,
      groups: ['Ad hoc 250', ...KEPT.groups],
    });
    const pages = (op: string) => h.fake.log.filter((r) => r.operationId === op).map((r) => r.status);
    expect(pages('listGroupRules')).toEqual([200, 200]);
    expect(pages('listApplications')).toEqual([200, 200]);
    expect(pages('listUserGrants')).toEqual([200, 200]);
    expect(h.fake.mutations().filter((r) => r.operationId === 'unassignUserFromGroup')).toHaveLength(251);
    expect(h.fake.mutations().filter((r) => r.operationId === 'unassignUserFromApplication')).toHaveLength(
      31,
    );
    expectEachChangeOnce();
    await expectCompleteAudit();
  }, 30_000);
});
