import type { OrgModel } from '../../lib/model/org-model';
import { itAdminScope, NEVER_GRANTED, privilegeReasons } from '../../lib/okta/it-admin-scope';
import { exampleModel } from './support/example';

/**
 * Okta's custom-role permission names, from its documentation (developer.okta.com, "Role
 * assignment" › Permission types; the vendored management contract names roles' permissions
 * only as strings).
 */
const DOCUMENTED_PERMISSIONS = new Set([
  'okta.apps.assignment.manage',
  'okta.apps.manage',
  'okta.apps.read',
  'okta.groups.appAssignment.manage',
  'okta.groups.create',
  'okta.groups.manage',
  'okta.groups.members.manage',
  'okta.groups.read',
  'okta.users.appAssignment.manage',
  'okta.users.create',
  'okta.users.credentials.resetFactors',
  'okta.users.groupMembership.manage',
  'okta.users.lifecycle.activate',
  'okta.users.lifecycle.clearSessions',
  'okta.users.lifecycle.deactivate',
  'okta.users.lifecycle.suspend',
  'okta.users.lifecycle.unsuspend',
  'okta.users.read',
  'okta.users.userprofile.manage',
]);

const model = exampleModel();
const scope = itAdminScope(model);
const scopedGroups = (s = scope) =>
  s.resourceSets.flatMap((set) => set.resources.flatMap((r) => (r.kind === 'group' ? [r.group] : [])));

describe("IT's Okta admin scope for the example org", () => {
  test('leaves out every privileged group, each with why', () => {
    expect(scope.excludedGroups).toEqual([
      { group: 'aws-admins', name: 'AWS Administrators', reasons: expect.any(Array) },
      {
        group: 'billing-admins',
        name: 'Billing Administrators',
        reasons: [
          'privileged group (Security’s)',
          'pushed to AWS with access to management',
          'pushed to AWS with the privileged permission set billing',
        ],
      },
      {
        group: 'okta-admins',
        name: 'Okta Super Administrators',
        reasons: ['holds the Okta admin role SUPER_ADMIN', 'privileged group (Security’s)'],
      },
      {
        group: 'okta-helpdesk',
        name: 'Okta Help Desk',
        reasons: ['holds the Okta admin role HELP_DESK_ADMIN', 'privileged group (Security’s)'],
      },
      { group: 'security-auditors', name: 'Security Auditors', reasons: expect.any(Array) },
    ]);
    expect(scope.excludedGroups[0].reasons).toEqual([
      'privileged group (Security’s)',
      'pushed to AWS with access to management, log-archive, audit',
      'pushed to AWS with the privileged permission set administrator',
    ]);
  });

  test('holds every other IT group, all users and every IT app, and nothing else', () => {
    const excluded = new Set(scope.excludedGroups.map((g) => g.group));
    const everyday = model.groups.filter((g) => g.side === 'it' && !excluded.has(g.id)).map((g) => g.id);
    expect(everyday.length).toBeGreaterThan(5);
    expect(everyday).toContain('finance-approvers');
    // IT's stack also maintains the group it assigns the provisioned Identity Center app to.
    expect(scopedGroups().sort()).toEqual([...everyday, 'aws-identity-center.assigned'].sort());
    for (const g of model.groups)
      expect([g.id, scopedGroups().includes(g.id)]).toEqual([g.id, !excluded.has(g.id)]);
    const [it, create] = scope.resourceSets;
    expect(it.label).toBe('acme-it');
    expect(it.resources.filter((r) => r.kind !== 'group')).toEqual([
      { kind: 'all-users' },
      ...[...model.apps]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((a) => ({ kind: 'app', app: a.id, label: a.name })),
    ]);
    expect(create).toEqual({
      label: 'acme-it-create',
      description: 'Acme: every group, for creating users and groups only',
      resources: [{ kind: 'all-groups' }],
    });
  });

  test('every permission is a documented one; none reaches roles, policies, passwords or deletion', () => {
    for (const role of scope.roles) {
      expect(role.permissions.filter((p) => !DOCUMENTED_PERMISSIONS.has(p))).toEqual([]);
      expect(role.permissions.filter((p) => NEVER_GRANTED.includes(p))).toEqual([]);
      expect(role.permissions.filter((p) => /^okta\.(roles|policies|iam)\./.test(p))).toEqual([]);
      expect(role.permissions).toEqual([...role.permissions].sort());
    }
    // Creating needs "all groups": that role may do nothing else there.
    expect(scope.roles.find((r) => r.label === 'acme-it-create')!.permissions).toEqual([
      'okta.groups.create',
      'okta.users.create',
    ]);
    expect(scope.bindings).toEqual([
      { resourceSet: 'acme-it', role: 'acme-it-deploy', members: ['deploy'] },
      { resourceSet: 'acme-it', role: 'acme-it-lifecycle', members: ['lifecycle'] },
      { resourceSet: 'acme-it-create', role: 'acme-it-create', members: ['deploy'] },
    ]);
  });

  test("IT's stacks declare nothing the role leaves to Security (app authentication policies are Security's)", () => {
    expect(scope.notGranted).toEqual([]);
  });

  test('is deterministic: the order of the config does not matter', () => {
    const shuffled: OrgModel = {
      ...model,
      groups: [...model.groups].reverse(),
      apps: [...model.apps].reverse(),
    };
    expect(itAdminScope(shuffled)).toEqual(scope);
  });
});

describe('what makes a group privileged, whoever declared it', () => {
  const engineering = model.groups.find((g) => g.id === 'engineering')!;

  test('an IT group holding an Okta admin role', () => {
    const m: OrgModel = {
      ...model,
      oktaAdminRoles: [
        ...model.oktaAdminRoles,
        { group: 'engineering', role: 'APP_ADMIN', at: engineering.at },
      ],
    };
    expect(privilegeReasons(m, engineering)).toEqual(['holds the Okta admin role APP_ADMIN']);
    expect(scopedGroups(itAdminScope(m))).not.toContain('engineering');
  });

  test('an IT group Security grants a privileged permission set (pushed to AWS admin access)', () => {
    const m: OrgModel = {
      ...model,
      grants: [
        ...model.grants,
        {
          side: 'security',
          group: 'engineering',
          permissionSet: 'administrator',
          accounts: ['dev'],
          at: engineering.at,
        },
      ],
    };
    expect(privilegeReasons(m, engineering)).toEqual([
      'pushed to AWS with the privileged permission set administrator',
    ]);
    expect(itAdminScope(m).excludedGroups.map((g) => g.group)).toContain('engineering');
  });

  test('an IT group with any grant into the log archive or audit account', () => {
    const m: OrgModel = {
      ...model,
      grants: [
        ...model.grants,
        {
          side: 'it',
          group: 'engineering',
          permissionSet: 'read-only',
          accounts: ['dev', 'log-archive'],
          at: engineering.at,
        },
      ],
    };
    expect(privilegeReasons(m, engineering)).toEqual(['pushed to AWS with access to log-archive']);
  });

  test('an everyday group is not', () => {
    expect(privilegeReasons(model, engineering)).toEqual([]);
  });
});
