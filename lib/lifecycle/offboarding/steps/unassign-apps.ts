// 7. Unassign apps assigned to the person directly. Apps that come through groups go with
// the group (explicit groups were left in the step before) or at deactivation.
import { makeChange } from '../make-change';
import type { OffboardingStep } from '../offboarding-step';

export const unassignAppsStep: OffboardingStep = {
  name: 'unassign-apps',
  summary:
    'unassign apps assigned to the user directly (group-assigned apps end with the group or at deactivation)',
  plan: (directory, person) => [
    'GET /api/v1/apps?filter=user.id eq "{userId}"',
    'GET /api/v1/apps/{appId}/users/{userId} (per app: assigned directly or through a group?)',
    ...directory.apps
      .filter((a) => a.people.includes(person.id))
      .map((a) => `DELETE /api/v1/apps/{appId of "${a.name}"}/users/{userId}`),
  ],
  async run({ deps, kase, log }) {
    const apps = [...(await deps.okta.listAppAssignments(kase.userId))].sort(
      (a, b) => a.label.localeCompare(b.label) || a.appId.localeCompare(b.appId),
    );
    const direct = apps.filter((a) => a.scope === 'USER');
    const before = { apps: apps.map((a) => `${a.label} (${a.scope.toLowerCase()})`) };
    const after = { apps: apps.filter((a) => a.scope !== 'USER').map((a) => `${a.label} (group)`) };
    if (direct.length === 0) return { outcome: 'unchanged', before, after };
    for (const app of direct)
      await makeChange(deps, log, {
        describe: `unassign ${app.label} from ${kase.login}`,
        isDone: async () => (await deps.okta.appAssignmentScope(app.appId, kase.userId)) !== 'USER',
        send: () => deps.okta.unassignApp(app.appId, kase.userId),
      });
    return { outcome: 'changed', before, after };
  },
};
