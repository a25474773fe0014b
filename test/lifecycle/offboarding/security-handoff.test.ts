// Offboarding with IT's least-privilege credential: Okta answers 403 to what lies outside
// IT's admin scope (admin roles, privileged groups, Security's apps, groups made by hand).
// The case goes on; each such change is on record as left to Security; Security gets the
// list once, in the offboarding notice.
import { resolve } from 'node:path';
import type { AuditRecord } from '../../../lib/lifecycle/audit/audit-store';
import { offboardPerson } from '../../../lib/lifecycle/offboarding/offboard-person';
import {
  handedToSecurity,
  ROLES_UNREADABLE,
  SECURITY_TO_REMOVE,
} from '../../../lib/lifecycle/offboarding/security-handoff';
import { OFFBOARDING_STEPS } from '../../../lib/model/schema/lifecycle';
import { itAdminScope } from '../../../lib/okta/it-admin-scope';
import { checkOrg } from '../../../lib/policy/check-org';
import type { FakeOktaState } from '../../../test-doubles/okta/fake-okta-state';
import { giveIsabelExtraAccess, ISABEL, ISABEL_CASE, isabelInOkta } from '../support/isabel';
import { freshHarnessPerTest, type Harness, TODAY } from '../support/lifecycle-harness';

const model = checkOrg(resolve(__dirname, '../../../config'), { today: TODAY }).model!;

/** IT's lifecycle credential as Okta enforces it: IT's resource set, no roles scopes. */
function boundLikeIt(state: FakeOktaState): void {
  const [itSet] = itAdminScope(model).resourceSets;
  const groups = new Set(itSet.resources.flatMap((r) => (r.kind === 'group' ? [r.name] : [])));
  const apps = new Set(itSet.resources.flatMap((r) => (r.kind === 'app' ? [r.label] : [])));
  state.adminScope = {
    roles: false,
    groupIds: new Set(state.groups.filter((g) => groups.has(g.name)).map((g) => g.id)),
    appIds: new Set(state.apps.filter((a) => apps.has(a.label)).map((a) => a.id)),
  };
}

let h: Harness;
const fresh = freshHarnessPerTest();
beforeEach(() => {
  h = fresh.current;
  // Data Analysts and Figma are IT's; the ad-hoc group (made by hand in Okta) is in no one's set.
  giveIsabelExtraAccess(h);
  const user = h.state.findUser(ISABEL.email)!;
  user.roles = [{ id: 'ra1superadmin', type: 'SUPER_ADMIN', label: 'Super Administrator' }];
  const privileged = h.state.groups.find((g) => g.name === 'AWS Administrators')!;
  h.state.members.get(privileged.id)!.add(user.id);
  const securityApp = {
    id: h.state.nextId('0oa'),
    label: 'Security Tooling',
    groupIds: [],
    userIds: [user.id],
  };
  h.state.apps.push(securityApp);
  boundLikeIt(h.state);
});

const offboardIsabel = (today = TODAY) =>
  offboardPerson(h.deps, { person: ISABEL.id, actor: 'cli:amara', today });

const LEFT_TO_SECURITY = [
  'remove isabel.santos@acme.example from the group AWS Administrators',
  'remove isabel.santos@acme.example from the group Sales Leads (ad hoc)',
  'unassign Security Tooling from isabel.santos@acme.example',
  'unassign the admin roles assigned directly to isabel.santos@acme.example',
];

const handOffRecords = (records: readonly AuditRecord[]) =>
  records.filter((r) => r.outcome === 'not-applied').map((r) => [r.change, r.note]);

