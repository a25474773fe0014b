import {
  adminRolesOnSecuritySide,
  isAdminRoleType,
} from '../../policy-pack/rules/admin-roles-on-security-side';
import { isItStack, stackOf } from '../../policy-pack/rules/stack-of';
import { violations } from './support';

describe('okta-admin-roles-on-security-side: admin roles only in the security stack', () => {
  test('a group admin role in the it stack fails', () => {
    expect(
      violations(adminRolesOnSecuritySide, { type: 'okta:group/role:Role', name: 'sneaky', stack: 'it' }),
    ).toEqual([
      'admin role assignment "sneaky" (okta:group/role:Role) is in the IT stack "it": Okta admin roles belong in config/security/privileged.yaml (oktaAdminRoles), deployed by the security stack',
    ]);
  });

  test('in a people shard too', () => {
    expect(
      violations(adminRolesOnSecuritySide, {
        type: 'okta:index/userAdminRoles:UserAdminRoles',
        name: 'x',
        stack: 'it-people-2',
      }),
    ).toHaveLength(1);
  });

  test('in the security stack it passes', () => {
    expect(
      violations(adminRolesOnSecuritySide, { type: 'okta:group/role:Role', name: 'x', stack: 'security' }),
    ).toEqual([]);
  });

  test('other resources in the it stack pass', () => {
    expect(
      violations(adminRolesOnSecuritySide, { type: 'okta:group/group:Group', name: 'x', stack: 'it' }),
    ).toEqual([]);
  });

  test.each([
    'okta:group/role:Role',
    'okta:index/userAdminRoles:UserAdminRoles',
    'okta:index/adminRoleCustomAssignments:AdminRoleCustomAssignments',
    'okta:index/adminRoleTargets:AdminRoleTargets',
    'okta:app/oauthRoleAssignment:OauthRoleAssignment',
    'okta:index/oauth2V1ClientsRoleSuperAdmin:Oauth2V1ClientsRoleSuperAdmin',
  ])('%s is an admin role assignment', (type) => {
    expect(isAdminRoleType(type)).toBe(true);
  });

  test('stack names from URNs', () => {
    expect(stackOf('urn:pulumi:it-people-0::org-blueprint-okta::okta:user/user:User::user.ada')).toBe(
      'it-people-0',
    );
    expect(['it', 'it-people-0', 'security', 'itsec'].map(isItStack)).toEqual([true, true, false, false]);
  });
});
