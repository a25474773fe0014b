// The quarterly access review: for each app, AWS account and privileged group, who has
// access, through which group or rule, until when, and whether they are a contractor or
// have left. One section per reviewing team: an app's owner reviews the app, a group's
// owner reviews the AWS access the group grants and the group's privileged members.
import { addDays } from '../model/calendar-date';
import type { Group, OrgModel, Person } from '../model/org-model';
import { viaGroup } from './group-rule-text';
import { hasLeft, personStatusText } from './person-status-text';
import { byKey, plural, type Report, type ReportSection, type Row } from './report';

const COLUMNS = [
  { key: 'kind', label: 'Kind' },
  { key: 'resource', label: 'Resource' },
  { key: 'access', label: 'Access' },
  { key: 'person', label: 'Person', nowrap: true },
  { key: 'name', label: 'Name' },
  { key: 'contractor', label: 'Contractor' },
  { key: 'via', label: 'Through' },
  { key: 'expires', label: 'Expires', nowrap: true },
  { key: 'status', label: 'Status' },
  { key: 'reason', label: 'Reason' },
];

interface Path {
  readonly kind: string;
  readonly resource: string;
  readonly access: string;
  readonly via: string;
  readonly expires?: string;
  readonly reason?: string;
}

interface Entry {
  readonly reviewer: string;
  readonly order: string;
  readonly row: Row;
}

export function accessReport(model: OrgModel): Report {
  const people = new Map(model.people.map((p) => [p.id, p]));
  const groups = new Map(model.groups.map((g) => [g.id, g]));
  const entries: Entry[] = [];
  const add = (reviewer: string, order: string, person: Person, path: Path) =>
    entries.push({
      reviewer,
      order,
      row: {
        cells: {
          kind: path.kind,
          resource: path.resource,
          access: path.access,
          person: person.id,
          name: person.name,
          contractor: person.type === 'contractor',
          via: path.via,
          expires: path.expires ?? null,
          status: personStatusText(person),
          reason: path.reason ?? null,
        },
        attention: hasLeft(person),
      },
    });
  const row = (
    kind: string,
    resource: string,
    access: string,
    via: string,
    expires?: string,
    reason?: string,
  ) => ({
    kind,
    resource,
    access,
    via,
    expires,
    reason,
  });

  // Apps: one row per person, listing every path to the app.
  const appPaths = new Map<string, Map<string, string[]>>();
  for (const person of model.people) {
    for (const { app, via } of model.access[person.id]?.apps ?? []) {
      const byPerson = appPaths.get(app) ?? new Map<string, string[]>();
      byPerson.set(person.id, [...(byPerson.get(person.id) ?? []), via]);
      appPaths.set(app, byPerson);
    }
  }
  for (const app of model.apps) {
    const access = `SSO (${app.sso.type})${app.mfaRequired ? ' with MFA' : ''}`;
    for (const [id, vias] of [...(appPaths.get(app.id) ?? [])].sort(byKey(([id]) => id))) {
      const person = people.get(id)!;
      const via = vias
        .map((v) => (v === 'direct' ? 'direct assignment' : viaGroup(groups.get(v)!)))
        .join('; ');
      add(
        app.owner,
        `1 ${app.id} ${id}`,
        person,
        row('app', `${app.name} (${app.id})`, access, via, appExpiry(model, id, vias)),
      );
    }
  }

  // AWS: one row per grant, account and member; the granting group's owner reviews it.
  const sets = new Map(model.permissionSets.map((s) => [s.id, s]));
  const accounts = new Map(model.aws.accounts.map((a) => [a.id, a]));
  for (const grant of model.grants) {
    const group = groups.get(grant.group)!;
    const set = sets.get(grant.permissionSet)!;
    for (const accountId of grant.accounts) {
      const account = accounts.get(accountId)!;
      const resource = `${account.name} (${account.id}, ${account.accountId})`;
      const access = `${set.id}${set.privileged ? ' (privileged)' : ''}, ${set.sessionDuration} sessions`;
      for (const m of group.members) {
        add(
          group.owner,
          `2 ${account.id} ${set.id} ${group.id} ${m.person}`,
          people.get(m.person)!,
          row('aws', resource, access, viaGroup(group), m.until, m.reason),
        );
      }
    }
  }

  // Privileged groups: every member, with the reason they were given the access.
  for (const group of model.groups.filter((g) => g.privileged)) {
    const access = privilegeSummary(model, group);
    for (const m of group.members) {
      add(
        group.owner,
        `3 ${group.id} ${m.person}`,
        people.get(m.person)!,
        row('privileged group', `${group.name} (${group.id})`, access, viaGroup(group), m.until, m.reason),
      );
    }
  }

  // Elevations in force: what each grants, until which instant, and who approved it.
  const elevationRows: Row[] = [];
  for (const e of model.elevations) {
    const group = groups.get(e.group)!;
    const approved = e.approvedBy
      ? `approved by ${people.get(e.approvedBy)?.name ?? e.approvedBy} (${e.approvedBy}), break-glass`
      : 'approved in the review of the pull request that declared it';
    const holders = e.kind === 'membership' ? [e.person!] : group.members.map((m) => m.person);
    for (const id of holders) {
      const person = people.get(id)!;
      elevationRows.push({
        cells: {
          kind: e.kind === 'membership' ? 'elevated membership' : 'elevated grant',
          resource: `${group.name} (${group.id})`,
          access:
            e.kind === 'membership'
              ? privilegeSummary(model, group)
              : `AWS ${e.permissionSet} in ${e.accounts!.join(', ')}`,
          person: person.id,
          name: person.name,
          contractor: person.type === 'contractor',
          via: approved,
          expires: `${e.window.expiresAt.slice(0, 10)} ${e.window.expiresAt.slice(11, 16)} UTC`,
          status: personStatusText(person),
          reason: e.reason ?? null,
        },
        attention: hasLeft(person),
      });
    }
  }

  const sections: ReportSection[] = model.teams
    .map((team) => ({
      id: `reviewer-${team.id}`,
      heading: `${team.name} reviews`,
      intro: `Reviewer: ${team.name} (${team.email}, GitHub ${team.github}). Confirm that each person still needs each access below; remove what is no longer needed with a pull request to config/.`,
      rows: entries
        .filter((e) => e.reviewer === team.id)
        .sort(byKey((e) => e.order))
        .map((e) => e.row),
    }))
    .filter((s) => s.rows.length > 0);
  if (elevationRows.length > 0)
    sections.unshift({
      id: 'elevations',
      heading: 'Active elevations',
      intro: `Just-in-time privileged access in force at ${model.now}, soonest to end first: each ends on the minute shown (a schedule removes it), and who approved it.`,
      rows: elevationRows,
    });

  return {
    kind: 'access',
    title: 'Access review',
    org: model.name,
    asOf: model.today,
    intro:
      'Who can reach each app, AWS account and privileged group, and through which group or rule. Each owner team reviews its section every quarter.',
    summary: accessSummary(model, entries),
    columns: COLUMNS,
    sections,
  };
}