describe('offboarding with IT-scoped Okta credentials', () => {
  test('every step runs: what is in scope is removed, the rest stays and is left to Security', async () => {
    const report = await offboardIsabel();
    // Every step changes something; the deactivation waits for the grace period.
    expect(report.steps.map((s) => [s.step, s.outcome])).toEqual(
      OFFBOARDING_STEPS.map((step) => [step, step === 'deactivate' ? 'not-due' : 'changed']),
    );
    expect(isabelInOkta(h)).toMatchObject({
      status: 'SUSPENDED',
      sessions: 0,
      groups: [
        'AWS Administrators',
        'Employees',
        'Everyone',
        'Everyone at Acme',
        'Go-to-Market',
        'Sales Leads (ad hoc)',
      ],
    });
    expect(isabelInOkta(h).apps).toContain('Security Tooling (USER)');
    expect(isabelInOkta(h).apps).not.toContain('Figma (USER)');
    expect(report.steps.find((s) => s.step === 'remove-groups')).toMatchObject({
      after: {
        groups: [
          'AWS Administrators',
          'Employees',
          'Everyone',
          'Everyone at Acme',
          'Go-to-Market',
          'Sales Leads (ad hoc)',
        ],
        forSecurity: [
          'unassign the admin roles assigned directly to isabel.santos@acme.example',
          'remove isabel.santos@acme.example from the group AWS Administrators',
          'remove isabel.santos@acme.example from the group Sales Leads (ad hoc)',
        ],
      },
      note: "removed from Data Analysts; left to Security (outside IT's Okta admin scope): unassign the admin roles assigned directly to isabel.santos@acme.example; remove isabel.santos@acme.example from the group AWS Administrators; remove isabel.santos@acme.example from the group Sales Leads (ad hoc)",
    });
    expect(report.steps.find((s) => s.step === 'unassign-apps')).toMatchObject({
      after: { forSecurity: ['unassign Security Tooling from isabel.santos@acme.example'] },
    });
  });

  test('each hand-off is on record as not applied, with whose it is; nothing outside scope is counted as done', async () => {
    await offboardIsabel();
    const records = await h.audit.list(ISABEL_CASE);
    expect(handOffRecords(records)).toEqual([
      ['unassign the admin roles assigned directly to isabel.santos@acme.example', ROLES_UNREADABLE],
      ['remove isabel.santos@acme.example from the group AWS Administrators', SECURITY_TO_REMOVE],
      ['remove isabel.santos@acme.example from the group Sales Leads (ad hoc)', SECURITY_TO_REMOVE],
      ['unassign Security Tooling from isabel.santos@acme.example', SECURITY_TO_REMOVE],
    ]);
    expect(SECURITY_TO_REMOVE).toBe("outside IT's Okta admin scope (HTTP 403): Security's to remove");
    expect(handedToSecurity(records)).toEqual(LEFT_TO_SECURITY);
    expect(records.some((r) => r.outcome === 'applied' && r.change?.includes('AWS Administrators'))).toBe(
      false,
    );
    // A 403 may mean "already so": it is read back before it is recorded not applied.
    const ops = h.fake.log.map((r) => `${r.operationId} ${r.status}`);
    const refused = ops.indexOf('unassignUserFromGroup 403');
    expect(ops[refused + 1]).toBe('listUserGroups 200');
  });

  test('Security gets the list once, in the offboarding notice; a re-run sends nothing and changes nothing', async () => {
    await offboardIsabel();
    const notice = h.notifier.sent.find((n) => n.subject.startsWith('Offboarded:'))!;
    expect(notice.to).toContain('security@acme.example');
    expect(notice.body).toContain(
      [
        "For Security — outside IT's Okta admin scope (Okta answered 403), still to do:",
        ...LEFT_TO_SECURITY.map((c) => `  - ${c}`),
        'The user is suspended meanwhile; Okta revokes admin roles at deactivation.',
      ].join('\n'),
    );
    const sent = h.notifier.sent.length;
    const mutations = h.fake.mutations().length;
    await offboardIsabel();
    expect(h.notifier.sent).toHaveLength(sent);
    expect(h.fake.mutations()).toHaveLength(mutations);
  });

  test('once Security has removed them, a re-run finds nothing left and the deactivation follows', async () => {
    await offboardIsabel();
    h.state.adminScope = undefined;
    const user = h.state.findUser(ISABEL.email)!;
    user.roles = [];
    for (const members of h.state.members.values()) members.delete(user.id);
    const report = await offboardIsabel('2026-12-14');
    expect(report.steps.find((s) => s.step === 'remove-groups')).toMatchObject({ outcome: 'unchanged' });
    expect(report.steps.find((s) => s.step === 'deactivate')).toMatchObject({ outcome: 'changed' });
    expect(isabelInOkta(h).status).toBe('DEPROVISIONED');
  });

  test('a Security-run credential (roles scopes, no resource-set bound) removes them all itself', async () => {
    h.state.adminScope = undefined;
    await offboardIsabel();
    expect(h.state.rolesOf(h.state.findUser(ISABEL.email)!)).toEqual([]);
    expect(isabelInOkta(h).groups).not.toContain('AWS Administrators');
    expect(handedToSecurity(await h.audit.list(ISABEL_CASE))).toEqual([]);
    expect(h.notifier.sent.find((n) => n.subject.startsWith('Offboarded:'))!.body).not.toContain(
      'For Security',
    );
  });
});
