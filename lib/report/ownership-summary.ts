// The first section of every plan: what each side owns in this config, in counts a
// reviewer can sanity-check at a glance. Also written as plan/ownership.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrgModel } from '../model/org-model';
import { partitionByOwner } from '../model/partition';
import type { PlanSection, PlanStep } from '../plan/plan-step';

const count = <T>(items: readonly T[], key: (t: T) => string) => {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
};
const breakdown = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
const assignments = (grants: readonly { accounts: readonly string[] }[]) =>
  grants.reduce((n, g) => n + g.accounts.length, 0);

export function ownershipSummary(model: OrgModel) {
  const { it, security } = partitionByOwner(model);
  return {
    org: model.name,
    today: model.today,
    it: {
      people: { total: it.people.length, ...count(it.people, (p) => p.status) },
      groups: { total: it.groups.length, ...count(it.groups, (g) => g.kind) },
      apps: {
        total: it.apps.length,
        ...count(it.apps, (a) => a.sso.type),
        mfa: it.apps.filter((a) => a.mfaRequired).length,
      },
      permissionSets: it.permissionSets.length,
      grants: it.grants.length,
      accountAssignments: assignments(it.grants),
      birthright: model.lifecycle.birthright,
    },
    security: {
      privilegedGroups: security.groups.length,
      privilegedMemberships: security.groups.reduce((n, g) => n + g.members.length, 0),
      permissionSets: security.permissionSets.length,
      grants: security.grants.length,
      accountAssignments: assignments(security.grants),
      oktaAdminRoles: security.oktaAdminRoles.length,
      breakGlass: security.breakGlass.length,
      trail: model.logging.trail.name,
      oktaLogStream: model.logging.oktaLogStream?.name ?? null,
    },
  };
}

export function ownershipLines(model: OrgModel): string[] {
  const s = ownershipSummary(model);
  const { total: people, ...status } = s.it.people;
  const { total: groups, ...kinds } = s.it.groups;
  const { total: apps, mfa, ...types } = s.it.apps;
  const m = model.monitoring;
  const services = [
    m.guardDuty.enabled && 'GuardDuty',
    m.securityHub.enabled && `Security Hub (${m.securityHub.standards.length} standards)`,
    m.awsConfig.enabled && 'AWS Config',
    m.accessAnalyzer.enabled && 'Access Analyzer',
  ].filter(Boolean);
  const t = model.logging.trail;
  return [
    'IT owns (ships its own changes):',
    `  people            ${people}${inParens(breakdown(status))}`,
    `  groups            ${groups}${inParens(breakdown(kinds))}`,
    `  apps              ${apps}${inParens([breakdown(types), apps > 0 && `${mfa} require MFA`].filter(Boolean).join('; '))}`,
    `  permission sets   ${s.it.permissionSets}, grants ${s.it.grants} (${s.it.accountAssignments} account assignments)`,
    `  lifecycle         birthright: ${s.it.birthright.join(', ') || 'none'}; offboarding grace ${model.lifecycle.offboarding.gracePeriod}`,
    'Security owns (reviews what touches it):',
    `  privileged groups ${s.security.privilegedGroups} (${s.security.privilegedMemberships} time-bound memberships)`,
    `  permission sets   ${s.security.permissionSets}, grants ${s.security.grants} (${s.security.accountAssignments} account assignments)`,
    `  okta admin roles  ${s.security.oktaAdminRoles}; break-glass principals ${s.security.breakGlass}`,
    `  logging           trail ${t.name} → ${t.archiveAccount} (retention ${t.retention}, object lock ${t.objectLock.mode} ${t.objectLock.retention})${model.logging.oktaLogStream ? `; Okta log stream → ${model.logging.oktaLogStream.account}` : ''}`,
    `  monitoring        ${services.join(', ') || 'none'}; alerts → ${m.alerts.channels.join(', ')}`,
  ];
}

export const ownershipStep: PlanStep = {
  name: 'ownership',
  run(ctx): PlanSection {
    mkdirSync(ctx.outDir, { recursive: true });
    writeFileSync(
      join(ctx.outDir, 'ownership.json'),
      `${JSON.stringify(ownershipSummary(ctx.model), null, 2)}\n`,
    );
    return {
      title: 'Ownership',
      lines: ownershipLines(ctx.model),
      files: [join(ctx.outDisplay, 'ownership.json')],
    };
  },
};

/** ` (detail)`, or nothing when there is no detail (an empty org reads "people 0"). */
const inParens = (detail: string) => (detail ? ` (${detail})` : '');
