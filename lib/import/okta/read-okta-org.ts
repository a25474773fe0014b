// Reads an Okta org for `blueprint import okta` through the Okta SDK client the lifecycle
// uses (its retrying request executor: the same retry policy, pacing on X-Rate-Limit-*),
// with read-only scopes. Every list is paged through (the SDK follows the `Link: next`
// headers). Only reads: the client is never asked to change anything.
import { type Client, Collection, type ResponseContext } from '@okta/okta-sdk-nodejs';
import { GROUP_SCOPED_ADMIN_ROLES } from '../../model/schema/privileged';
import type {
  OktaSnapshot,
  OktaUserStatus,
  SnapshotApp,
  SnapshotBehavior,
  SnapshotGroup,
  SnapshotGroupRule,
  SnapshotLogStream,
  SnapshotNetworkZone,
  SnapshotPolicy,
  SnapshotPolicyRule,
  SnapshotPushMapping,
  SnapshotThreatInsight,
  SnapshotUser,
  SnapshotUserRoles,
} from './okta-snapshot';

/** The OAuth scopes the import needs; grant exactly these (all read-only) to its service app. */
export const IMPORT_SCOPES = [
  'okta.apps.read',
  'okta.behaviors.read',
  'okta.groups.read',
  'okta.logStreams.read',
  'okta.networkZones.read',
  'okta.policies.read',
  'okta.roles.read',
  'okta.threatInsights.read',
  'okta.users.read',
] as const;

/** The policy types read: global session (sign-on), app sign-on (authentication), authenticator enrollment and password. */
export const POLICY_TYPES = ['OKTA_SIGN_ON', 'ACCESS_POLICY', 'MFA_ENROLL', 'PASSWORD'] as const;

/** Okta's page-size maximums per list (fewer calls against the rate limit). */
const PAGE = {
  users: 200,
  groups: 200,
  groupUsers: 1000,
  rules: 200,
  apps: 200,
  appUsers: 500,
  pushMappings: 1000,
} as const;

/** Requests in flight at once: well under Okta's 75 concurrent, and gentle on each bucket. */
const CONCURRENCY = 4;

export interface ReadOptions {
  /** Called once per kind read, for progress on a terminal. */
  readonly onProgress?: (message: string) => void;
}

type Json = Record<string, unknown>;

/** An SDK model as the plain JSON it came from. */
const plain = (value: unknown): Json => JSON.parse(JSON.stringify(value ?? {})) as Json;

async function all<T>(collection: Collection<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of collection) if (item) items.push(item);
  return items;
}

/** `work` over `items`, at most CONCURRENCY at a time, results in the items' order. */
async function pooled<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}

/**
 * An app's Group Push mappings. The SDK's listGroupPushMappings returns the first page only, so
 * the list goes through the SDK's own Collection (its request executor, following `Link: next`).
 */
async function pushMappings(client: Client, orgUrl: string, appId: string): Promise<SnapshotPushMapping[]> {
  const base = orgUrl.replace(/\/+$/, '');
  const url = `${base}/api/v1/apps/${encodeURIComponent(appId)}/group-push/mappings?limit=${PAGE.pushMappings}`;
  const asJson = { parseResponse: async (r: ResponseContext) => JSON.parse(await r.body.text()) };
  const mappings = await all(new Collection<Json>(client.http, url, asJson));
  return mappings
    .map((m) => ({ id: String(m.id), sourceGroupId: String(m.sourceGroupId), status: String(m.status) }))
    .sort(byId);
}

const asList = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const iso = (value: unknown) =>
  value === undefined || value === null ? undefined : new Date(String(value)).toISOString();

