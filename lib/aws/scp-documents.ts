// The guardrail service control policies, as plain policy documents: they protect the
// logging and detection the security program depends on, keep accounts in the organization
// and off the root user, reserve security-owned resources to Security's deployments, and cap
// IT's Identity Center permission sets (lib/aws/it-access-ceiling.ts).
// SCPs do not apply to the management account; there, the deploy roles' policies do this job.

import type { OrgModel } from '../model/org-model';
import { DEPLOY_QUALIFIERS, OWNER_TAG } from './deploy-qualifiers';
import { limitEverydayAccess } from './it-access-ceiling';
import {
  accessLogsBucketName,
  configRecorderRoleName,
  deployRoleName,
  logArchiveBucketName,
  orgSlug,
} from './org-naming';
import type { PolicyDocument } from './policy-document';
import { denyOtherRegions } from './region-deny';
import { securityFunctionAndLogStatements } from './security-functions-and-logs';

export type { PolicyDocument } from './policy-document';

export interface ScpContext {
  readonly model: OrgModel;
  readonly managementAccountId: string;
  readonly logArchiveAccountId: string;
}

/** Principals that may change what the guardrails protect: Security's deployments only. */
export function securityPrincipals(model: OrgModel): string[] {
  return [
    `arn:aws:iam::*:role/${deployRoleName(model, 'security')}`,
    `arn:aws:iam::*:role/cdk-${DEPLOY_QUALIFIERS.security}-*`,
    // Service-managed StackSets (the member baseline) deploy through this role in each account.
    'arn:aws:iam::*:role/stacksets-exec-*',
  ];
}

/** The roles of Security's deployments and baseline in every account. */
export function securityRoles(model: OrgModel): string[] {
  return [
    `arn:aws:iam::*:role/${configRecorderRoleName(model)}`,
    `arn:aws:iam::*:role/${orgSlug(model)}-security-*`,
    `arn:aws:iam::*:role/cdk-${DEPLOY_QUALIFIERS.security}-*`,
    'arn:aws:iam::*:role/stacksets-exec-*',
  ];
}

const exceptSecurity = (model: OrgModel) => ({
  ArnNotLike: { 'aws:PrincipalArn': securityPrincipals(model) },
});

export function protectSecurityServices({ model, managementAccountId }: ScpContext): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ProtectOrganizationTrail',
        Effect: 'Deny',
        Action: [
          'cloudtrail:CreateTrail',
          'cloudtrail:DeleteTrail',
          'cloudtrail:PutEventSelectors',
          'cloudtrail:StopLogging',
          'cloudtrail:UpdateTrail',
        ],
        Resource: `arn:aws:cloudtrail:*:${managementAccountId}:trail/${model.logging.trail.name}`,
      },
      {
        // Every change AWS's examples deny (aws-samples/service-control-policy-examples,
        // Deny-changes-to-security-services), grouped by verb to stay within the size limit.
        Sid: 'ProtectThreatDetection',
        Effect: 'Deny',
        Action: [...THREAT_DETECTION_CHANGES].sort(),
        Resource: '*',
        Condition: exceptSecurity(model),
      },
    ],
  };
}

/**
 * The changes to GuardDuty, Security Hub, AWS Config and IAM Access Analyzer only Security's
 * deployments make. Findings are triaged as code too (filters, archive and automation rules).
 */
export const THREAT_DETECTION_CHANGES = [
  'access-analyzer:ApplyArchiveRule',
  'access-analyzer:CreateArchiveRule',
  'access-analyzer:Delete*',
  'access-analyzer:Update*',
  'config:Delete*',
  'config:DeliverConfigSnapshot',
  'config:PutConfig*',
  'config:PutDeliveryChannel',
  'config:PutOrganizationConfigRule',
  'config:PutRemediation*',
  'config:PutRetentionConfiguration',
  'config:Stop*',
  'guardduty:Accept*',
  'guardduty:Archive*',
  'guardduty:Create*',
  'guardduty:Decline*',
  'guardduty:Delete*',
  'guardduty:Disassociate*',
  'guardduty:Invite*',
  'guardduty:Start*',
  'guardduty:Stop*',
  'guardduty:Tag*',
  'guardduty:Unarchive*',
  'guardduty:Untag*',
  'guardduty:Update*',
  'securityhub:BatchDeleteAutomationRules',
  'securityhub:BatchDisableStandards',
  'securityhub:Delete*',
  'securityhub:Disable*',
  'securityhub:Disassociate*',
  'securityhub:Tag*',
  'securityhub:Untag*',
  'securityhub:Update*',
];

export function protectOrganization(_: ScpContext): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'StayInOrganization', Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' },
      {
        Sid: 'NoRootUser',
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } },
      },
    ],
  };
}

