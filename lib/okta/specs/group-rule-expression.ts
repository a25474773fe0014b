// Okta Expression Language for a group rule: AND across attributes, OR within one, over
// the profile attributes users are given (department name, userType, title). Okta EL is a
// subset of Spring SpEL: a string literal is single-quoted and a quote inside it is
// doubled; a backslash has no special meaning and must be passed through as is.
import type { GroupRule } from '../../model/org-model';

/** A SpEL string literal for any text (quotes doubled; unicode and backslashes verbatim). */
export function elString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function anyOf(attribute: string, values: readonly string[]): string {
  const terms = values.map((v) => `${attribute} == ${elString(v)}`);
  return terms.length === 1 ? terms[0] : `(${terms.join(' || ')})`;
}

/**
 * The rule's expression. `departmentNames` maps department ids (what rules name) to the
 * display names users carry in `user.department`.
 */
export function groupRuleExpression(rule: GroupRule, departmentNames: ReadonlyMap<string, string>): string {
  const clauses: string[] = [];
  if (rule.departments)
    clauses.push(
      anyOf(
        'user.department',
        rule.departments.map((d) => departmentNames.get(d) ?? d),
      ),
    );
  if (rule.types) clauses.push(anyOf('user.userType', rule.types));
  if (rule.titles) clauses.push(anyOf('user.title', rule.titles));
  // A rule with no attribute selects everyone.
  return clauses.length === 0 ? 'true' : clauses.join(' && ');
}
