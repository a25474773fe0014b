// Okta admin roles, granted to privileged groups only (never to people directly), so
// every admin is a time-bound, justified membership in config/security/privileged.yaml.
// A role with `targetGroups` administers only those groups (`targetGroupLists`): the
// security stack's own groups by reference, IT's by a lookup of their name.
import type { OktaAdminRole } from '../../model/org-model';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import { type ResourceSpec, ref, type SpecValue } from '../spec';
import { groupName } from './groups';

/** The logical name of a group's admin role (`admin-role.okta-admins.super-admin`). */
export const adminRoleName = (group: string, role: string) =>
  oktaName('admin-role', group, role.toLowerCase().replaceAll('_', '-'));

export function adminRoleSpecs(
  roles: readonly OktaAdminRole[],
  groupId: (id: string) => SpecValue = (id) => ref(groupName(id)),
): ResourceSpec[] {
  return roles.map((r) => ({
    type: OKTA.groupRole,
    name: adminRoleName(r.group, r.role),
    component: 'AdminRoles',
    inputs: {
      groupId: ref(groupName(r.group)),
      roleType: r.role,
      ...(r.targetGroups ? { targetGroupLists: r.targetGroups.map(groupId) } : {}),
    },
    options: {},
  }));
}