/** When a person's access to an app ends: never if any path is a rule, a direct assignment or an open membership. */
function appExpiry(model: OrgModel, person: string, vias: readonly string[]): string | undefined {
  const memberships = model.access[person]?.groups ?? [];
  let latest: string | undefined;
  for (const via of vias) {
    const until = memberships.find((g) => g.group === via)?.until;
    if (until === undefined) return undefined;
    if (latest === undefined || until > latest) latest = until;
  }
  return latest;
}

function privilegeSummary(model: OrgModel, group: Group): string {
  const parts = [
    ...model.oktaAdminRoles.filter((r) => r.group === group.id).map((r) => `Okta ${r.role}`),
    ...model.grants
      .filter((g) => g.group === group.id)
      .map((g) => `AWS ${g.permissionSet} in ${plural(g.accounts.length, 'account')}`),
  ];
  return parts.length === 0 ? 'member' : parts.join('; ');
}

function accessSummary(model: OrgModel, entries: readonly Entry[]): string[] {
  const cells = entries.map((e) => e.row.cells);
  const holders = new Set(cells.map((c) => c.person));
  const count = (kind: string) => new Set(cells.filter((c) => c.kind === kind).map((c) => c.resource)).size;
  const privileged = cells.filter((c) => c.kind === 'privileged group');
  const soon = addDays(model.today, 30);
  const expiring = cells.filter((c) => typeof c.expires === 'string' && c.expires <= soon).length;
  return [
    `${plural(holders.size, 'person', 'people')} hold ${plural(entries.length, 'access', 'accesses')}: ${plural(count('app'), 'app')}, ${plural(count('aws'), 'AWS account')}, ${plural(count('privileged group'), 'privileged group')}`,
    `${plural(privileged.length, 'privileged membership')}, ${privileged.filter((c) => c.expires === null).length} without an expiry date`,
    `${plural(cells.filter((c) => c.contractor === true).length, 'access', 'accesses')} held by contractors`,
    `${plural(entries.filter((e) => e.row.attention).length, 'access', 'accesses')} held by people who have left (highlighted)`,
    `${plural(expiring, 'access', 'accesses')} expiring by ${soon}`,
  ];
}
