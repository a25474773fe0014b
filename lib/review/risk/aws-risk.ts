// Routing from what AWS resources do: every change in a Security stack, every change to a
// resource type Security guards (IAM, SCPs, logging, detection, keys, alarms, ...), `cdk
// diff`'s IAM and security-group tables and permission broadening need Security; Identity
// Center permission sets and assignments need it when they carry privilege (a privileged
// policy, or access into the management, log-archive or audit account); so does new code for
// a function holding IT's Okta credential (it reaches privileged people too) or ending leavers'
// AWS access. The rest of an IT stack's changes are IT's.
import { stackName } from '../../aws/org-naming';
import { ENV } from '../../lifecycle/handlers/lambda-env';
import type { OrgModel } from '../../model/org-model';
import {
  isAdminLikeManagedPolicy,
  privilegeOfPolicy,
  privilegeOfStatements,
} from '../../model/privileged-policy';
import { sensitiveAccounts } from '../../model/sensitive-accounts';
import type { AwsStackDiff, ResourceChangeSummary, Template } from '../aws-diff';
import { shortLogicalId } from '../readable-cfn';
import { type RoutingReason, someOf } from './routing-reason';
import { ROLE_PROPERTIES, securityAwsType } from './security-resource-types';
import { flatten, statementsOf, stringsOf, trustedAccounts } from './template-values';

export interface AwsRiskInput {
  readonly diffs: readonly AwsStackDiff[];
  readonly base: Record<string, Template>;
  readonly head: Record<string, Template>;
  readonly baseModel: OrgModel;
  readonly headModel: OrgModel;
}

const VERB: Record<ResourceChangeSummary['impact'], string> = {
  create: 'created',
  update: 'updated',
  replace: 'replaced',
  'may-replace': 'updated (may be replaced)',
  destroy: 'deleted',
  orphan: 'removed (retained)',
  import: 'imported',
};

/** The side that owns a CloudFormation stack, from its name (`acme-security-org-trail`). */
export function awsStackSide(model: OrgModel, stack: string): 'it' | 'security' {
  const security = stackName(model, 'security');
  return stack === security || stack.startsWith(`${security}-`) ? 'security' : 'it';
}

interface Context {
  readonly sensitiveIds: ReadonlyMap<string, string>;
  readonly accountNames: ReadonlyMap<string, string>;
  readonly orgAccountIds: ReadonlySet<string>;
  readonly privilegedPolicies: readonly string[];
}

function context(base: OrgModel, head: OrgModel): Context {
  const accounts = [...base.aws.accounts, ...head.aws.accounts];
  const sensitive = new Map<string, string>();
  for (const m of [base, head])
    for (const [id, role] of sensitiveAccounts(m)) {
      const a = m.aws.accounts.find((x) => x.id === id)!;
      sensitive.set(a.accountId, `${a.id} (${role})`);
    }
  return {
    sensitiveIds: sensitive,
    accountNames: new Map(accounts.map((a) => [a.accountId, a.id])),
    orgAccountIds: new Set(accounts.map((a) => a.accountId)),
    privilegedPolicies: [
      ...base.guardrails.privilegedAccess.policies,
      ...head.guardrails.privilegedAccess.policies,
    ],
  };
}

type Resource = { Type?: string; Properties?: Record<string, unknown> };
const resourceOf = (t: Template | undefined, id: string): Resource | undefined => t?.Resources?.[id];

/** Why a permission set resource carries privilege, if it does. */
function permissionSetPrivilege(
  ctx: Context,
  template: Template | undefined,
  logicalId: string,
): string | undefined {
  const props = resourceOf(template, logicalId)?.Properties;
  if (!props) return undefined;
  const managedPolicies = stringsOf(props.ManagedPolicies);
  const policy = privilegeOfPolicy(
    { managedPolicies, inlinePolicy: { Statement: statementsOf(props.InlinePolicy) } },
    ctx.privilegedPolicies,
  );
  if (policy) return policy;
  if (props.CustomerManagedPolicyReferences !== undefined)
    return 'customer-managed policies, whose content the plan cannot see';
  if (props.PermissionsBoundary !== undefined) return 'permissions boundary';
  for (const [, r] of Object.entries<Resource>(template?.Resources ?? {})) {
    if (r.Type !== 'AWS::SSO::Assignment') continue;
    const arn = r.Properties?.PermissionSetArn as { 'Fn::GetAtt'?: string[] } | undefined;
    const target = flatten(r.Properties?.TargetId);
    if (arn?.['Fn::GetAtt']?.[0] === logicalId && ctx.sensitiveIds.has(target))
      return `assigned in ${ctx.sensitiveIds.get(target)}`;
  }
  return undefined;
}

function assignmentPrivilege(ctx: Context, template: Template | undefined, logicalId: string) {
  const props = resourceOf(template, logicalId)?.Properties;
  if (!props) return undefined;
  const target = flatten(props.TargetId);
  if (ctx.sensitiveIds.has(target)) return `into ${ctx.sensitiveIds.get(target)}`;
  const ref = (props.PermissionSetArn as { 'Fn::GetAtt'?: string[] } | undefined)?.['Fn::GetAtt']?.[0];
  if (!ref) return `permission set ${flatten(props.PermissionSetArn)} is not declared in this stack`;
  const set = permissionSetPrivilege(ctx, template, ref);
  return set ? `permission set ${flatten(resourceOf(template, ref)?.Properties?.Name)}: ${set}` : undefined;
}