export async function readOktaOrg(
  client: Client,
  orgUrl: string,
  options: ReadOptions = {},
): Promise<OktaSnapshot> {
  const progress = options.onProgress ?? (() => {});

  const users: SnapshotUser[] = (await all(await client.userApi.listUsers({ limit: PAGE.users })))
    .map((u) => {
      const json = plain(u);
      return {
        id: String(json.id),
        status: String(json.status) as OktaUserStatus,
        created: iso(json.created) ?? '',
        ...(json.activated ? { activated: iso(json.activated) } : {}),
        ...(json.statusChanged ? { statusChanged: iso(json.statusChanged) } : {}),
        profile: (json.profile ?? {}) as Json,
      };
    })
    .sort(byId);
  progress(`read ${users.length} users`);

  const oktaGroups = (await all(await client.groupApi.listGroups({ limit: PAGE.groups })))
    .map(plain)
    .filter((g) => g.type === 'OKTA_GROUP');
  const groups: SnapshotGroup[] = (
    await pooled(oktaGroups, async (g) => {
      const id = String(g.id);
      const profile = (g.profile ?? {}) as Json;
      const members = (
        await all(await client.groupApi.listGroupUsers({ groupId: id, limit: PAGE.groupUsers }))
      )
        .map((u) => String(plain(u).id))
        .sort();
      const assigned = (await all(await client.roleAssignmentApi.listGroupAssignedRoles({ groupId: id })))
        .map(plain)
        .map((r) => ({ id: String(r.id), type: String(r.type) }))
        .sort(byId);
      // Only the roles Okta can limit to groups have targets: one more list for each of them.
      const roles = await Promise.all(
        assigned.map(async (r) => {
          if (!(GROUP_SCOPED_ADMIN_ROLES as readonly string[]).includes(r.type)) return r;
          const targets = (
            await all(await client.roleTargetApi.listGroupTargetsForGroupRole({ groupId: id, roleId: r.id }))
          )
            .map((t) => String(plain(t).id))
            .sort();
          return targets.length ? { ...r, targetGroupIds: targets } : r;
        }),
      );
      return {
        id,
        name: String(profile.name ?? id),
        ...(profile.description ? { description: String(profile.description) } : {}),
        members,
        roles,
      };
    })
  ).sort(byId);
  progress(`read ${groups.length} groups with their members and admin roles`);

  const rules: SnapshotGroupRule[] = (await all(await client.groupApi.listGroupRules({ limit: PAGE.rules })))
    .map(plain)
    .map((r) => {
      const conditions = (r.conditions ?? {}) as {
        expression?: { value?: string };
        people?: { users?: { exclude?: string[] } };
      };
      const actions = (r.actions ?? {}) as { assignUserToGroups?: { groupIds?: string[] } };
      return {
        id: String(r.id),
        name: String(r.name),
        status: String(r.status),
        ...(conditions.expression?.value ? { expression: conditions.expression.value } : {}),
        groupIds: [...(actions.assignUserToGroups?.groupIds ?? [])].sort(),
        excludedUsers: [...(conditions.people?.users?.exclude ?? [])].sort(),
      };
    })
    .sort(byId);
  progress(`read ${rules.length} group rules`);

  const appList = (await all(await client.applicationApi.listApplications({ limit: PAGE.apps }))).map(plain);
  const apps: SnapshotApp[] = (
    await pooled(appList, async (a) => {
      const appId = String(a.id);
      const groupIds = (await all(await client.applicationApi.listApplicationGroupAssignments({ appId })))
        .map((g) => String(plain(g).id))
        .sort();
      const userIds = (
        await all(await client.applicationApi.listApplicationUsers({ appId, limit: PAGE.appUsers }))
      )
        .map(plain)
        .filter((u) => u.scope === 'USER')
        .map((u) => String(u.id))
        .sort();
      const credentials = { ...((a.credentials ?? {}) as Json) };
      const oauthClient = credentials.oauthClient as Json | undefined;
      const hadClientSecret = oauthClient?.client_secret !== undefined;
      if (oauthClient) {
        // A secret is never kept, not even in memory past this point.
        const { client_secret: _secret, ...rest } = oauthClient;
        credentials.oauthClient = rest;
      }
      const features = [...((a.features as string[] | undefined) ?? [])].sort();
      const pushes = features.includes('GROUP_PUSH') ? await pushMappings(client, orgUrl, appId) : [];
      const links = (a._links ?? {}) as { accessPolicy?: { href?: string } };
      const accessPolicyId = links.accessPolicy?.href?.split('/').pop();
      return {
        id: appId,
        name: String(a.name ?? ''),
        label: String(a.label ?? appId),
        status: String(a.status ?? 'ACTIVE'),
        signOnMode: String(a.signOnMode ?? ''),
        settings: (a.settings ?? {}) as Json,
        credentials,
        features,
        ...(accessPolicyId ? { accessPolicyId } : {}),
        hadClientSecret,
        groupIds,
        userIds,
        pushMappings: pushes,
      };
    })
  ).sort(byId);
  progress(`read ${apps.length} apps with their assignments and Group Push mappings`);

  const policies: SnapshotPolicy[] = [];
  for (const type of POLICY_TYPES) {
    const list = (await all(await client.policyApi.listPolicies({ type }))).map(plain);
    const withRules = await pooled(list, async (p) => {
      const rules: SnapshotPolicyRule[] = (
        await all(await client.policyApi.listPolicyRules({ policyId: String(p.id) }))
      )
        .map(plain)
        .map((r) => ({
          id: String(r.id),
          name: String(r.name),
          ...(typeof r.priority === 'number' ? { priority: r.priority } : {}),
          status: String(r.status ?? 'ACTIVE'),
          system: r.system === true,
          ...(r.conditions ? { conditions: r.conditions } : {}),
          ...(r.actions ? { actions: r.actions } : {}),
        }));
      return {
        id: String(p.id),
        type,
        name: String(p.name),
        ...(p.description ? { description: String(p.description) } : {}),
        ...(typeof p.priority === 'number' ? { priority: p.priority } : {}),
        status: String(p.status ?? 'ACTIVE'),
        system: p.system === true,
        ...(p.conditions ? { conditions: p.conditions } : {}),
        ...(p.settings ? { settings: p.settings as Json } : {}),
        rules,
      };
    });
    policies.push(...withRules);
  }
  policies.sort(byId);
  progress(`read ${policies.length} policies`);

  const logStreams: SnapshotLogStream[] = (await all(await client.logStreamApi.listLogStreams({})))
    .map(plain)
    .map((s) => ({
      id: String(s.id),
      name: String(s.name),
      type: String(s.type),
      status: String(s.status),
      settings: (s.settings ?? {}) as Json,
    }))
    .sort(byId);
  progress(`read ${logStreams.length} log streams`);

  const zones: SnapshotNetworkZone[] = (await all(await client.networkZoneApi.listNetworkZones({})))
    .map(plain)
    .map((z) => {
      // The SDK turns a dynamic zone's `locations` array into an object keyed by index.
      const locations = Object.values((z.locations ?? {}) as Record<string, Json>).map((l) =>
        String(l.region ?? l.country),
      );
      return {
        id: String(z.id),
        name: String(z.name),
        type: String(z.type),
        usage: String(z.usage ?? 'POLICY'),
        status: String(z.status ?? 'ACTIVE'),
        system: z.system === true,
        gateways: asList(z.gateways).map((g) => String(g.value)),
        locations,
        ...(z.proxyType ? { proxyType: String(z.proxyType) } : {}),
      };
    })
    .sort(byId);
  progress(`read ${zones.length} network zones`);

  const threat = plain(await client.threatInsightApi.getCurrentConfiguration());
  const threatInsight: SnapshotThreatInsight | undefined = threat.action
    ? {
        action: String(threat.action),
        excludeZones: [...((threat.excludeZones as string[] | undefined) ?? [])].map(String).sort(),
      }
    : undefined;
  progress(`read the ThreatInsight configuration (${threatInsight?.action ?? 'none'})`);

  const behaviors: SnapshotBehavior[] = (await all(await client.behaviorApi.listBehaviorDetectionRules()))
    .map(plain)
    .map((b) => ({ id: String(b.id), name: String(b.name), type: String(b.type), status: String(b.status) }))
    .sort(byId);
  progress(`read ${behaviors.length} behaviour detection rules`);

  // Who holds an admin role: one list, then each holder's roles, kept when assigned directly.
  const holders: string[] = [];
  for (let after: string | undefined, pages = 0; pages < 100; pages++) {
    const listed = plain(
      await client.roleAssignmentApi.listUsersWithRoleAssignments({
        limit: 100,
        ...(after ? { after } : {}),
      }),
    );
    holders.push(...asList(listed.value).map((u) => String(u.id)));
    const next = ((listed._links as Json | undefined)?.next as { href?: string } | undefined)?.href;
    after = next ? (new URL(next).searchParams.get('after') ?? undefined) : undefined;
    if (!after) break;
  }
  const userRoles: SnapshotUserRoles[] = (
    await pooled([...new Set(holders)].sort(), async (userId) => ({
      userId,
      roles: (
        await all(await client.roleAssignmentApi.listAssignedRolesForUser({ userId }))
      )
        .map(plain)
        .filter((r) => r.assignmentType === 'USER')
        .map((r) => String(r.type))
        .sort(),
    }))
  ).filter((u) => u.roles.length > 0);
  progress(`read the admin roles of ${holders.length} people`);

  return {
    orgUrl,
    users,
    groups,
    rules,
    apps,
    policies,
    logStreams,
    zones,
    behaviors,
    ...(threatInsight ? { threatInsight } : {}),
    userRoles,
  };
}
