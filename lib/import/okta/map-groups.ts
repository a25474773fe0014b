// Okta groups → groups.yaml (everyday groups) and privileged.yaml (groups holding an Okta
// admin role, or that the config already treats as privileged), by the blueprint's own
// ownership rule: privileged access is Security's. A group filled by one active rule whose
// expression the config can say becomes a rule-based group (its id recovered from the rule's
// name when the blueprint made it); every other group lists its members. Members added by
// hand to a rule-based group, other rules, excluded people and roles the config cannot name
// are reported, never silently dropped. Privileged members get the longest `until` the
// guardrails allow and a placeholder `reason`, both marked for a decision.
import { addDays } from '../../model/calendar-date';
import { durationDays } from '../../model/duration';
import { ruleMatches } from '../../model/group-rule';
import type { GroupRule } from '../../model/org-model';
import { OKTA_ADMIN_ROLES } from '../../model/schema/privileged';
import { oktaName } from '../../okta/names';
import { adminRoleName } from '../../okta/specs/admin-roles';
import { groupName } from '../../okta/specs/groups';
import { configId, IdAllocator } from '../config-id';
import type { ImportReport } from '../import-report';
import { type ImportContext, membershipKey } from './import-context';
import type { MappedPeople } from './map-people';
import type { OktaSnapshot, SnapshotGroup, SnapshotGroupRule } from './okta-snapshot';
import { parseRuleExpression } from './parse-rule-expression';

export interface GroupEntry {
  id: string;
  name: string;
  description?: string;
  rule?: { departments?: string[]; types?: ('employee' | 'contractor')[]; titles?: string[] };
  members?: { person: string; until?: string; reason?: string }[];
}

/**
 * A group the blueprint keeps itself for a provisioned Identity Center app (lib/okta/specs/
 * identity-center-app.ts): not config, it follows from the grants, so it is adopted, not written.
 */
export interface AssignmentGroup {
  readonly oktaId: string;
  /** The app's label: the group is `<label>: assigned (IT|Security)`. */
  readonly appLabel: string;
  /** The stack that declares it: each side keeps one. */
  readonly stack: 'it' | 'security';
  readonly hasMembers: boolean;
}

const ASSIGNMENT_GROUP = /^(.*): assigned \((IT|Security)\)$/;

export function assignmentGroupOf(g: SnapshotGroup): AssignmentGroup | undefined {
  const match = ASSIGNMENT_GROUP.exec(g.name);
  if (!match || !g.description?.endsWith('(maintained by org-blueprint).')) return undefined;
  return {
    oktaId: g.id,
    appLabel: match[1],
    stack: match[2] === 'IT' ? 'it' : 'security',
    hasMembers: g.members.length > 0,
  };
}

export interface MappedGroups {
  readonly assignmentGroups: AssignmentGroup[];
  readonly groups: GroupEntry[];
  readonly privileged: GroupEntry[];
  readonly oktaAdminRoles: { group: string; role: string; targetGroups?: string[] }[];
  /** Okta group id → config group id. */
  readonly groupOf: ReadonlyMap<string, string>;
  /** Departments rules name that no person is in (added to people.yaml). */
  readonly ruleDepartments: { id: string; name: string }[];
  readonly importIds: Map<string, string>;
}

/** The placeholder reason of an imported privileged membership. */
export const PLACEHOLDER_REASON = 'Imported from Okta; reason to be given';

const list = (items: readonly string[], max = 8) =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;

