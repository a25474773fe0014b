// What the fake Okta org answers, operation by operation (operation ids from Okta's
// contract). Each handler reads or changes FakeOktaState the way Okta would, and answers
// only with statuses the contract documents for that operation.
import { appJson, groupJson, IMPORT_ROUTES, userJson } from './fake-okta-import-routes';
import { LIFECYCLE_ROUTES } from './fake-okta-lifecycle-routes';
import { page } from './fake-okta-paging';
import type { Route, RouteRequest, RouteResponse } from './fake-okta-route';
import type { FakeOktaState, FakeUser } from './fake-okta-state';

/**
 * Page sizes when the request gives no `limit`: the contract's default for grants (20); for
 * apps, whose contract default is -1, the 20 Okta's API reference documents.
 */
const PAGE = { apps: 20, grants: 20 } as const;

const error = (status: number, code: string, summary: string): RouteResponse => ({
  status,
  body: { errorCode: code, errorSummary: summary, errorLink: code, errorId: 'oaeFake', errorCauses: [] },
});
const notFound = (what: string) => error(404, 'E0000007', `Not found: Resource not found: ${what}`);

function withUser(
  param: string,
  handle: (state: FakeOktaState, user: FakeUser, req: RouteRequest) => RouteResponse,
): Route {
  return (state, req) => {
    const user = state.findUser(req.params[param]);
    return user ? handle(state, user, req) : notFound(`${req.params[param]} (User)`);
  };
}

