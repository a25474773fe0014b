// Who gains and loses what between two models: per person, groups, apps, AWS
// account+permission set and Okta admin roles (held through a group), each with the reason
// (rule, explicit membership, expiry, leaving), flagged privileged, contractor and
// expiring-soon. People with privileged changes come first: the headline a reviewer reads.
import { addDays } from '../model/calendar-date';
import { describeExpiry } from '../model/elevation';
import type { OrgModel, Person, PersonAccess } from '../model/org-model';
import { sensitiveAccounts } from '../model/sensitive-accounts';

export type AccessKind = 'group' | 'app' | 'aws' | 'okta-admin-role';

export interface AccessChange {
  readonly kind: AccessKind;
  /** group id, app id, `account/permission-set`, or an Okta admin role (`SUPER_ADMIN`). */
  readonly target: string;
  /** Through which group (or `rule`/`explicit` for group memberships, `direct` for apps). */
  readonly via: string;
  readonly privileged: boolean;
  /** Why it changes, in words: "rule (department Engineering)", "membership expired 2026-10-31", ... */
  readonly reason: string;
  /** Last day of a time-bound membership gained. */
  readonly until?: string;
  /** For an elevation gained: `expires in 4 h (at 18:00 UTC)`, from the head's `now`. */
  readonly expires?: string;
}

export interface PersonAccessDiff {
  readonly person: string;
  readonly name: string;
  readonly contractor: boolean;
  /** added | removed | status (e.g. active → suspended) | changed */
  readonly change: 'added' | 'removed' | 'changed';
  readonly status?: { readonly from?: string; readonly to?: string };
  readonly gains: readonly AccessChange[];
  readonly loses: readonly AccessChange[];
}

export interface AccessDiff {
  readonly people: readonly PersonAccessDiff[];
  /** Memberships (in the head) that end within 7 days: someone should renew or let go. */
  readonly expiringSoon: readonly {
    readonly person: string;
    readonly group: string;
    readonly until: string;
    /** For an elevation: `expires in 4 h (at 18:00 UTC)`. */
    readonly expires?: string;
  }[];
  readonly totals: {
    readonly peopleGaining: number;
    readonly peopleLosing: number;
    readonly privilegedGains: number;
    readonly privilegedLosses: number;
    readonly headcount: number;
  };
}

const EMPTY: PersonAccess = { groups: [], apps: [], aws: [] };

interface Entry {
  key: string;
  change: Omit<AccessChange, 'reason'>;
}

/** What makes an entry privileged in a model, computed once per model. */
interface PrivilegedIds {
  readonly groups: ReadonlySet<string>;
  readonly sets: ReadonlySet<string>;
  /** Any access into these accounts (management, log archive, audit) is privileged. */
  readonly accounts: ReadonlySet<string>;
  /** Okta admin roles by the group that holds them. */
  readonly roles: ReadonlyMap<string, readonly string[]>;
}

function privilegedIds(model: OrgModel): PrivilegedIds {
  const roles = new Map<string, string[]>();
  for (const r of model.oktaAdminRoles) roles.set(r.group, [...(roles.get(r.group) ?? []), r.role].sort());
  return {
    groups: new Set(model.groups.filter((g) => g.privileged).map((g) => g.id)),
    sets: new Set(model.permissionSets.filter((s) => s.privileged).map((s) => s.id)),
    accounts: new Set(sensitiveAccounts(model).keys()),
    roles,
  };
}

function entries(privileged: PrivilegedIds, access: PersonAccess, now: string): Entry[] {
  const expires = (at: string | undefined) => (at === undefined ? {} : { expires: describeExpiry(at, now) });
  return [
    ...access.groups.map((g) => ({
      key: `group:${g.group}`,
      change: {
        kind: 'group' as const,
        target: g.group,
        via: g.via,
        privileged: privileged.groups.has(g.group),
        ...(g.until ? { until: g.until } : {}),
        ...expires(g.expiresAt),
      },
    })),
    ...access.apps.map((a) => ({
      key: `app:${a.app}:${a.via}`,
      change: { kind: 'app' as const, target: a.app, via: a.via, privileged: privileged.groups.has(a.via) },
    })),
    ...access.aws.map((a) => ({
      key: `aws:${a.account}/${a.permissionSet}:${a.via}`,
      change: {
        kind: 'aws' as const,
        target: `${a.account}/${a.permissionSet}`,
        via: a.via,
        privileged: privileged.sets.has(a.permissionSet) || privileged.accounts.has(a.account),
        ...expires(a.expiresAt),
      },
    })),
    ...access.groups.flatMap((g) =>
      (privileged.roles.get(g.group) ?? []).map((role) => ({
        key: `okta-admin-role:${role}:${g.group}`,
        change: { kind: 'okta-admin-role' as const, target: role, via: g.group, privileged: true },
      })),
    ),
  ];
}

