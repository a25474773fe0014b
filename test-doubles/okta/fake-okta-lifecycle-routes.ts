// More of what the fake Okta org answers, for the offboarding runtime: unlocking a locked-out
// user, listing and unassigning a user's admin roles. Kept apart from fake-okta-routes.ts (which registers them) so that file stays the
// core set; the same rules apply: Okta's behaviour, only statuses the contract documents.
import type { RouteRequest, RouteResponse } from './fake-okta-route';
import type { FakeOktaState, FakeUser } from './fake-okta-state';

type Route = (state: FakeOktaState, req: RouteRequest) => RouteResponse;

const error = (status: number, code: string, summary: string): RouteResponse => ({
  status,
  body: { errorCode: code, errorSummary: summary, errorLink: code, errorId: 'oaeFake', errorCauses: [] },
});

function withUser(
  param: string,
  handle: (state: FakeOktaState, user: FakeUser, req: RouteRequest) => RouteResponse,
): Route {
  return (state, req) => {
    const user = state.findUser(req.params[param]);
    return user
      ? handle(state, user, req)
      : error(404, 'E0000007', `Not found: Resource not found: ${req.params[param]} (User)`);
  };
}

export const LIFECYCLE_ROUTES: Readonly<Record<string, Route>> = {
  unlockUser: withUser('id', (state, user) => {
    if (user.status !== 'LOCKED_OUT')
      return error(403, 'E0000038', 'This operation is not allowed in the current authentication state.');
    state.setStatus(user, 'ACTIVE');
    return { status: 200 };
  }),

  listAssignedRolesForUser: withUser('userId', (state, user) => ({
    status: 200,
    body: state.rolesOf(user).map(({ role, assignmentType }) => ({
      id: role.id,
      type: role.type,
      label: role.label,
      assignmentType,
      status: 'ACTIVE',
      created: user.created,
      lastUpdated: user.created,
    })),
  })),

  unassignRoleFromUser: withUser('userId', (_, user, req) => {
    const roles = user.roles ?? [];
    if (!roles.some((r) => r.id === req.params.roleAssignmentId))
      return error(404, 'E0000007', `Not found: Resource not found: ${req.params.roleAssignmentId} (Role)`);
    user.roles = roles.filter((r) => r.id !== req.params.roleAssignmentId);
    return { status: 204 };
  }),
};