export const ROUTES: Readonly<Record<string, Route>> = {
  ...LIFECYCLE_ROUTES,
  ...IMPORT_ROUTES,
  getUser: withUser('id', (_, user) => ({ status: 200, body: userJson(user) })),

  suspendUser: withUser('id', (state, user) => {
    if (user.status !== 'ACTIVE')
      return error(400, 'E0000001', 'Api validation failed: Cannot suspend a user that is not active');
    state.setStatus(user, 'SUSPENDED');
    return { status: 200 };
  }),

  activateUser: withUser('id', (state, user, req) => {
    if (user.status !== 'STAGED' && user.status !== 'DEPROVISIONED')
      return error(403, 'E0000038', 'This operation is not allowed in the current authentication state.');
    // Users without a password wait for the person to finish activation from the email.
    state.setStatus(user, 'PROVISIONED');
    return {
      status: 200,
      body:
        req.query.sendEmail === 'false'
          ? { activationToken: 'fakeToken', activationUrl: `${req.orgUrl}/welcome/fakeToken` }
          : {},
    };
  }),

  deactivateUser: withUser('id', (state, user) => {
    if (user.status === 'DEPROVISIONED') return error(403, 'E0000038', 'The user is already deactivated.');
    state.setStatus(user, 'DEPROVISIONED');
    user.sessions = 0;
    user.grants = [];
    user.tokens = {};
    for (const app of state.apps) app.userIds = app.userIds.filter((id) => id !== user.id);
    return { status: 200 };
  }),

  deleteUser: () => error(403, 'E0000006', 'You do not have permission to perform the requested action'),

  resetFactors: withUser('id', (_, user) => {
    user.factors = [];
    return { status: 200 };
  }),

  revokeUserSessions: withUser('userId', (_, user, req) => {
    user.sessions = 0;
    if (req.query.oauthTokens === 'true') user.tokens = {};
    return { status: 204 };
  }),

  listUserGrants: withUser('userId', (_, user, req) =>
    page(user.grants, req, PAGE.grants, (g) => ({
      id: g.id,
      clientId: g.clientId,
      userId: user.id,
      issuer: req.orgUrl,
      scopeId: g.scopeId,
      status: 'ACTIVE',
      source: 'END_USER',
    })),
  ),

  revokeUserGrants: withUser('userId', (_, user) => {
    user.grants = [];
    return { status: 204 };
  }),

  listUserClients: withUser('userId', (state, user) => ({
    status: 200,
    body: state.clientsOf(user).map((id) => ({ client_id: id, client_name: state.clients.get(id) ?? id })),
  })),

  revokeTokensForUserAndClient: withUser('userId', (state, user, req) => {
    if (!state.clients.has(req.params.clientId)) return notFound(`${req.params.clientId} (OAuth2Client)`);
    delete user.tokens[req.params.clientId];
    return { status: 204 };
  }),

  listFactors: withUser('userId', (_, user) => ({
    status: 200,
    body: user.factors.map((id) => ({
      id,
      factorType: 'token:software:totp',
      provider: 'OKTA',
      status: 'ACTIVE',
    })),
  })),

  listUserGroups: withUser('id', (state, user) => ({
    status: 200,
    body: state.groupsOf(user).map(groupJson),
  })),

  listGroups: (state, req) => {
    // The one search the runtime makes: a group by its exact name.
    const byName = /^profile\.name eq "(.*)"$/.exec(req.query.search ?? '');
    if (req.query.search !== undefined && !byName) return error(400, 'E0000031', 'Invalid search criteria.');
    return page(
      state.groups.filter((g) => !byName || g.name === byName[1]),
      req,
      200,
      groupJson,
    );
  },

  assignUserToGroup: (state, req) => {
    const group = state.groups.find((g) => g.id === req.params.groupId);
    if (!group) return notFound(`${req.params.groupId} (UserGroup)`);
    const user = state.findUser(req.params.userId);
    if (!user) return notFound(`${req.params.userId} (User)`);
    if (group.type !== 'OKTA_GROUP' || state.ruleManaged(group.id))
      return error(403, 'E0000006', 'You do not have permission to perform the requested action');
    if (!state.members.has(group.id)) state.members.set(group.id, new Set());
    state.members.get(group.id)!.add(user.id);
    return { status: 204 };
  },

  unassignUserFromGroup: (state, req) => {
    const group = state.groups.find((g) => g.id === req.params.groupId);
    if (!group) return notFound(`${req.params.groupId} (UserGroup)`);
    const user = state.findUser(req.params.userId);
    if (!user) return notFound(`${req.params.userId} (User)`);
    if (group.type === 'BUILT_IN' || state.ruleManaged(group.id))
      return error(403, 'E0000006', 'You do not have permission to perform the requested action');
    state.members.get(group.id)?.delete(user.id);
    return { status: 204 };
  },

  listApplications: (state, req) => {
    const filter = /^user\.id eq "([^"]+)"$/.exec(req.query.filter ?? '');
    const user = filter ? state.findUser(filter[1]) : undefined;
    const apps = filter ? (user ? state.appsOf(user).map((a) => a.app) : []) : state.apps;
    return page(apps, req, PAGE.apps, (app) => appJson(app, req.orgUrl));
  },

  getApplicationUser: (state, req) => {
    const app = state.apps.find((a) => a.id === req.params.appId);
    const user = state.findUser(req.params.userId);
    const assignment = user && state.appsOf(user).find((a) => a.app.id === app?.id);
    if (!app || !user || !assignment) return notFound(`${req.params.userId} (AppUser)`);
    return {
      status: 200,
      body: {
        id: user.id,
        scope: assignment.scope,
        status: 'PROVISIONED',
        syncState: 'DISABLED',
        credentials: { userName: user.profile.login },
        profile: {},
      },
    };
  },

  unassignUserFromApplication: (state, req) => {
    const app = state.apps.find((a) => a.id === req.params.appId);
    if (!app) return notFound(`${req.params.appId} (AppInstance)`);
    const user = state.findUser(req.params.userId);
    if (!user) return notFound(`${req.params.userId} (User)`);
    if (!app.userIds.includes(user.id)) {
      const viaGroup = state.appsOf(user).some((a) => a.app.id === app.id);
      return viaGroup
        ? error(403, 'E0000006', 'You do not have permission to perform the requested action')
        : notFound(`${user.id} (AppUser)`);
    }
    app.userIds = app.userIds.filter((id) => id !== user.id);
    return { status: 204 };
  },
};
