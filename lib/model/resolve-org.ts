// Builds the OrgModel from validated config documents: statuses, group members (rules
// evaluated, expired memberships dropped with a warning), MFA demanded by the guardrails,
// privileged flags, and what each person can reach.

import { deepFreeze } from './deep-freeze';
import { durationDays, durationSeconds } from './duration';
import {
  type ElevationStarts,
  elevationEnded,
  elevationKey,
  elevationWindow,
  isElevation,
} from './elevation';
import { ruleMembers } from './group-rule';
import { showInstant } from './instant';
import type {
  App,
  Elevation,
  ElevationWindow,
  Grant,
  Group,
  Membership,
  OrgModel,
  PermissionSet,
  Person,
  Side,
  SourceRef,
} from './org-model';
import { personAccess } from './person-access';
import { personStatusOn } from './person-status';
import { privilegeOfPolicy } from './privileged-policy';
import type { Reporter } from './reporter';
import { RISK_TIERS } from './schema/common';
import type { ConfigDocs, ConfigFileKey } from './schema/files';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const at = (file: ConfigFileKey, ...path: (string | number)[]): SourceRef => ({ file, path });

/** The instant the model is resolved at, and when each elevation's clock started. */
export interface ResolveClock {
  readonly now: string;
  readonly elevationStarts?: ElevationStarts;
  /** Elevations ending by this instant are left out (a deploy's horizon); default `now`. */
  readonly endsBy?: string;
}

