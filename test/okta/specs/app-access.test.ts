import { ref } from '../../../lib/okta/spec';
import { appAccessSpecs, appAssignments } from '../../../lib/okta/specs/app-access';
import {
  groupsWithAwsAccess,
  identityCenterApps,
  identityCenterAssignmentGroups,
  provisionedIdentityCenterApps,
} from '../../../lib/okta/specs/identity-center-app';
import { exampleModel } from '../support/example';

const model = exampleModel();
/** The example org before Identity Center's SCIM provisioning is set up (a first deploy). */
const unprovisioned = model.apps.map((a) => {
  const { provisioning: _, ...app } = a;
  return app;
});
const options = (side: 'it' | 'security') => ({
  side,
  component: 'AppAccess',
  appId: (id: string) => ref(`app.${id}`),
  groupId: (id: string) => ref(`group.${id}`),
});

describe('identityCenterApps', () => {
  test('recognises AWS IAM Identity Center by its ACS URL', () => {
    expect(identityCenterApps(model.apps).map((a) => a.id)).toEqual(['aws-identity-center']);
  });
});

describe('provisionedIdentityCenterApps', () => {
  test('only an Identity Center app whose provisioning is set up (`provisioning: scim`)', () => {
    expect(provisionedIdentityCenterApps(model.apps).map((a) => a.id)).toEqual(['aws-identity-center']);
    expect(provisionedIdentityCenterApps(unprovisioned)).toEqual([]);
  });
});

describe('identityCenterAssignmentGroups', () => {
  test('per side, one group holding everyone its pushed groups hold, assigned the app instead of them', () => {
    const [it] = identityCenterAssignmentGroups(model.apps, model.groups, model.grants, 'it');
    const byId = new Map(model.groups.map((g) => [g.id, g]));
    const expected = new Set(
      ['engineering', 'data-analysts'].flatMap((g) => byId.get(g)!.members.map((m) => m.person)),
    );
    expect(it).toMatchObject({
      id: 'aws-identity-center.assigned',
      name: 'AWS IAM Identity Center: assigned (IT)',
      side: 'it',
      kind: 'explicit',
      privileged: false,
    });
    expect(it.members.map((m) => m.person)).toEqual([...expected].sort());
    const [security] = identityCenterAssignmentGroups(model.apps, model.groups, model.grants, 'security');
    expect(security.name).toBe('AWS IAM Identity Center: assigned (Security)');
    expect(security.members.map((m) => m.person)).toEqual(
      [
        ...new Set(
          ['aws-admins', 'billing-admins', 'security-auditors'].flatMap((g) =>
            byId.get(g)!.members.map((m) => m.person),
          ),
        ),
      ].sort(),
    );
  });

  test('none before provisioning is set up', () => {
    expect(identityCenterAssignmentGroups(unprovisioned, model.groups, model.grants, 'it')).toEqual([]);
  });
});

describe('groupsWithAwsAccess', () => {
  test('per side, the groups holding a grant', () => {
    expect(groupsWithAwsAccess(model.groups, model.grants, 'it').map((g) => g.id)).toEqual([
      'data-analysts',
      'engineering',
    ]);
    expect(groupsWithAwsAccess(model.groups, model.grants, 'security').map((g) => g.id)).toEqual([
      'aws-admins',
      'billing-admins',
      'security-auditors',
    ]);
  });
});

describe('appAssignments', () => {
  test('IT assigns its groups as declared on each app', () => {
    const pairs = appAssignments(unprovisioned, model.groups, model.grants, 'it');
    expect(pairs).toHaveLength(model.apps.reduce((n, a) => n + a.groups.length, 0));
    expect(pairs).toContainEqual({ app: 'github', group: 'it-security' });
  });

  test('security assigns its AWS groups to Identity Center, and nothing of IT’s', () => {
    expect(appAssignments(unprovisioned, model.groups, model.grants, 'security')).toEqual([
      { app: 'aws-identity-center', group: 'aws-admins' },
      { app: 'aws-identity-center', group: 'billing-admins' },
      { app: 'aws-identity-center', group: 'security-auditors' },
    ]);
  });

  test('with provisioning, a side assigns Identity Center its assignment group, never a group it pushes', () => {
    expect(appAssignments(model.apps, model.groups, model.grants, 'security')).toEqual([
      { app: 'aws-identity-center', group: 'aws-identity-center.assigned' },
    ]);
    expect(
      appAssignments(model.apps, model.groups, model.grants, 'it').filter(
        (p) => p.app === 'aws-identity-center',
      ),
    ).toEqual([{ app: 'aws-identity-center', group: 'aws-identity-center.assigned' }]);
  });

  test('an AWS group not listed on the Identity Center app is still assigned to it', () => {
    const apps = unprovisioned.map((a) => (a.id === 'aws-identity-center' ? { ...a, groups: [] } : a));
    expect(
      appAssignments(apps, model.groups, model.grants, 'it').filter((p) => p.app === 'aws-identity-center'),
    ).toEqual([
      { app: 'aws-identity-center', group: 'data-analysts' },
      { app: 'aws-identity-center', group: 'engineering' },
    ]);
  });
});

describe('appAccessSpecs', () => {
  const specs = appAccessSpecs(model.apps, model.groups, model.grants, options('it'));

  test('an assignment resource per app and group', () => {
    expect(specs.find((s) => s.name === 'app-group.slack.everyone')).toEqual({
      type: 'okta:app/groupAssignment:GroupAssignment',
      name: 'app-group.slack.everyone',
      component: 'AppAccess',
      inputs: { appId: ref('app.slack'), groupId: ref('group.everyone') },
      options: {},
    });
  });

  test('groups with AWS access are pushed to Identity Center, never deleting the target group', () => {
    const pushes = specs.filter((s) => s.type === 'okta:index/pushGroup:PushGroup');
    expect(pushes.map((s) => s.name)).toEqual([
      'push-group.aws-identity-center.data-analysts',
      'push-group.aws-identity-center.engineering',
    ]);
    expect(pushes[1].inputs).toEqual({
      appId: ref('app.aws-identity-center'),
      sourceGroupId: ref('group.engineering'),
      status: 'ACTIVE',
      deleteTargetGroupOnDestroy: false,
    });
  });

  test('no push before the app’s provisioning is set up: the first deploy cannot fail on Group Push', () => {
    expect(
      appAccessSpecs(unprovisioned, model.groups, model.grants, options('it')).some((s) =>
        s.type.includes('pushGroup'),
      ),
    ).toBe(false);
  });

  test('no Identity Center app, no pushes', () => {
    const apps = model.apps.filter((a) => a.id !== 'aws-identity-center');
    expect(
      appAccessSpecs(apps, model.groups, model.grants, options('it')).some((s) =>
        s.type.includes('pushGroup'),
      ),
    ).toBe(false);
  });
});