/** What an IAM resource grants that is privileged, to say in its reason. */
function iamDetail(ctx: Context, template: Template | undefined, logicalId: string): string | undefined {
  const r = resourceOf(template, logicalId);
  const props = r?.Properties ?? {};
  const managed = stringsOf(props.ManagedPolicyArns).find((a) =>
    isAdminLikeManagedPolicy(a, ctx.privilegedPolicies),
  );
  const outside = trustedAccounts(props.AssumeRolePolicyDocument).filter((a) => !ctx.orgAccountIds.has(a));
  const documents = [
    props.PolicyDocument,
    ...((props.Policies as { PolicyDocument?: unknown }[] | undefined) ?? []).map((p) => p.PolicyDocument),
  ];
  const statements = privilegeOfStatements(documents.flatMap(statementsOf));
  const parts = [
    managed && `admin-like managed policy ${managed.slice(managed.lastIndexOf('/') + 1)}`,
    statements,
    outside.length > 0 && `trusted by outside account ${outside.join(', ')}`,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : undefined;
}

/**
 * Why new code for a function is Security's to approve, from what the function is given
 * (lib/aws/lifecycle-functions.ts sets these in its environment):
 * - the lifecycle's Okta credential (ENV.oktaSecretArn), whose resource set holds every user
 *   (Okta cannot leave people out of one): code running with it can unsuspend a privileged
 *   leaver Security still lists, or reset a privileged person's factors;
 * - Security's session revocation function (ENV.sessionRevocationFunction): the function ends
 *   leavers' AWS access (their Identity Center memberships, then their sessions through
 *   Security's deny list), a Security guardrail its code could skip.
 * Which code does either cannot be told from a diff, so a new build of the function is.
 */
const CODE_NEEDS_SECURITY: readonly (readonly [string, string])[] = [
  [
    ENV.oktaSecretArn,
    "new code for a function holding IT's Okta credential, which reaches every person's status and factors, privileged people's too",
  ],
  [
    ENV.sessionRevocationFunction,
    "new code for the function that ends leavers' AWS access and sessions (through Security's session revocation)",
  ],
];

function functionCodeReason(template: Template | undefined, logicalId: string): string | undefined {
  const variables = (resourceOf(template, logicalId)?.Properties?.Environment as { Variables?: object })
    ?.Variables;
  return variables && CODE_NEEDS_SECURITY.find(([name]) => name in variables)?.[1];
}

function resourceReason(
  ctx: Context,
  r: ResourceChangeSummary,
  base: Template | undefined,
  head: Template | undefined,
  side: 'it' | 'security',
): string | undefined {
  const either = (f: (t: Template | undefined) => string | undefined) => f(head) ?? f(base);
  if (r.type === 'AWS::SSO::PermissionSet') {
    const why = either((t) => permissionSetPrivilege(ctx, t, r.logicalId));
    if (why) return `privileged permission set: ${why}`;
  } else if (r.type === 'AWS::SSO::Assignment') {
    const why = either((t) => assignmentPrivilege(ctx, t, r.logicalId));
    if (why) return `privileged assignment: ${why}`;
  } else {
    const table = securityAwsType(r.type);
    if (table) {
      const detail = r.type.startsWith('AWS::IAM::')
        ? either((t) => iamDetail(ctx, t, r.logicalId))
        : undefined;
      return detail ? `${table}: ${detail}` : table;
    }
    const role = r.properties.find((p) => ROLE_PROPERTIES.includes(p));
    if (role) return `runs as a different role (${role})`;
    if (r.type === 'AWS::Lambda::Function' && r.impact !== 'destroy' && r.properties.includes('Code')) {
      const why = either((t) => functionCodeReason(t, r.logicalId));
      if (why) return why;
    }
  }
  return side === 'security' ? 'Security stack' : undefined;
}

export function awsRiskReasons(input: AwsRiskInput): RoutingReason[] {
  const ctx = context(input.baseModel, input.headModel);
  const out: RoutingReason[] = [];
  for (const diff of input.diffs) {
    const side = awsStackSide(input.headModel, diff.stack);
    const base = input.base[diff.stack];
    const head = input.head[diff.stack];
    const groups = new Map<string, { ids: string[]; type: string; verb: string; why: string }>();
    const routine: string[] = [];
    for (const r of diff.resources) {
      const why = resourceReason(ctx, r, base, head, side);
      if (!why) {
        routine.push(shortLogicalId(r.logicalId));
        continue;
      }
      const key = `${r.type}\u0000${r.impact}\u0000${why}`;
      const g = groups.get(key) ?? { ids: [], type: r.type, verb: VERB[r.impact], why };
      g.ids.push(shortLogicalId(r.logicalId));
      groups.set(key, g);
    }
    for (const g of groups.values())
      out.push({
        side: 'security',
        reason: `AWS: ${g.type} ${someOf(g.ids)} ${g.verb} in ${diff.stack} (${g.why})`,
      });
    if (diff.permissionsBroadened)
      out.push({ side: 'security', reason: `AWS: permissions broadened in ${diff.stack} (cdk diff)` });
    const t = diff.tables;
    for (const [rows, what] of [
      [t.iamStatements, 'IAM statement'],
      [t.managedPolicies, 'managed policy attachment'],
      [t.securityGroups, 'security group rule'],
    ] as const)
      if (rows.length > 1)
        out.push({
          side: 'security',
          reason: `AWS: ${rows.length - 1} ${what} ${rows.length === 2 ? 'change' : 'changes'} in ${diff.stack} (cdk diff)`,
        });
    if (routine.length)
      out.push({
        side: 'it',
        reason: `AWS: ${routine.length} ${routine.length === 1 ? 'resource' : 'resources'} changed in ${diff.stack} (${someOf(routine)})`,
      });
  }
  return out;
}
