// What the fake Okta org answers to the reads of `blueprint import okta`: every list of
// users, groups (with their members and admin roles), group rules, apps (with settings and
// assignments), policies (with rules and settings), network zones, the ThreatInsight
// configuration, log streams and Group Push mappings, paged as Okta pages them: `limit`
// items, then a `Link: <...?after=cursor>; rel="next"` header until the last page. Kept apart
// from fake-okta-routes.ts (which registers them); the same rules apply.
import { page } from './fake-okta-paging';
import type { Route, RouteRequest, RouteResponse } from './fake-okta-route';
import type {
  FakeApp,
  FakeGroup,
  FakeNetworkZone,
  FakeOktaState,
  FakePolicy,
  FakeUser,
} from './fake-okta-state';

const error = (status: number, code: string, summary: string): RouteResponse => ({
  status,
  body: { errorCode: code, errorSummary: summary, errorLink: code, errorId: 'oaeFake', errorCauses: [] },
});
const notFound = (what: string) => error(404, 'E0000007', `Not found: Resource not found: ${what}`);

/** One page of `items` (sorted by id, as Okta's cursors are): `after` is the last id seen. */
export function userJson(user: FakeUser): unknown {
  return {
    id: user.id,
    status: user.status,
    created: user.created,
    activated: user.status === 'STAGED' ? null : user.created,
    statusChanged: user.statusChanged,
    lastUpdated: user.lastUpdated,
    type: { id: 'otyFake' },
    profile: user.profile,
  };
}

export function groupJson(group: FakeGroup): unknown {
  return {
    id: group.id,
    type: group.type,
    objectClass: ['okta:user_group'],
    profile: { name: group.name, ...(group.description ? { description: group.description } : {}) },
  };
}

export function appJson(app: FakeApp, orgUrl: string): Record<string, unknown> {
  const d = app.detail;
  if (!d)
    return { id: app.id, name: `fake_${app.id}`, label: app.label, status: 'ACTIVE', signOnMode: 'SAML_2_0' };
  return {
    id: app.id,
    name: d.name,
    label: app.label,
    status: d.status ?? 'ACTIVE',
    signOnMode: d.signOnMode,
    features: d.features ?? [],
    settings: d.settings,
    credentials: d.credentials,
    _links: d.accessPolicyId
      ? { accessPolicy: { href: `${orgUrl}/api/v1/policies/${d.accessPolicyId}` } }
      : {},
  };
}

function policyJson(p: FakePolicy): unknown {
  return {
    id: p.id,
    type: p.type,
    name: p.name,
    ...(p.description ? { description: p.description } : {}),
    priority: p.priority,
    status: p.status,
    system: p.system,
    ...(p.conditions ? { conditions: p.conditions } : {}),
    ...(p.settings ? { settings: p.settings } : {}),
  };
}

function zoneJson(z: FakeNetworkZone, orgUrl: string): unknown {
  const address = (value: string) => ({ type: value.includes('-') ? 'RANGE' : 'CIDR', value });
  return {
    id: z.id,
    name: z.name,
    type: z.type,
    usage: z.usage,
    status: z.status,
    system: z.system,
    ...(z.gateways ? { gateways: z.gateways.map(address), proxies: null } : {}),
    ...(z.locations ? { locations: z.locations } : {}),
    ...(z.proxyType ? { proxyType: z.proxyType } : {}),
    _links: { self: { href: `${orgUrl}/api/v1/zones/${z.id}`, hints: { allow: ['GET', 'PUT', 'DELETE'] } } },
  };
}

const withGroup =
  (handle: (state: FakeOktaState, group: FakeGroup, req: RouteRequest) => RouteResponse): Route =>
  (state, req) => {
    const group = state.groups.find((g) => g.id === req.params.groupId);
    return group ? handle(state, group, req) : notFound(`${req.params.groupId} (UserGroup)`);
  };

const withApp =
  (handle: (state: FakeOktaState, app: FakeApp, req: RouteRequest) => RouteResponse): Route =>
  (state, req) => {
    const app = state.apps.find((a) => a.id === req.params.appId);
    return app ? handle(state, app, req) : notFound(`${req.params.appId} (AppInstance)`);
  };

/** A group's members: by hand, and whoever its active rules select. */
export function membersOf(state: FakeOktaState, group: FakeGroup): FakeUser[] {
  if (group.type === 'BUILT_IN') return state.users;
  const explicit = state.members.get(group.id) ?? new Set<string>();
  const rules = state.rules.filter(
    (r) => r.groupIds.includes(group.id) && (r.status ?? 'ACTIVE') === 'ACTIVE',
  );
  return state.users.filter((u) => explicit.has(u.id) || rules.some((r) => r.matches(u)));
}

