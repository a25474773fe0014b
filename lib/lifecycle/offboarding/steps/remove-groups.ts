// 6. Remove admin roles assigned directly, and explicitly managed groups: hand-granted access
// (Okta admin roles, on-call rotas, privileged groups, groups made by hand in Okta) ends now.
// Roles held through a group go with the group; the record says which, and which remain
// (held through a group the step leaves, e.g. a rule-managed one). Rule-managed groups are Okta's to
// maintain and are left alone; which groups those are comes from Okta's own group rules,
// not from names, so nothing rule-managed is touched even if config and Okta disagree.
// What IT's credential may not touch (admin roles, privileged groups: Okta answers 403) is
// left to Security, on record, and the step goes on (security-handoff.ts).
import type { OffboardingStep } from '../offboarding-step';
import { changeOrHandOff, isForbidden, ROLES_UNREADABLE } from '../security-handoff';

export const removeGroupsStep: OffboardingStep = {
  name: 'remove-groups',
  summary:
    'unassign admin roles assigned to the user directly; remove the user from every explicitly managed group (rule-managed groups stay with Okta)',
  plan: (directory, person) => [
    'GET /api/v1/users/{userId}/roles',
    'DELETE /api/v1/users/{userId}/roles/{roleAssignmentId} (per role assigned directly)',
    'GET /api/v1/users/{userId}/groups',
    'GET /api/v1/groups/rules (once per run: which groups rules manage)',
    ...directory.groups
      .filter((g) => g.explicit.includes(person.id))
      .map((g) => `DELETE /api/v1/groups/{groupId of "${g.name}"}/users/{userId}`),
  ],
  async run({ deps, kase, log }) {
    const roleName = (r: { label: string; type: string }) =>
      r.label === r.type ? r.type : `${r.label} (${r.type})`;
    const forSecurity: string[] = [];
    const listed = await deps.okta.listUserRoles(kase.userId).catch(async (error: unknown) => {
      if (!isForbidden(error)) throw error;
      const change = `unassign the admin roles assigned directly to ${kase.login}`;
      await log.outcome(change, 'not-applied', { note: ROLES_UNREADABLE });
      forSecurity.push(change);
      return [];
    });
    const roles = [...listed].sort((a, b) => a.id.localeCompare(b.id));
    const direct = roles.filter((r) => r.assignmentType === 'USER');
    const unassigned: typeof direct = [];
    for (const role of direct) {
      const describe = `unassign the admin role ${roleName(role)} from ${kase.login}`;
      const done = await changeOrHandOff(deps, log, {
        describe,
        isDone: async () => !(await deps.okta.listUserRoles(kase.userId)).some((r) => r.id === role.id),
        send: () => deps.okta.unassignUserRole(kase.userId, role.id),
      });
      if (done === 'made') unassigned.push(role);
      else forSecurity.push(describe);
    }
    const rolesNote = (remaining: readonly string[]) => [
      ...(unassigned.length ? [`admin roles unassigned: ${unassigned.map(roleName).join(', ')}`] : []),
      ...(roles.some((r) => r.assignmentType === 'GROUP')
        ? [
            `admin roles through groups: ${roles
              .filter((r) => r.assignmentType === 'GROUP')
              .map(roleName)
              .join(
                ', ',
              )} (${remaining.length ? `still held through a remaining group: ${remaining.join(', ')}` : 'gone with the groups'})`,
          ]
        : []),
    ];
    const groups = await deps.okta.listUserGroups(kase.userId);
    const ruleManaged = await deps.okta.ruleManagedGroupIds();
    const byName = [...groups].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const remove = byName.filter((g) => g.type === 'OKTA_GROUP' && !ruleManaged.has(g.id));
    const before = {
      groups: byName.map((g) => g.name),
      ...(roles.length ? { roles: roles.map((r) => `${roleName(r)}:${r.assignmentType}`) } : {}),
    };
    const kept = byName.filter((g) => !remove.includes(g)).map((g) => g.name);
    const groupRoles = roles.some((r) => r.assignmentType === 'GROUP');
    const removed: string[] = [];
    const left: string[] = [];
    for (const group of remove) {
      const describe = `remove ${kase.login} from the group ${group.name}`;
      const done = await changeOrHandOff(deps, log, {
        describe,
        isDone: async () => !(await deps.okta.listUserGroups(kase.userId)).some((g) => g.id === group.id),
        send: () => deps.okta.removeFromGroup(group.id, kase.userId),
      });
      if (done === 'made') removed.push(group.name);
      else {
        left.push(group.name);
        forSecurity.push(describe);
      }
    }
    const remaining = groupRoles ? (await deps.okta.listUserRoles(kase.userId)).map(roleName) : [];
    const note = [
      ...(removed.length ? [`removed from ${removed.join(', ')}`] : []),
      ...rolesNote(remaining),
      ...(forSecurity.length
        ? [`left to Security (outside IT's Okta admin scope): ${forSecurity.join('; ')}`]
        : []),
    ].join('; ');
    return {
      outcome: removed.length || unassigned.length ? 'changed' : 'unchanged',
      before,
      after: {
        groups: byName.filter((g) => kept.includes(g.name) || left.includes(g.name)).map((g) => g.name),
        ...(roles.length ? { roles: remaining } : {}),
        ...(forSecurity.length ? { forSecurity } : {}),
      },
      ...(note ? { note } : {}),
    };
  },
};