export function protectSecurityResources({ model, logArchiveAccountId }: ScpContext): PolicyDocument {
  const slug = orgSlug(model);
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'SecurityStacks',
        Effect: 'Deny',
        Action: [
          'cloudformation:CreateChangeSet',
          'cloudformation:CreateStack',
          'cloudformation:DeleteChangeSet',
          'cloudformation:DeleteStack',
          'cloudformation:ExecuteChangeSet',
          'cloudformation:SetStackPolicy',
          'cloudformation:UpdateStack',
          'cloudformation:UpdateTerminationProtection',
        ],
        Resource: [
          `arn:aws:cloudformation:*:*:stack/${slug}-security-*/*`,
          `arn:aws:cloudformation:*:*:stack/StackSet-${slug}-*/*`,
        ],
        Condition: exceptSecurity(model),
      },
      {
        // AWS's Deny-modifications-to-specific-IAM-roles. Creating a role of these names is
        // denied too: the exemption above trusts them by name in every account.
        Sid: 'SecurityRoles',
        Effect: 'Deny',
        Action: [
          'iam:AttachRolePolicy',
          'iam:CreateRole',
          'iam:DeleteRole',
          'iam:DeleteRolePermissionsBoundary',
          'iam:DeleteRolePolicy',
          'iam:DetachRolePolicy',
          'iam:PutRolePermissionsBoundary',
          'iam:PutRolePolicy',
          'iam:TagRole',
          'iam:UntagRole',
          'iam:UpdateAssumeRolePolicy',
          'iam:UpdateRole',
          'iam:UpdateRoleDescription',
          'sts:AssumeRole',
        ],
        Resource: securityRoles(model),
        Condition: exceptSecurity(model),
      },
      {
        Sid: 'LogArchive',
        Effect: 'Deny',
        Action: [
          's3:DeleteBucket',
          's3:DeleteBucketPolicy',
          's3:PutBucketObjectLockConfiguration',
          's3:PutBucketPolicy',
          's3:PutLifecycleConfiguration',
        ],
        Resource: [
          `arn:aws:s3:::${logArchiveBucketName(model, logArchiveAccountId)}`,
          `arn:aws:s3:::${accessLogsBucketName(model, logArchiveAccountId)}`,
        ],
        Condition: exceptSecurity(model),
      },
      {
        Sid: 'SecurityTaggedResources',
        Effect: 'Deny',
        Action: [
          'events:DeleteRule',
          'events:DisableRule',
          'events:RemoveTargets',
          'kms:DisableKey',
          'kms:PutKeyPolicy',
          'kms:ScheduleKeyDeletion',
          'sns:DeleteTopic',
          'sns:SetTopicAttributes',
          'sns:Unsubscribe',
        ],
        Resource: '*',
        Condition: {
          ...exceptSecurity(model),
          StringEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: 'security' },
        },
      },
      // Security's own function roles (named after its stacks, which nobody else may create:
      // SecurityRoles) run and log there too.
      ...securityFunctionAndLogStatements(model, {
        ArnNotLike: {
          'aws:PrincipalArn': [...securityPrincipals(model), `arn:aws:iam::*:role/${slug}-security-*`],
        },
      }),
      {
        // Re-tagging a security resource would lift the protection above.
        Sid: 'OwnerTag',
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: {
          ...exceptSecurity(model),
          StringEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: 'security' },
          'ForAnyValue:StringEquals': { 'aws:TagKeys': [OWNER_TAG] },
        },
      },
    ],
  };
}

export const GUARDRAIL_SCPS = [
  {
    id: 'protect-security-services',
    description:
      'Keeps the organization trail, GuardDuty, Security Hub, AWS Config and Access Analyzer on, accounts in the organization and off the root user, and requests in the allowed regions',
    // One policy for all three: an OU holds at most five SCPs, FullAWSAccess and the session
    // deny list (lib/aws/session-revocation.ts) among them.
    document: (context: ScpContext): PolicyDocument => ({
      Version: '2012-10-17',
      Statement: [
        ...protectSecurityServices(context).Statement,
        ...protectOrganization(context).Statement,
        denyOtherRegions(context.model, exceptSecurity(context.model)),
      ],
    }),
  },
  {
    id: 'protect-security-resources',
    description:
      "Reserves security-owned stacks, roles, logs, keys, functions and alerts to Security's deployments",
    document: protectSecurityResources,
  },
  {
    id: 'limit-everyday-access',
    description:
      "Caps IT's permission sets: no IAM changes, Organizations, Identity Center, security services or deploy roles",
    document: limitEverydayAccess,
  },
] as const;
