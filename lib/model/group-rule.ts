// Which people a group rule selects: AND across attributes, OR within one attribute.
import type { GroupRule } from './org-model';

interface RuleSubject {
  readonly department: string;
  readonly type: string;
  readonly title: string;
}

export function ruleMatches(rule: GroupRule, person: RuleSubject): boolean {
  return (
    (rule.departments === undefined || rule.departments.includes(person.department)) &&
    (rule.types === undefined || (rule.types as readonly string[]).includes(person.type)) &&
    (rule.titles === undefined || rule.titles.includes(person.title))
  );
}

/** The people a rule selects, using a department index so large orgs stay linear. */
export function ruleMembers<P extends RuleSubject & { id: string }>(
  rule: GroupRule,
  everyone: readonly P[],
  byDepartment: ReadonlyMap<string, readonly P[]>,
): P[] {
  const candidates = rule.departments ? rule.departments.flatMap((d) => byDepartment.get(d) ?? []) : everyone;
  return candidates.filter((p) => ruleMatches(rule, p));
}