export function mapGroups(
  snapshot: OktaSnapshot,
  people: MappedPeople,
  context: ImportContext,
  report: ImportReport,
): MappedGroups {
  const ids = new IdAllocator();
  const importIds = new Map<string, string>();
  const activeRules = new Map<string, SnapshotGroupRule[]>();
  for (const rule of snapshot.rules) {
    if (rule.status !== 'ACTIVE') {
      report.cannotSay(
        'group rules',
        `group rule "${rule.name}"`,
        'inactive: the config declares active rules only, so it stays in Okta unmanaged',
      );
      continue;
    }
    for (const g of rule.groupIds) activeRules.set(g, [...(activeRules.get(g) ?? []), rule]);
  }
  const departmentIds = new Map(people.departments.map((d) => [d.name, d.id]));
  const ruleDepartments: { id: string; name: string }[] = [];
  const departmentId = (name: string) => {
    let id = departmentIds.get(name);
    if (id === undefined) {
      id = configId(name);
      departmentIds.set(name, id);
      ruleDepartments.push({ id, name });
    }
    return id;
  };
  const subjects = new Map(
    people.people.map((p) => [p.id, { department: p.department, type: p.type, title: p.title }]),
  );
  const roleGroups = new Set(snapshot.groups.filter((g) => g.roles.length > 0).map((g) => g.id));

  // Rule-made ids first: they are the blueprint's own and must not be taken by a name.
  const ruleOf = (g: SnapshotGroup) => {
    const rules = activeRules.get(g.id) ?? [];
    return rules.length === 1 && rules[0].groupIds.length === 1 ? rules[0] : undefined;
  };
  const assignmentGroups = snapshot.groups.flatMap((g) => assignmentGroupOf(g) ?? []);
  const assignment = new Set(assignmentGroups.map((a) => a.oktaId));
  const configGroups = snapshot.groups.filter((g) => !assignment.has(g.id));
  const groupOf = new Map<string, string>();
  for (const g of configGroups) {
    const rule = ruleOf(g);
    if (rule && ids.free(rule.name) && !roleGroups.has(g.id)) groupOf.set(g.id, ids.take(rule.name));
  }
  for (const g of configGroups) if (!groupOf.has(g.id)) groupOf.set(g.id, ids.take(configId(g.name)));

  const groups: GroupEntry[] = [];
  const privileged: GroupEntry[] = [];
  const oktaAdminRoles: { group: string; role: string; targetGroups?: string[] }[] = [];
  const maxDays = durationDays(context.guardrails.privilegedAccess.maxMembership) ?? 90;

  for (const g of configGroups) {
    const id = groupOf.get(g.id)!;
    const item = `group ${id}`;
    const isPrivileged =
      roleGroups.has(g.id) || context.privilegedGroupIds.has(id) || context.privilegedGroupNames.has(g.name);
    const members = g.members
      .flatMap((u) => (people.personOf.has(u) ? [people.personOf.get(u)!] : []))
      .sort();
    const entry: GroupEntry = { id, name: g.name, ...(g.description ? { description: g.description } : {}) };
    importIds.set(groupName(id), g.id);
    report.countImported('groups');

    const rules = activeRules.get(g.id) ?? [];
    let rule: GroupEntry['rule'];
    for (const r of rules) {
      const why =
        rules.length > 1
          ? `one of ${rules.length} rules filling the group; the config gives a group one rule`
          : r.groupIds.length > 1
            ? 'it fills several groups; the config gives each group its own rule'
            : isPrivileged
              ? 'privileged groups list their members (each with until and reason), so they have no rule'
              : r.excludedUsers.length > 0
                ? `it leaves out ${r.excludedUsers.length} people by hand, which a rule in the config cannot`
                : undefined;
      const parsed = why === undefined ? parseRuleExpression(r.expression ?? 'true') : { unsupported: why };
      if ('unsupported' in parsed) {
        report.cannotSay(
          'group rules',
          `group rule "${r.name}"`,
          `not imported (${parsed.unsupported}); ${id} lists its current members instead, and the rule stays in Okta unmanaged: expression ${JSON.stringify(r.expression ?? '')}`,
        );
        continue;
      }
      const types = parsed.types?.map((t) => t.toLowerCase());
      if (types?.some((t) => t !== 'employee' && t !== 'contractor')) {
        report.cannotSay(
          'group rules',
          `group rule "${r.name}"`,
          `not imported: it selects userType ${list(parsed.types!)}, and people are employees or contractors; ${id} lists its current members instead`,
        );
        continue;
      }
      if (!parsed.departments && !parsed.types && !parsed.titles) {
        report.cannotSay(
          'group rules',
          `group rule "${r.name}"`,
          `not imported: it selects everyone ("${r.expression ?? ''}"); ${id} lists its current members instead`,
        );
        continue;
      }
      rule = {
        ...(parsed.departments ? { departments: parsed.departments.map(departmentId) } : {}),
        ...(types ? { types: types as ('employee' | 'contractor')[] } : {}),
        ...(parsed.titles ? { titles: [...parsed.titles] } : {}),
      };
      importIds.set(oktaName('group-rule', id), r.id);
      report.countImported('group rules');
    }

    if (rule) {
      const selected = rule as GroupRule;
      const byHand = members.filter((p) => {
        const s = subjects.get(p);
        return s !== undefined && !ruleMatches(selected, s);
      });
      if (byHand.length > 0)
        report.cannotSay(
          'groups',
          item,
          `rule-based, with ${byHand.length} members added by hand the rule does not select (${list(byHand)}): a group has a rule or members, not both; put them in a group of their own or they lose ${id} on the first deploy`,
        );
      groups.push({ ...entry, rule });
      continue;
    }

    if (isPrivileged) {
      const until = addDays(context.today, maxDays);
      const before = (person: string) => context.decided?.memberships.get(membershipKey(id, person)) ?? {};
      privileged.push({
        ...entry,
        members: members.map((person) => ({
          person,
          until: before(person).until ?? until,
          reason: before(person).reason ?? PLACEHOLDER_REASON,
        })),
      });
      const index = privileged.length - 1;
      members.forEach((person, j) => {
        const m = `${item} member ${person}`;
        const path = ['groups', index, 'members', j];
        if (before(person).until === undefined)
          report.decide({
            kind: 'memberships',
            item: m,
            file: 'privileged',
            path: [...path, 'until'],
            todo: `until when? (the guardrails allow at most ${context.guardrails.privilegedAccess.maxMembership})`,
          });
        if (before(person).reason === undefined)
          report.decide({
            kind: 'memberships',
            item: m,
            file: 'privileged',
            path: [...path, 'reason'],
            todo: 'why they hold this privileged access',
          });
      });
      for (const role of g.roles) {
        if ((OKTA_ADMIN_ROLES as readonly string[]).includes(role.type)) {
          // A role limited to groups keeps its limit: those groups by their config ids.
          const unknown = (role.targetGroupIds ?? []).filter((t) => !groupOf.has(t));
          const targets = (role.targetGroupIds ?? [])
            .filter((t) => groupOf.has(t))
            .map((t) => groupOf.get(t)!)
            .sort();
          if (unknown.length > 0 && targets.length === 0) {
            // Imported without targets, the role would reach the whole org: it stays as it is.
            report.cannotSay(
              'admin roles',
              `${item} role ${role.type}`,
              `not imported: it administers only groups the config does not hold (${unknown.join(', ')}); it stays assigned in Okta, unmanaged`,
            );
            continue;
          }
          if (unknown.length > 0)
            report.cannotSay(
              'admin roles',
              `${item} role ${role.type}`,
              `it also administers groups the config does not hold (${unknown.join(', ')}): the first deploy limits it to ${targets.join(', ')}`,
            );
          oktaAdminRoles.push({
            group: id,
            role: role.type,
            ...(targets.length ? { targetGroups: targets } : {}),
          });
          importIds.set(adminRoleName(id, role.type), `${g.id}/${role.id}`);
          report.countImported('admin roles');
        } else
          report.cannotSay(
            'admin roles',
            `${item} role ${role.type}`,
            `the config names the standard admin roles only (${OKTA_ADMIN_ROLES.join(', ')}); this one stays assigned in Okta, unmanaged`,
          );
      }
    } else groups.push({ ...entry, members: members.map((person) => ({ person })) });
    if (members.length > 0) importIds.set(oktaName('group-members', id), g.id);
    report.countImported('memberships', members.length);
  }
  for (const holder of snapshot.userRoles)
    report.cannotSay(
      'admin roles',
      `person ${people.personOf.get(holder.userId) ?? holder.userId} roles`,
      `holds ${holder.roles.join(', ')} directly: the blueprint grants admin roles to privileged groups only; put them in one in privileged.yaml, then remove the direct assignment in Okta (until then it stays, unmanaged)`,
    );
  return { assignmentGroups, groups, privileged, oktaAdminRoles, groupOf, ruleDepartments, importIds };
}