/** Collapses per-group entries into one change per target, so two routes to the same app are one line. */
function byTarget(list: Entry[]): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const e of list) {
    const key = `${e.change.kind}:${e.change.target}`;
    const seen = out.get(key);
    out.set(
      key,
      seen
        ? {
            key,
            change: {
              ...seen.change,
              via: `${seen.change.via}, ${e.change.via}`,
              privileged: seen.change.privileged || e.change.privileged,
            },
          }
        : { key, change: e.change },
    );
  }
  return out;
}

function ruleText(model: OrgModel, rule: NonNullable<OrgModel['groups'][number]['rule']>): string {
  const parts = [
    rule.departments &&
      `department ${rule.departments.map((d) => model.departments.find((x) => x.id === d)?.name ?? d).join(' or ')}`,
    rule.types && `type ${rule.types.join(' or ')}`,
    rule.titles && `title ${rule.titles.join(' or ')}`,
  ].filter(Boolean);
  return `rule (${parts.join(', ')})`;
}

/** Why a person is in a group (a gain, read in the head). */
function gainReason(head: OrgModel, groupId: string, via: string, personId: string): string {
  const group = head.groups.find((g) => g.id === groupId);
  if (via === 'rule' && group?.rule) return ruleText(head, group.rule);
  const reason = group?.members.find((m) => m.person === personId)?.reason;
  return reason ? `explicit membership: ${reason}` : 'explicit membership';
}

/** Why a person is no longer in a group (a loss: what the head says about it). */
function lossReason(base: OrgModel, head: OrgModel, groupId: string, via: string, personId: string): string {
  const group = head.groups.find((g) => g.id === groupId);
  if (!group) return 'group removed';
  if (!head.people.some((p) => p.id === personId)) return 'person removed';
  const expired = group.expired.find((m) => m.person === personId);
  if (expired) return `membership expired ${expired.until}`;
  if (via === 'rule')
    return group.rule ? `no longer matches ${ruleText(head, group.rule)}` : 'group is no longer rule-based';
  const was = base.groups.find((g) => g.id === groupId)?.rule;
  return was && group.kind === 'explicit' ? 'group is now explicitly managed' : 'removed from members';
}

function describe(
  base: OrgModel,
  head: OrgModel,
  change: Entry['change'],
  personId: string,
  gained: boolean,
): AccessChange {
  const model = gained ? head : base;
  const reason =
    change.kind === 'group'
      ? gained
        ? gainReason(model, change.target, change.via, personId)
        : lossReason(base, head, change.target, change.via, personId)
      : change.via === 'direct'
        ? 'assigned directly'
        : `via group ${change.via}`;
  return { ...change, reason };
}

