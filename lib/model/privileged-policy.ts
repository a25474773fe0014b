// Whether an AWS permission set grants privileged access: a managed policy the guardrails
// list as privileged, or an inline statement that allows every action or all of IAM.
import type { InlinePolicy } from './schema/access';

const asList = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

export function isPrivilegedPolicy(
  set: { managedPolicies: readonly string[]; inlinePolicy?: InlinePolicy },
  privilegedPolicies: readonly string[],
): boolean {
  if (set.managedPolicies.some((arn) => privilegedPolicies.includes(arn))) return true;
  return (set.inlinePolicy?.Statement ?? []).some(
    (s) =>
      s.Effect === 'Allow' &&
      (s.NotAction !== undefined ||
        asList(s.Action as string | string[] | undefined).some(
          (a) => a === '*' || /^(iam|organizations|sso):\*$/i.test(a),
        )),
  );
}
