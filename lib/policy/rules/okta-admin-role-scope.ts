// Okta admin roles that Okta can limit to groups (help desk, user and group membership
// admins) are limited to the everyday groups they serve: granted org-wide, or over a group
// that is privileged, holds an admin role or has privileged members today, they can reset
// the factors or change the memberships of the very people who administer Okta and AWS.
import { GROUP_SCOPED_ADMIN_ROLES } from '../../model/schema/privileged';
import type { Guardrail, RuleFinding } from '../guardrail';

export const oktaAdminRoleScope: Guardrail = {
  id: 'okta-admin-role-scope',
  title: 'Help desk, user and group membership admin roles are limited to everyday groups',
  rationale:
    'An org-wide help desk or user admin can reset the factors of administrators; limited to everyday groups, it cannot reach privileged people.',
  defaultSeverity: 'warning',
  check(model) {
    const findings: RuleFinding[] = [];
    const groups = new Map(model.groups.map((g) => [g.id, g]));
    const adminGroups = new Set(model.oktaAdminRoles.map((r) => r.group));
    const privilegedPeople = new Set(
      model.groups
        .filter((g) => g.privileged || adminGroups.has(g.id))
        .flatMap((g) => g.members.map((m) => m.person)),
    );
    for (const role of model.oktaAdminRoles) {
      if (!(GROUP_SCOPED_ADMIN_ROLES as readonly string[]).includes(role.role)) continue;
      if (!role.targetGroups) {
        findings.push({
          at: role.at,
          field: ['role'],
          message: `${role.role} for "${role.group}" reaches the whole org, administrators included`,
          hint: 'add "targetGroups: [...]" listing the everyday groups it serves',
          value: role.role,
        });
        continue;
      }
      role.targetGroups.forEach((id, i) => {
        const target = groups.get(id);
        if (!target) return;
        const reached = target.members.map((m) => m.person).filter((p) => privilegedPeople.has(p));
        const why = target.privileged
          ? 'a privileged group'
          : adminGroups.has(id)
            ? 'a group holding an Okta admin role'
            : reached.length
              ? `whose members include privileged ${reached.length === 1 ? 'person' : 'people'} ${reached.slice(0, 3).join(', ')}${reached.length > 3 ? `, … (${reached.length} in all)` : ''}`
              : '';
        if (why)
          findings.push({
            at: role.at,
            field: ['targetGroups', i],
            message: `${role.role} for "${role.group}" reaches "${id}", ${why}`,
            hint: 'target groups without privileged members only: administrators are supported by a super admin',
            value: id,
          });
      });
    }
    return findings;
  },
};