export function accessDiff(base: OrgModel, head: OrgModel): AccessDiff {
  const basePeople = new Map(base.people.map((p) => [p.id, p]));
  const headPeople = new Map(head.people.map((p) => [p.id, p]));
  const soon = addDays(head.today, 7);
  const ids = [...new Set([...basePeople.keys(), ...headPeople.keys()])].sort();
  const basePrivileged = privilegedIds(base);
  const headPrivileged = privilegedIds(head);
  // The groups whose admin roles differ, once, rather than for every member of every group.
  const rolesChanged = new Set(
    [...new Set([...basePrivileged.roles.keys(), ...headPrivileged.roles.keys()])].filter(
      (g) => (basePrivileged.roles.get(g) ?? []).join() !== (headPrivileged.roles.get(g) ?? []).join(),
    ),
  );
  const people: PersonAccessDiff[] = [];
  for (const id of ids) {
    const before = basePeople.get(id);
    const after = headPeople.get(id);
    // Most people are untouched by a change: skip them before building anything.
    if (
      before &&
      after &&
      samePerson(before, after) &&
      sameAccess(base.access[id], head.access[id]) &&
      sameRoles(rolesChanged, head.access[id])
    )
      continue;
    const was = byTarget(entries(basePrivileged, base.access[id] ?? EMPTY, base.now));
    const now = byTarget(entries(headPrivileged, head.access[id] ?? EMPTY, head.now));
    const gains = [...now.entries()]
      .filter(([k]) => !was.has(k))
      .map(([, e]) => describe(base, head, e.change, id, true));
    const loses = [...was.entries()]
      .filter(([k]) => !now.has(k))
      .map(([, e]) => describe(base, head, e.change, id, false));
    const statusChanged = before?.status !== after?.status;
    const profileChanged =
      before &&
      after &&
      (before.department !== after.department ||
        before.title !== after.title ||
        before.type !== after.type ||
        before.manager !== after.manager);
    if (!gains.length && !loses.length && !statusChanged && !profileChanged) continue;
    const who = after ?? before!;
    people.push({
      person: id,
      name: who.name,
      contractor: who.type === 'contractor',
      change: !before ? 'added' : !after ? 'removed' : 'changed',
      ...(statusChanged
        ? { status: { ...(before ? { from: before.status } : {}), ...(after ? { to: after.status } : {}) } }
        : {}),
      gains: sortChanges(gains),
      loses: sortChanges(loses),
    });
  }
  const expiringSoon = head.people.flatMap((p) =>
    (head.access[p.id]?.groups ?? [])
      .filter((g) => g.until !== undefined && g.until <= soon)
      .map((g) => ({
        person: p.id,
        group: g.group,
        until: g.until!,
        ...(g.expiresAt ? { expires: describeExpiry(g.expiresAt, head.now) } : {}),
      })),
  );
  const privilegedFirst = (p: PersonAccessDiff) =>
    [...p.gains, ...p.loses].some((c) => c.privileged) ? 0 : 1;
  people.sort((a, b) => privilegedFirst(a) - privilegedFirst(b) || a.person.localeCompare(b.person));
  return {
    people,
    expiringSoon,
    totals: {
      peopleGaining: people.filter((p) => p.gains.length > 0).length,
      peopleLosing: people.filter((p) => p.loses.length > 0).length,
      privilegedGains: people.reduce((n, p) => n + p.gains.filter((g) => g.privileged).length, 0),
      privilegedLosses: people.reduce((n, p) => n + p.loses.filter((g) => g.privileged).length, 0),
      headcount: base.people.length,
    },
  };
}

function samePerson(a: Person, b: Person): boolean {
  return (
    a.status === b.status &&
    a.department === b.department &&
    a.title === b.title &&
    a.type === b.type &&
    a.manager === b.manager
  );
}

function sameAccess(a: PersonAccess | undefined, b: PersonAccess | undefined): boolean {
  if (!a || !b) return a === b;
  const same = <T>(x: readonly T[], y: readonly T[], eq: (p: T, q: T) => boolean) =>
    x.length === y.length && x.every((v, i) => eq(v, y[i]));
  return (
    same(
      a.groups,
      b.groups,
      (p, q) => p.group === q.group && p.via === q.via && p.until === q.until && p.expiresAt === q.expiresAt,
    ) &&
    same(a.apps, b.apps, (p, q) => p.app === q.app && p.via === q.via) &&
    same(
      a.aws,
      b.aws,
      (p, q) => p.account === q.account && p.permissionSet === q.permissionSet && p.via === q.via,
    )
  );
}

/** Whether the admin roles reachable through this person's groups are the same in both models. */
function sameRoles(rolesChanged: ReadonlySet<string>, access: PersonAccess | undefined): boolean {
  return (access?.groups ?? []).every((g) => !rolesChanged.has(g.group));
}

const KIND_ORDER: Record<AccessKind, number> = { group: 0, app: 1, aws: 2, 'okta-admin-role': 3 };
const sortChanges = (list: AccessChange[]) =>
  list.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.target.localeCompare(b.target));
