// 6. Remove admin roles assigned directly, and explicitly managed groups: hand-granted access
// (Okta admin roles, on-call rotas, privileged groups, groups made by hand in Okta) ends now.
// Roles held through a group go with the group; the record says which, and which remain
// (held through a group the step leaves, e.g. a rule-managed one). Rule-managed groups are Okta's to
// maintain and are left alone; which groups those are comes from Okta's own group rules,
// not from names, so nothing rule-managed is touched even if config and Okta disagree.
import { makeChange } from '../make-change';
import type { OffboardingStep } from '../offboarding-step';

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
    const roles = [...(await deps.okta.listUserRoles(kase.userId))].sort((a, b) => a.id.localeCompare(b.id));
    const direct = roles.filter((r) => r.assignmentType === 'USER');
    for (const role of direct)
      await makeChange(deps, log, {
        describe: `unassign the admin role ${roleName(role)} from ${kase.login}`,
        isDone: async () => !(await deps.okta.listUserRoles(kase.userId)).some((r) => r.id === role.id),
        send: () => deps.okta.unassignUserRole(kase.userId, role.id),
      });
    const rolesNote = (remaining: readonly string[]) => [
      ...(direct.length ? [`admin roles unassigned: ${direct.map(roleName).join(', ')}`] : []),
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
    if (remove.length === 0) {
      const remaining = groupRoles ? (await deps.okta.listUserRoles(kase.userId)).map(roleName) : [];
      const after = { groups: kept, ...(roles.length ? { roles: remaining } : {}) };
      const note = rolesNote(remaining).join('; ');
      return { outcome: direct.length ? 'changed' : 'unchanged', before, after, ...(note ? { note } : {}) };
    }
    for (const group of remove)
      await makeChange(deps, log, {
        describe: `remove ${kase.login} from the group ${group.name}`,
        isDone: async () => !(await deps.okta.listUserGroups(kase.userId)).some((g) => g.id === group.id),
        send: () => deps.okta.removeFromGroup(group.id, kase.userId),
      });
    const remaining = groupRoles ? (await deps.okta.listUserRoles(kase.userId)).map(roleName) : [];
    return {
      outcome: 'changed',
      before,
      after: { groups: kept, ...(roles.length ? { roles: remaining } : {}) },
      note: [`removed from ${remove.map((g) => g.name).join(', ')}`, ...rolesNote(remaining)].join('; '),
    };
  },
};
