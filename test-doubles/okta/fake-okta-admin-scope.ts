// Whose credential is calling the fake Okta org: by default a super admin; given an admin
// scope, a service app bounded like IT's (lib/okta/it-admin-scope.ts): a custom admin role
// over a resource set of users, some groups and some apps, and no roles scopes. Okta
// answers 403 E0000006 to what lies outside: listing or changing admin role assignments,
// and memberships or assignments of a group or app not in the set.

export interface FakeAdminScope {
  /** May list and change admin role assignments (okta.roles.* granted, and a role that allows them). */
  readonly roles: boolean;
  /** Groups whose memberships it may change (the resource set's groups). */
  readonly groupIds: ReadonlySet<string>;
  /** Apps whose assignments it may change (the resource set's apps). */
  readonly appIds: ReadonlySet<string>;
}

const ROLE_OPERATIONS = new Set(['listAssignedRolesForUser', 'unassignRoleFromUser', 'assignRoleToUser']);
const GROUP_OPERATIONS = new Set(['assignUserToGroup', 'unassignUserFromGroup']);
const APP_OPERATIONS = new Set(['assignUserToApplication', 'unassignUserFromApplication']);

/** Whether the call is beyond the credential's admin scope (no scope: a super admin). */
export function outsideAdminScope(
  scope: FakeAdminScope | undefined,
  operationId: string,
  params: Readonly<Record<string, string>>,
): boolean {
  if (scope === undefined) return false;
  if (ROLE_OPERATIONS.has(operationId)) return !scope.roles;
  if (GROUP_OPERATIONS.has(operationId)) return !scope.groupIds.has(params.groupId);
  if (APP_OPERATIONS.has(operationId)) return !scope.appIds.has(params.appId);
  return false;
}