export function resolveOrg(
  docs: ConfigDocs,
  today: string,
  reporter: Reporter,
  clock: ResolveClock = { now: `${today}T00:00:00Z` },
): OrgModel {
  const { now } = clock;
  const startOf = (key: string) => clock.elevationStarts?.[key] ?? now;
  const endsBy = clock.endsBy ?? now;
  /** `ended at 18:05 UTC`, or, left out by a deploy's horizon, `ends at 18:05 UTC, within this deploy's horizon`. */
  const ending = (window: ElevationWindow) =>
    elevationEnded(window, now)
      ? `ended at ${showInstant(window.expiresAt, now)}`
      : `ends at ${showInstant(window.expiresAt, now)}, within this deploy's horizon`;
  const { org, guardrails, lifecycle } = docs;
  const departmentNames = new Map(docs.people.departments.map((d) => [d.id, d.name]));
  const leadDays = durationDays(lifecycle.onboarding.activateBeforeStart) ?? 0;
  const graceDays = durationDays(lifecycle.offboarding.gracePeriod) ?? 0;

  const statusOf = personStatusOn(today, leadDays, graceDays);
  const people: Person[] = docs.people.people
    .map((p, i) => ({
      ...p,
      departmentName: departmentNames.get(p.department) ?? p.department,
      status: statusOf(p),
      at: at('people', 'people', i),
    }))
    .sort(byId);
  const byDepartment = new Map<string, Person[]>();
  for (const p of people) {
    const list = byDepartment.get(p.department);
    if (list) list.push(p);
    else byDepartment.set(p.department, [p]);
  }

  const explicitMembers = (
    members: readonly {
      person: string;
      until?: string;
      for?: string;
      reason?: string;
      approvedBy?: string;
    }[],
    file: ConfigFileKey,
    groupIndex: number,
    groupId: string,
  ) => {
    const current: Membership[] = [];
    const expired: Membership[] = [];
    members.forEach((m, j) => {
      const { for: _for, ...declared } = m;
      const window = isElevation(m)
        ? elevationWindow(m, startOf(elevationKey('membership', groupId, m.person)))
        : undefined;
      const membership: Membership = {
        ...declared,
        ...(window ? { until: window.expiresAt.slice(0, 10), elevation: window } : {}),
        via: 'explicit',
        at: at(file, 'groups', groupIndex, 'members', j),
      };
      if (window) {
        if (!elevationEnded(window, endsBy)) current.push(membership);
        else {
          expired.push(membership);
          reporter.report({
            severity: 'warning',
            code: 'expired-elevation',
            file,
            path: ['groups', groupIndex, 'members', j, m.for === undefined ? 'until' : 'for'],
            message: `elevation of "${m.person}" in "${groupId}" ${ending(window)}`,
            hint: 'it is absent from the desired state, so no deploy or drift run restores it; delete the entry',
            value: m.for ?? m.until,
          });
        }
        return;
      }
      if (m.until !== undefined && m.until < today) {
        expired.push(membership);
        reporter.report({
          severity: 'warning',
          code: 'expired-membership',
          file,
          path: ['groups', groupIndex, 'members', j, 'until'],
          message: `membership of "${m.person}" in "${groupId}" expired on ${m.until}`,
          hint: 'it is dropped from the desired state, so the next deploy removes it; delete the entry, or extend "until" if it is still needed',
          value: m.until,
        });
      } else current.push(membership);
    });
    return { current, expired };
  };

  const groups: Group[] = [];
  const defaultOwner = (side: Side) => org.teams.find((t) => t.side === side)!.id;
  docs.groups.groups.forEach((g, i) => {
    const { current, expired } = explicitMembers(g.members ?? [], 'groups', i, g.id);
    const members: Membership[] = g.rule
      ? ruleMembers(g.rule, people, byDepartment).map((p) => ({ person: p.id, via: 'rule' as const }))
      : current;
    groups.push({
      id: g.id,
      name: g.name,
      ...(g.description === undefined ? {} : { description: g.description }),
      side: 'it',
      privileged: g.privileged === true,
      owner: g.owner ?? defaultOwner('it'),
      kind: g.rule ? 'rule' : 'explicit',
      ...(g.rule ? { rule: g.rule } : {}),
      members: members.sort((a, b) => (a.person < b.person ? -1 : 1)),
      expired,
      at: at('groups', 'groups', i),
    });
  });
  docs.privileged.groups.forEach((g, i) => {
    const { current, expired } = explicitMembers(g.members, 'privileged', i, g.id);
    groups.push({
      id: g.id,
      name: g.name,
      ...(g.description === undefined ? {} : { description: g.description }),
      side: 'security',
      privileged: true,
      owner: g.owner ?? defaultOwner('security'),
      kind: 'explicit',
      members: current.sort((a, b) => (a.person < b.person ? -1 : 1)),
      expired,
      at: at('privileged', 'groups', i),
    });
  });
  groups.sort(byId);

  const mfaTier = RISK_TIERS.indexOf(guardrails.mfa.requiredFromRisk);
  const apps: App[] = docs.apps.apps
    .map((a, i) => ({
      ...a,
      people: a.people ?? [],
      groups: [...a.groups].sort(),
      mfaRequired: a.mfa || RISK_TIERS.indexOf(a.risk) >= mfaTier,
      at: at('apps', 'apps', i),
    }))
    .sort(byId);

  const privilegedPolicies = guardrails.privilegedAccess.policies;
  const permissionSets: PermissionSet[] = [
    ...docs.awsAccess.permissionSets.map((s, i) => ({
      s,
      side: 'it' as const,
      ref: at('awsAccess', 'permissionSets', i),
    })),
    ...docs.privileged.permissionSets.map((s, i) => ({
      s,
      side: 'security' as const,
      ref: at('privileged', 'permissionSets', i),
    })),
  ]
    .map(({ s, side, ref }) => {
      const because =
        privilegeOfPolicy(s, privilegedPolicies) ??
        (s.privileged === true
          ? 'declared privileged'
          : side === 'security'
            ? 'declared in privileged.yaml'
            : undefined);
      return { s, side, ref, because };
    })
    .map(({ s, side, ref, because }) => ({
      ...s,
      side,
      privileged: because !== undefined,
      ...(because ? { privilegedBecause: because } : {}),
      sessionSeconds: durationSeconds(s.sessionDuration)!,
      at: ref,
    }))
    .sort(byId);

  const grants: Grant[] = [
    ...docs.awsAccess.grants.map((g, i) => ({ ...g, side: 'it' as const, at: at('awsAccess', 'grants', i) })),
  ];
  const expiredGrants: Grant[] = [];
  docs.privileged.grants.forEach((g, i) => {
    const { for: _for, until: _until, ...declared } = g;
    const window = elevationWindow(g, startOf(elevationKey('grant', g.group, g.permissionSet)));
    const grant: Grant = {
      ...declared,
      side: 'security',
      ...(window ? { elevation: window } : {}),
      at: at('privileged', 'grants', i),
    };
    if (!window || !elevationEnded(window, endsBy)) {
      grants.push(grant);
      return;
    }
    expiredGrants.push(grant);
    reporter.report({
      severity: 'warning',
      code: 'expired-elevation',
      file: 'privileged',
      path: ['grants', i, g.for === undefined ? 'until' : 'for'],
      message: `elevated grant of "${g.permissionSet}" to "${g.group}" ${ending(window)}`,
      hint: 'it is absent from the desired state, so no deploy or drift run restores it; delete the entry',
      value: g.for ?? g.until,
    });
  });
  const elevations: Elevation[] = [];
  for (const group of groups)
    for (const m of group.members)
      if (m.elevation)
        elevations.push({
          kind: 'membership',
          key: elevationKey('membership', group.id, m.person),
          group: group.id,
          person: m.person,
          ...(m.reason === undefined ? {} : { reason: m.reason }),
          ...(m.approvedBy === undefined ? {} : { approvedBy: m.approvedBy }),
          window: m.elevation,
          at: m.at!,
        });
  for (const g of grants)
    if (g.elevation)
      elevations.push({
        kind: 'grant',
        key: elevationKey('grant', g.group, g.permissionSet),
        group: g.group,
        permissionSet: g.permissionSet,
        accounts: g.accounts,
        ...(g.reason === undefined ? {} : { reason: g.reason }),
        window: g.elevation,
        at: g.at,
      });
  elevations.sort((a, b) =>
    a.window.expiresAt < b.window.expiresAt
      ? -1
      : a.window.expiresAt > b.window.expiresAt
        ? 1
        : a.key < b.key
          ? -1
          : 1,
  );

  const model: OrgModel = {
    today,
    now,
    name: org.name,
    domains: org.domains,
    oktaOrgUrl: org.okta.orgUrl,
    teams: org.teams.map((t, i) => ({ ...t, at: at('org', 'teams', i) })).sort(byId),
    functions: org.functions,
    aws: {
      organizationId: org.aws.organizationId,
      homeRegion: org.aws.homeRegion,
      regions: org.aws.regions ?? [org.aws.homeRegion],
      identityCenter: org.aws.identityCenter,
      ous: [...org.aws.ous].sort(byId),
      accounts: org.aws.accounts.map((a, i) => ({ ...a, at: at('org', 'aws', 'accounts', i) })).sort(byId),
    },
    alertChannels: [...org.alertChannels].sort(byId),
    ...(org.github ? { github: org.github } : {}),
    departments: [...docs.people.departments].sort(byId),
    people,
    groups,
    apps,
    permissionSets,
    grants,
    expiredGrants,
    elevations,
    oktaAdminRoles: docs.privileged.oktaAdminRoles.map((r, i) => ({
      ...r,
      at: at('privileged', 'oktaAdminRoles', i),
    })),
    breakGlass: docs.privileged.breakGlass
      .map((b, i) => ({ ...b, at: at('privileged', 'breakGlass', i) }))
      .sort(byId),
    lifecycle,
    logging: docs.logging,
    monitoring: docs.monitoring,
    guardrails,
    access: personAccess(people, groups, apps, grants),
  };
  return deepFreeze(model);
}
