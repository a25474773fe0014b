// The ceiling of IT's Identity Center permission sets: whatever policies IT attaches to a set,
// its users cannot touch IAM principals, the organization, Identity Center or the security
// services, nor assume the deployment roles. Enforced twice, from the same statements:
// - a permissions boundary on every IT permission set, a customer managed policy Security's
//   member baseline creates in every member account (`itAccessCeilingDocument`);
// - an SCP on every Identity Center role that is not one of Security's privileged sets
//   (`limitEverydayAccess`), so a set IT deploys without the boundary is capped all the same.
// Security's functions and log groups (lib/aws/security-functions-and-logs.ts) are in the
// boundary and, for every principal, in the protect-security-resources SCP.
// SCPs do not apply to the management account, so IT's deploy role may not assign anything
// there, nor in the log archive or audit account (lib/aws/it-execution-policy.ts).
import type { OrgModel } from '../model/org-model';
import { ownerSlice } from '../model/partition';
import { orgSlug } from './org-naming';
import type { PolicyDocument } from './policy-document';
import { securityFunctionAndLogStatements } from './security-functions-and-logs';

export function itAccessCeilingName(model: Pick<OrgModel, 'name'>): string {
  return `${orgSlug(model)}-security-it-access-ceiling`;
}

/** What IT's permission sets may never do, whatever they are given. */
export function itAccessCeilingStatements(model: OrgModel): Record<string, unknown>[] {
  return [
    {
      Sid: 'NoIamChanges',
      Effect: 'Deny',
      Action: [
        'iam:Accept*',
        'iam:Add*',
        'iam:Associate*',
        'iam:Attach*',
        'iam:Change*',
        'iam:Create*',
        'iam:Deactivate*',
        'iam:Delete*',
        'iam:Detach*',
        'iam:Disable*',
        'iam:Enable*',
        'iam:PassRole',
        'iam:Put*',
        'iam:Reject*',
        'iam:Remove*',
        'iam:Reset*',
        'iam:Resync*',
        'iam:Send*',
        'iam:Set*',
        'iam:Tag*',
        'iam:Untag*',
        'iam:Update*',
        'iam:Upload*',
      ],
      Resource: '*',
    },
    {
      Sid: 'NoOrganizationOrIdentityCenter',
      Effect: 'Deny',
      Action: ['account:*', 'identitystore:*', 'organizations:*', 'sso-directory:*', 'sso:*'],
      Resource: '*',
    },
    {
      Sid: 'NoSecurityServiceChanges',
      Effect: 'Deny',
      Action: [
        'access-analyzer:Apply*',
        'access-analyzer:Delete*',
        'access-analyzer:Update*',
        'cloudtrail:Create*',
        'cloudtrail:Delete*',
        'cloudtrail:Put*',
        'cloudtrail:Remove*',
        'cloudtrail:Stop*',
        'cloudtrail:Update*',
        'config:Delete*',
        'config:Put*',
        'config:Stop*',
        'guardduty:Archive*',
        'guardduty:Create*',
        'guardduty:Decline*',
        'guardduty:Delete*',
        'guardduty:Disable*',
        'guardduty:Disassociate*',
        'guardduty:Stop*',
        'guardduty:Update*',
        'securityhub:Batch*',
        'securityhub:Create*',
        'securityhub:Decline*',
        'securityhub:Delete*',
        'securityhub:Disable*',
        'securityhub:Disassociate*',
        'securityhub:Update*',
        // The account's S3 Block Public Access: Security's baseline, not a workload setting.
        's3:PutAccountPublicAccessBlock',
      ],
      Resource: '*',
    },
    {
      // Roles an everyday user could otherwise step into: CDK's bootstrap roles (the
      // execution role holds AdministratorAccess), StackSets' and Organizations' access roles.
      Sid: 'NoDeploymentRoles',
      Effect: 'Deny',
      Action: ['sts:AssumeRole', 'sts:TagSession'],
      Resource: [
        'arn:aws:iam::*:role/OrganizationAccountAccessRole',
        `arn:aws:iam::*:role/${orgSlug(model)}-security-*`,
        'arn:aws:iam::*:role/cdk-*',
        'arn:aws:iam::*:role/stacksets-exec-*',
      ].sort(),
    },
  ];
}

/** The permissions boundary of IT's permission sets (created in each member account). */
export function itAccessCeilingDocument(model: OrgModel): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'UpToTheCeiling', Effect: 'Allow', Action: '*', Resource: '*' },
      ...itAccessCeilingStatements(model),
      // In the SCP form these are protect-security-resources' (for every principal, the ceiling's
      // own SCP has no room left for them).
      ...securityFunctionAndLogStatements(model),
    ],
  };
}

/** Where Identity Center puts its roles: `aws-reserved/sso.amazonaws.com/[<region>/]`. */
const SSO_ROLES = 'arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com/';

/**
 * The roles of Security's privileged permission sets, which the ceiling leaves alone:
 * `AWSReservedSSO_<Identity Center name>_<16 hex>` under Identity Center's path (with or
 * without a region). Role names cannot hold a slash, so the one before `AWSReservedSSO_` ends
 * the path, and the exact suffix length keeps a set IT names `<privileged set>_<anything>` from
 * matching. One pattern per set: the SCP repeats them in its statements, under 5,120 characters.
 */
export function privilegedSetRolePatterns(model: OrgModel): string[] {
  const suffix = '?'.repeat(16);
  return ownerSlice(model, 'security')
    .permissionSets.map((ps) => ps.name ?? ps.id)
    .sort()
    .map((name) => `${SSO_ROLES}*/AWSReservedSSO_${name}_${suffix}`.replace('.com/*/', '.com*/'));
}

/**
 * The SCP form of the ceiling: every Identity Center role but Security's privileged sets. The
 * denials on every resource are one statement here, so the privileged roles' patterns are
 * written as few times as possible (an SCP holds 5,120 characters).
 */
export function limitEverydayAccess({ model }: { model: OrgModel }): PolicyDocument {
  const privileged = privilegedSetRolePatterns(model);
  const condition = {
    ArnLike: { 'aws:PrincipalArn': `${SSO_ROLES}*` },
    ...(privileged.length ? { ArnNotLike: { 'aws:PrincipalArn': privileged } } : {}),
  };
  const statements = itAccessCeilingStatements(model);
  const everywhere = statements.filter((s) => s.Resource === '*');
  const merged = {
    Sid: 'NoIamOrganizationOrSecurityChanges',
    Effect: 'Deny',
    Action: everywhere.flatMap((s) => s.Action as string[]),
    Resource: '*',
  };
  return {
    Version: '2012-10-17',
    Statement: [merged, ...statements.filter((s) => s.Resource !== '*')].map((s) => ({
      ...s,
      Condition: condition,
    })),
  };
}