export const IMPORT_ROUTES: Readonly<Record<string, Route>> = {
  listUsers: (state, req) => page(state.users, req, 200, userJson),

  listGroupUsers: withGroup((state, group, req) => page(membersOf(state, group), req, 1000, userJson)),

  listGroupAssignedRoles: withGroup((state, group) => ({
    status: 200,
    body: (state.groupRoles.get(group.id) ?? []).map((role) => ({
      id: role.id,
      type: role.type,
      label: role.label,
      assignmentType: 'GROUP',
      status: 'ACTIVE',
      created: state.timestamp(),
      lastUpdated: state.timestamp(),
    })),
  })),

  listGroupTargetsForGroupRole: withGroup((state, group, req) => {
    const role = (state.groupRoles.get(group.id) ?? []).find((r) => r.id === req.params.roleAssignmentId);
    if (!role) return notFound(`${req.params.roleAssignmentId} (RoleAssignment)`);
    const targets = state.groups.filter((g) => role.targetGroupIds?.includes(g.id));
    return page(targets, req, 20, groupJson);
  }),

  listGroupRules: (state, req) =>
    page(state.rules, req, 50, (r) => ({
      id: r.id,
      name: r.name,
      type: 'group_rule',
      status: r.status ?? 'ACTIVE',
      conditions: { expression: { type: 'urn:okta:expression:1.0', value: r.expression } },
      actions: { assignUserToGroups: { groupIds: r.groupIds } },
    })),

  // An app without provisioning has no mappings to list (what Okta answers then is not in its contract).
  listGroupPushMappings: withApp((_, app, req) =>
    page(app.pushMappings ?? [], req, 100, (m) => ({
      id: m.id,
      sourceGroupId: m.sourceGroupId,
      targetGroupId: m.targetGroupId,
      status: m.status,
      created: m.created,
      lastUpdated: m.created,
    })),
  ),

  listApplicationGroupAssignments: withApp((_, app, req) =>
    page(
      app.groupIds.map((id) => ({ id })),
      req,
      20,
      (g) => ({ id: g.id, priority: 0, profile: {} }),
    ),
  ),

  listApplicationUsers: withApp((state, app, req) => {
    // Everyone assigned: directly (scope USER, which wins) or through one of the app's groups.
    const direct = new Set(app.userIds);
    const viaGroups = new Set(
      app.groupIds.flatMap((g) => {
        const group = state.groups.find((x) => x.id === g);
        return group ? membersOf(state, group).map((u) => u.id) : [];
      }),
    );
    const assigned = state.users.filter((u) => direct.has(u.id) || viaGroups.has(u.id));
    return page(assigned, req, 50, (u) => ({
      id: u.id,
      scope: direct.has(u.id) ? 'USER' : 'GROUP',
      status: 'PROVISIONED',
      syncState: 'DISABLED',
      credentials: { userName: u.profile.login },
      profile: {},
    }));
  }),

  listUsersWithRoleAssignments: (state, req) => {
    const holders = state.users.filter((u) => (u.roles ?? []).length > 0 || state.rolesOf(u).length > 0);
    const listed = page(holders, req, 100, (u) => ({
      id: u.id,
      orn: `orn:okta:directory:fake:users:${u.id}`,
    }));
    const next = listed.headers?.Link?.match(/<([^>]+)>/)?.[1];
    return { status: 200, body: { value: listed.body, _links: next ? { next: { href: next } } : {} } };
  },

  listPolicies: (state, req) => ({
    status: 200,
    body: state.policies.filter((p) => p.type === req.query.type).map(policyJson),
  }),

  listPolicyRules: (state, req) => {
    const policy = state.policies.find((p) => p.id === req.params.policyId);
    if (!policy) return notFound(`${req.params.policyId} (Policy)`);
    return {
      status: 200,
      body: policy.rules.map((r) => ({
        id: r.id,
        name: r.name,
        priority: r.priority,
        status: r.status,
        system: r.system,
        type: r.type,
        ...(r.conditions ? { conditions: r.conditions } : {}),
        ...(r.actions ? { actions: r.actions } : {}),
      })),
    };
  },

  listNetworkZones: (state, req) => page(state.zones, req, 20, (z) => zoneJson(z, req.orgUrl)),

  listBehaviorDetectionRules: (state, req) => ({
    status: 200,
    body: state.behaviors.map((b) => ({
      id: b.id,
      name: b.name,
      type: b.type,
      status: b.status,
      created: state.timestamp(),
      lastUpdated: state.timestamp(),
      settings: b.settings,
      _link: { self: { href: `${req.orgUrl}/api/v1/behaviors/${b.id}` } },
    })),
  }),

  getCurrentConfiguration: (state) => ({
    status: 200,
    body: {
      action: state.threatInsight.action,
      excludeZones: state.threatInsight.excludeZones,
      created: state.timestamp(),
      lastUpdated: state.timestamp(),
    },
  }),

  listLogStreams: (state, req) =>
    page(state.logStreams, req, 20, (s) => ({
      id: s.id,
      name: s.name,
      type: s.type,
      status: s.status,
      created: state.timestamp(),
      lastUpdated: state.timestamp(),
      settings: s.settings,
      _links: {
        self: { href: `${req.orgUrl}/api/v1/logStreams/${s.id}`, method: 'GET' },
        deactivate: { href: `${req.orgUrl}/api/v1/logStreams/${s.id}/lifecycle/deactivate`, method: 'POST' },
      },
    })),
};
