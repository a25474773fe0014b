// A group is either rule-based or explicitly managed, never both. The loader already
// rejects a config that declares both (error `rule-and-members`), so on a loaded config
// this rule never fires; it keeps the invariant checkable on any OrgModel (built by a
// generator, a migration or a future loader) and lists it with the other guardrails.
import type { Guardrail, RuleFinding } from '../guardrail';

export const groupRuleOrMembers: Guardrail = {
  id: 'group-rule-or-members',
  title: 'No group is both rule-based and explicitly managed',
  rationale:
    'A hand-listed member of a rule-based group keeps access after their attributes change, and nobody can tell which list is the truth.',
  defaultSeverity: 'error',
  check(model) {
    const findings: RuleFinding[] = [];
    for (const group of model.groups) {
      const ruleBased = group.kind === 'rule' || group.rule !== undefined;
      const listed = [...group.members, ...group.expired].filter((m) => m.via === 'explicit');
      if (!ruleBased || listed.length === 0) continue;
      findings.push({
        at: group.at,
        message: `group "${group.id}" is both rule-based and explicitly managed`,
        hint: 'keep either "rule" or "members", not both; split it into two groups if you need both',
        value: group.id,
      });
    }
    return findings;
  },
};
