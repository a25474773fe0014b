// 7. Unassign apps assigned to the person directly. Apps that come through groups go with
// the group (explicit groups were left in the step before) or at deactivation.
// An app outside IT's Okta admin scope (Security's own) is left to Security, on record.
import type { OffboardingStep } from '../offboarding-step';
import { changeOrHandOff } from '../security-handoff';

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
    const listed = (kept: (a: (typeof apps)[number]) => boolean) =>
      apps.filter(kept).map((a) => `${a.label} (${a.scope.toLowerCase()})`);
    const before = { apps: listed(() => true) };
    if (direct.length === 0) return { outcome: 'unchanged', before, after: before };
    const forSecurity: string[] = [];
    const left = new Set<string>();
    for (const app of direct) {
      const describe = `unassign ${app.label} from ${kase.login}`;
      const done = await changeOrHandOff(deps, log, {
        describe,
        isDone: async () => (await deps.okta.appAssignmentScope(app.appId, kase.userId)) !== 'USER',
        send: () => deps.okta.unassignApp(app.appId, kase.userId),
      });
      if (done === 'handed-off') {
        forSecurity.push(describe);
        left.add(app.appId);
      }
    }
    return {
      outcome: left.size === direct.length ? 'unchanged' : 'changed',
      before,
      after: {
        apps: listed((a) => a.scope !== 'USER' || left.has(a.appId)),
        ...(forSecurity.length ? { forSecurity } : {}),
      },
      ...(forSecurity.length
        ? { note: `left to Security (outside IT's Okta admin scope): ${forSecurity.join('; ')}` }
        : {}),
    };
  },
};
