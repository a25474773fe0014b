// What each elevation's schedule will send, from the model. A membership: who, which group
// (by the name Okta and Identity Center know it by), when, and which permission sets' open
// sessions end with it. A grant: which group, which permission set, on which accounts (by
// id), when; the permission set's ARN is the stack's to fill in. Pure; the Security stack
// turns each into a one-time schedule. Standing privileged access (an explicit member of a
// privileged group, a privileged grant, neither an elevation) gets the same request with no
// end (`STANDING_END`): its resource schedules nothing, and ends it when it leaves the config.
import { elevationKey } from '../../model/elevation';
import type { OrgModel } from '../../model/org-model';
import type { ElevationExpiryRequest, GrantExpiryRequest } from './elevation-case';

/** A grant's end before the stack names its permission set's ARN. */
export type GrantExpiry = Omit<GrantExpiryRequest, 'permissionSetArn'>;

export function grantExpiryRequests(model: Pick<OrgModel, 'elevations' | 'groups' | 'aws'>): GrantExpiry[] {
  const groups = new Map(model.groups.map((g) => [g.id, g]));
  const accounts = new Map(model.aws.accounts.map((a) => [a.id, a.accountId]));
  return model.elevations
    .filter((e) => e.kind === 'grant')
    .map((e) => ({
      action: 'expire-grant' as const,
      key: e.key,
      group: e.group,
      groupName: groups.get(e.group)!.name,
      permissionSet: e.permissionSet!,
      accountIds: [...new Set((e.accounts ?? []).map((a) => accounts.get(a)!))].sort(),
      expiresAt: e.window.expiresAt,
    }));
}

export function elevationExpiryRequests(
  model: Pick<OrgModel, 'elevations' | 'people' | 'groups' | 'grants'>,
): ElevationExpiryRequest[] {
  const people = new Map(model.people.map((p) => [p.id, p]));
  const groups = new Map(model.groups.map((g) => [g.id, g]));
  return model.elevations
    .filter((e) => e.kind === 'membership')
    .map((e) => ({
      action: 'expire' as const,
      key: e.key,
      person: e.person!,
      login: people.get(e.person!)!.email,
      group: e.group,
      groupName: groups.get(e.group)!.name,
      expiresAt: e.window.expiresAt,
      permissionSets: [
        ...new Set(model.grants.filter((g) => g.group === e.group).map((g) => g.permissionSet)),
      ].sort(),
    }));
}

/** The "end" of standing access: none (its resource never schedules it; its Delete ends it). */
export const STANDING_END = '9999-12-31T23:59:59Z';

/**
 * Standing privileged access, as the requests that end it when it leaves the config: explicit
 * members of privileged groups and Security's grants, not elevations (theirs are above), by key.
 * Rule-based members are not here: they leave through the lifecycle (a mover or leaver). The
 * set of keys depends only on the entries, so a resource goes only when its entry does.
 */
export function standingAccessRequests(
  model: Pick<OrgModel, 'elevations' | 'people' | 'groups' | 'grants' | 'aws'>,
): { readonly memberships: ElevationExpiryRequest[]; readonly grants: GrantExpiry[] } {
  const elevated = new Set(model.elevations.map((e) => e.key));
  const people = new Map(model.people.map((p) => [p.id, p]));
  const groups = new Map(model.groups.map((g) => [g.id, g]));
  const accounts = new Map(model.aws.accounts.map((a) => [a.id, a.accountId]));
  const permissionSetsOf = (group: string) =>
    [...new Set(model.grants.filter((g) => g.group === group).map((g) => g.permissionSet))].sort();
  const memberships = model.groups
    // Every privileged group, also one granted no permission set (an Okta admin group): a
    // filter on its grants would take a member's resource away, and so end the membership,
    // when the group lost its last grant, with the member still in the config.
    .filter((g) => g.privileged)
    .flatMap((g) =>
      g.members
        .filter((m) => m.via === 'explicit' && !m.elevation && people.has(m.person))
        .map(
          (m): ElevationExpiryRequest => ({
            action: 'expire',
            key: elevationKey('membership', g.id, m.person),
            person: m.person,
            login: people.get(m.person)!.email,
            group: g.id,
            groupName: g.name,
            expiresAt: STANDING_END,
            permissionSets: permissionSetsOf(g.id),
          }),
        ),
    )
    .filter((r) => !elevated.has(r.key));
  const grants = new Map<string, GrantExpiry>();
  for (const g of model.grants) {
    const group = groups.get(g.group);
    if (g.side !== 'security' || g.elevation || !group) continue;
    const key = elevationKey('grant', g.group, g.permissionSet);
    if (elevated.has(key)) continue;
    const accountIds = g.accounts.map((a) => accounts.get(a)!).filter((a) => a !== undefined);
    const earlier = grants.get(key)?.accountIds ?? [];
    grants.set(key, {
      action: 'expire-grant',
      key,
      group: g.group,
      groupName: group.name,
      permissionSet: g.permissionSet,
      accountIds: [...new Set([...earlier, ...accountIds])].sort(),
      expiresAt: STANDING_END,
    });
  }
  const byKey = <T extends { key: string }>(a: T, b: T) => a.key.localeCompare(b.key);
  return { memberships: memberships.sort(byKey), grants: [...grants.values()].sort(byKey) };
}
