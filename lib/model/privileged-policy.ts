// Whether IAM permissions are privileged, judged from data (lib/model/privilege-escalation.ts):
// an admin-like AWS managed policy (or one the guardrails list), or an Allow statement whose
// actions, wildcards expanded against the IAM action dataset, fall in an escalation class,
// pass a role to compute, or assume any role. Used by the model (permission sets) and by the
// review (policies in CloudFormation templates).
import { expandIamAction, type IamAction } from './iam-action-dataset';
import {
  ADMIN_LIKE_MANAGED_POLICIES,
  ASSUME_ROLE_ACTIONS,
  COMPUTE_WITH_ROLE,
  ESCALATION_CLASSES,
  type EscalationClass,
} from './privilege-escalation';

export interface PolicyStatementLike {
  readonly Effect?: unknown;
  readonly Action?: unknown;
  readonly NotAction?: unknown;
  readonly Resource?: unknown;
  readonly NotResource?: unknown;
}

const asList = (v: unknown): string[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');

const CLASS_SERVICES = [...new Set(ESCALATION_CLASSES.map((c) => c.service))];
const COMPUTE = new Set(COMPUTE_WITH_ROLE.map((a) => a.toLowerCase()));
const ASSUME = new Set(ASSUME_ROLE_ACTIONS.map((a) => a.toLowerCase()));

const inClass = (c: EscalationClass, action: IamAction) =>
  c.service === action.service &&
  ((c.actions ?? []).some((a) => a.toLowerCase() === action.name.toLowerCase()) ||
    (c.accessLevels ?? []).some((l) => action.accessLevel.includes(l)) ||
    (c.names?.test(action.name) ?? false));

/** The escalation class an action (no wildcards) belongs to, if any. */
export function escalationClassOf(action: IamAction): string | undefined {
  return ESCALATION_CLASSES.find((c) => inClass(c, action))?.description;
}

/** The first escalation class (in the data's order) any of these actions falls in, and the action. */
const firstClass = new Map<string, { why: string; action: string } | undefined>();
function escalationOf(pattern: string): { why: string; action: string } | undefined {
  const key = pattern.toLowerCase();
  if (firstClass.has(key)) return firstClass.get(key);
  const actions = expandIamAction(pattern, CLASS_SERVICES);
  let found: { why: string; action: string } | undefined;
  for (const c of ESCALATION_CLASSES) {
    const hit = actions.find((a) => inClass(c, a));
    if (hit) {
      found = { why: c.description, action: hit.action };
      break;
    }
  }
  firstClass.set(key, found);
  return found;
}

const managedPatterns = ADMIN_LIKE_MANAGED_POLICIES.map(
  (name) => new RegExp(`^${name.replace(/[.+^${}()|[\]\\-]/g, '\\$&').replace(/\*/g, '[^/]*')}$`),
);

/** An AWS managed policy ARN (`arn:aws:iam::aws:policy/job-function/SystemAdministrator`) that is admin-like. */
export function isAdminLikeManagedPolicy(arn: string, alsoPrivileged: readonly string[] = []): boolean {
  if (alsoPrivileged.includes(arn)) return true;
  if (!/^arn:[^:]+:iam::aws:policy\//.test(arn)) return false;
  const name = arn.slice(arn.lastIndexOf('/') + 1);
  return managedPatterns.some((re) => re.test(name));
}

/**
 * What an assume-role statement reaches when that is not one role the reviewer can name: any
 * wildcard (`*`, `role/ops-*`, `iam::444444444444:*`) or a NotResource. In an account, every role
 * that trusts the account (CDK's bootstrap roles, a workload's admin role) is open to whoever may
 * assume it, so a pattern is as good as `*` to its holder.
 */
function unnamedRoles(s: PolicyStatementLike): string | undefined {
  if (s.NotResource !== undefined) return `everything but ${asList(s.NotResource).join(', ')}`;
  const resources = asList(s.Resource);
  return resources.length === 0 || resources.some((r) => /[*?]/.test(r))
    ? resources.join(', ') || '*'
    : undefined;
}

/** Why a set of Allow statements is privileged, or undefined when it is not. */
export function privilegeOfStatements(statements: readonly PolicyStatementLike[]): string | undefined {
  let passRole: string | undefined;
  let compute: string | undefined;
  for (const s of statements) {
    if (s.Effect !== 'Allow') continue;
    if (s.NotAction !== undefined) return 'allows everything except a list of actions (NotAction)';
    for (const pattern of asList(s.Action)) {
      if (/^\*+$/.test(pattern)) return 'allows every action ("*")';
      const escalation = escalationOf(pattern);
      if (escalation)
        return `${escalation.why} (${escalation.action}${pattern === escalation.action ? '' : ` from ${pattern}`})`;
      const [service = ''] = pattern.split(':');
      if (/[*?]/.test(service) || ['iam', 'sts'].includes(service.toLowerCase())) {
        for (const a of expandIamAction(pattern, ['iam', 'sts'])) {
          if (a.action.toLowerCase() === 'iam:passrole') passRole ??= pattern;
          const reach = ASSUME.has(a.action.toLowerCase()) ? unnamedRoles(s) : undefined;
          if (reach) return `assumes any role (${a.action} on ${reach})`;
        }
      }
      if (!compute) {
        const match = COMPUTE_WITH_ROLE.find((c) => COMPUTE.has(c.toLowerCase()) && expandOne(pattern, c));
        if (match) compute = match;
      }
    }
  }
  if (passRole && compute) return `passes a role to new compute (iam:PassRole with ${compute})`;
  return undefined;
}

const expandOne = (pattern: string, action: string) => {
  const [service] = action.split(':');
  return expandIamAction(pattern, [service]).some((a) => a.action.toLowerCase() === action.toLowerCase());
};

/**
 * Why a permission set is privileged: an admin-like managed policy (or one
 * `guardrails.privilegedAccess.policies` lists), or a privileged inline policy.
 */
export function privilegeOfPolicy(
  set: {
    readonly managedPolicies: readonly string[];
    readonly inlinePolicy?: { readonly Statement: readonly PolicyStatementLike[] };
  },
  privilegedPolicies: readonly string[],
): string | undefined {
  const managed = set.managedPolicies.find((arn) => isAdminLikeManagedPolicy(arn, privilegedPolicies));
  if (managed) return `admin-like managed policy ${managed.slice(managed.lastIndexOf('/') + 1)}`;
  return privilegeOfStatements(set.inlinePolicy?.Statement ?? []);
}

export function isPrivilegedPolicy(
  set: Parameters<typeof privilegeOfPolicy>[0],
  privilegedPolicies: readonly string[],
): boolean {
  return privilegeOfPolicy(set, privilegedPolicies) !== undefined;
}
