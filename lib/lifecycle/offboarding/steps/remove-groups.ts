// 6. Remove from explicitly managed groups: hand-granted access (on-call rotas, privileged
// groups, groups made by hand in Okta) ends now. Rule-managed groups are Okta's to
// maintain and are left alone; which groups those are comes from Okta's own group rules,
// not from names, so nothing rule-managed is touched even if config and Okta disagree.
import { makeChange } from '../make-change';
import type { OffboardingStep } from '../offboarding-step';

export const removeGroupsStep: OffboardingStep = {
  name: 'remove-groups',
  summary: 'remove the user from every explicitly managed group (rule-managed groups stay with Okta)',
  plan: (directory, person) => [
    'GET /api/v1/users/{userId}/groups',
    'GET /api/v1/groups/rules (once per run: which groups rules manage)',
    ...directory.groups
      .filter((g) => g.explicit.includes(person.id))
      .map((g) => `DELETE /api/v1/groups/{groupId of "${g.name}"}/users/{userId}`),
  ],
  async run({ deps, kase, log }) {
    const groups = await deps.okta.listUserGroups(kase.userId);
    const ruleManaged = await deps.okta.ruleManagedGroupIds();
    const byName = [...groups].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const remove = byName.filter((g) => g.type === 'OKTA_GROUP' && !ruleManaged.has(g.id));
    const before = { groups: byName.map((g) => g.name) };
    const after = { groups: byName.filter((g) => !remove.includes(g)).map((g) => g.name) };
    if (remove.length === 0) return { outcome: 'unchanged', before, after };
    for (const group of remove)
      await makeChange(deps, log, {
        describe: `remove ${kase.login} from the group ${group.name}`,
        isDone: async () => !(await deps.okta.listUserGroups(kase.userId)).some((g) => g.id === group.id),
        send: () => deps.okta.removeFromGroup(group.id, kase.userId),
      });
    return {
      outcome: 'changed',
      before,
      after,
      note: `removed from ${remove.map((g) => g.name).join(', ')}`,
    };
  },
};
