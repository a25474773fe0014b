// The security side's Okta stack: privileged groups and their time-bound memberships,
// admin roles, the org-wide policies (global sessions, passwords and lockout, authenticator
// enrollment, behaviour detection, security notification emails), every app's authentication
// policy, network zones and ThreatInsight, the log stream, and the privileged groups'
// access to IT's apps (with pushes to AWS Identity Center). It finds IT's users and apps
// by login and label; it declares nothing IT owns.
import type { OrgModel } from '../model/org-model';
import { ownerSlice } from '../model/partition';
import { Lookups } from './lookups';
import { ref, type StackSpec, stackSpec } from './spec';
import { adminRoleSpecs } from './specs/admin-roles';
import { appAccessSpecs } from './specs/app-access';
import { appPolicySpecs } from './specs/app-policies';
import { authenticatorEnrollmentSpecs } from './specs/authenticator-enrollment';
import { groupName, groupSpecs } from './specs/groups';
import { identityCenterAssignmentGroups } from './specs/identity-center-app';
import { logStreamSpecs } from './specs/log-stream';
import { membershipSpecs } from './specs/memberships';
import { networkSpecs } from './specs/network';
import { passwordPolicySpecs } from './specs/password-policy';
import { inPriorityOrder } from './specs/priority-order';
import { securityNotificationSpecs } from './specs/security-notifications';
import { sessionPolicySpecs } from './specs/session-policies';

export function securityStackSpec(model: OrgModel): StackSpec {
  const security = ownerSlice(model, 'security');
  const lookups = new Lookups();
  const people = new Map(model.people.map((p) => [p.id, p]));
  const apps = new Map(model.apps.map((a) => [a.id, a]));
  const allGroups = new Map(model.groups.map((g) => [g.id, g]));
  // Privileged groups, and the ones Security assigns provisioned Identity Center apps to.
  const groups = [
    ...security.groups,
    ...identityCenterAssignmentGroups(model.apps, model.groups, model.grants, 'security'),
  ];
  const resources = inPriorityOrder([
    ...groupSpecs(groups, 'PrivilegedGroups'),
    ...membershipSpecs(groups, people, {
      component: 'PrivilegedGroups',
      groupId: (id) => ref(groupName(id)),
      userId: (id) => lookups.user(people.get(id)!),
      includes: () => true,
      // Privileged groups are exactly what the config says: members added by hand are removed.
      trackAllUsers: true,
      inactiveUsers: lookups.inactiveUsers(),
    }),
    ...adminRoleSpecs(security.oktaAdminRoles, (id) => {
      const g = allGroups.get(id)!;
      return g.side === 'security' ? ref(groupName(id)) : lookups.group(g);
    }),
    ...sessionPolicySpecs(model, lookups),
    ...passwordPolicySpecs(model, lookups),
    ...authenticatorEnrollmentSpecs(model, lookups),
    ...appPolicySpecs(model, lookups, { appId: (app) => lookups.app(app) }),
    ...networkSpecs(model),
    ...securityNotificationSpecs(),
    ...logStreamSpecs(model),
    ...appAccessSpecs(model.apps, model.groups, model.grants, {
      side: 'security',
      component: 'PrivilegedAppAccess',
      appId: (id) => lookups.app(apps.get(id)!),
      groupId: (id) => ref(groupName(id)),
    }),
  ]);
  return stackSpec('security', 'security', resources, lookups.list());
}
