// What each person can reach, from the resolved model's parts: the groups they are in (with
// how, and until when), the apps those groups (or a direct assignment) give, and the AWS
// accounts and permission sets their groups' grants give, each ending with the earlier of
// an elevated membership and an elevated grant. Runs for every membership of a large org.
import type { App, Grant, Group, Membership, Person, PersonAccess } from './org-model';

export function personAccess(
  people: readonly Person[],
  groups: readonly Group[],
  apps: readonly App[],
  grants: readonly Grant[],
): Record<string, PersonAccess> {
  const appsByGroup = new Map<string, string[]>();
  const grantsByGroup = new Map<string, Grant[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const app of apps) for (const g of app.groups) add(appsByGroup, g, app.id);
  for (const grant of grants) add(grantsByGroup, grant.group, grant);

  const access: Record<
    string,
    {
      groups: PersonAccess['groups'][number][];
      apps: PersonAccess['apps'][number][];
      aws: PersonAccess['aws'][number][];
    }
  > = {};
  for (const p of people) access[p.id] = { groups: [], apps: [], aws: [] };
  for (const group of groups) {
    const groupApps = appsByGroup.get(group.id) ?? [];
    const groupGrants = grantsByGroup.get(group.id) ?? [];
    for (const m of group.members) {
      const entry = access[m.person];
      if (!entry) continue;
      // Built field by field, in this order (no spreads of conditional objects): this runs for
      // every membership, app and account of a large org.
      const held: { group: string; via: Membership['via']; until?: string; expiresAt?: string } = {
        group: group.id,
        via: m.via,
      };
      if (m.until !== undefined) held.until = m.until;
      if (m.elevation) held.expiresAt = m.elevation.expiresAt;
      entry.groups.push(held);
      for (const app of groupApps) entry.apps.push({ app, via: group.id });
      for (const grant of groupGrants) {
        // Access through an elevated membership or grant ends with the earlier of the two.
        const ends = earlier(m.elevation?.expiresAt, grant.elevation?.expiresAt);
        for (const account of grant.accounts)
          entry.aws.push(
            ends === undefined
              ? { account, permissionSet: grant.permissionSet, via: group.id }
              : { account, permissionSet: grant.permissionSet, via: group.id, expiresAt: ends },
          );
      }
    }
  }
  for (const app of apps)
    for (const person of app.people) access[person]?.apps.push({ app: app.id, via: 'direct' });
  // Ids are lowercase slugs, for which code-point order is localeCompare's order, at a
  // fraction of its cost (this runs for every person's every app and account).
  for (const entry of Object.values(access)) {
    entry.apps.sort((a, b) => compare(a.app, b.app) || compare(a.via, b.via));
    entry.aws.sort(
      (a, b) =>
        compare(a.account, b.account) || compare(a.permissionSet, b.permissionSet) || compare(a.via, b.via),
    );
  }
  return access;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The earlier of two instants (ISO strings compare in time order), either possibly absent. */
const earlier = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || a <= b ? a : b;
