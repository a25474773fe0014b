// The escalation corpus: what a malicious IT change could ask CloudFormation to do with IT's
// execution role, and the decision AWS must reach (an explicit Deny where a statement of
// Security's forbids it, an implicit one where nothing allows it).

import {
  AUDIT,
  BOUNDARY,
  bounded,
  INSTANCE,
  IT_ROLE,
  LOG_ARCHIVE,
  MANAGEMENT,
  PERMISSION_SET,
  SECURITY_TAG,
} from './deploy-wall';
import type { Attempt, Decision } from './iam-simulation';

export type Case = [string, Attempt, Decision];

export const ESCALATIONS: Case[] = [
  ['CreateRole without a boundary', { action: 'iam:CreateRole', resource: IT_ROLE }, 'ImplicitlyDenied'],
  [
    'CreateRole with another boundary',
    {
      action: 'iam:CreateRole',
      resource: IT_ROLE,
      context: { 'iam:PermissionsBoundary': 'arn:aws:iam::aws:policy/AdministratorAccess' },
    },
    'ImplicitlyDenied',
  ],
  [
    "CreateRole with the boundary, outside IT's names",
    { action: 'iam:CreateRole', resource: `arn:aws:iam::${MANAGEMENT}:role/Admin`, context: bounded() },
    'ImplicitlyDenied',
  ],
  [
    'PutRolePolicy on a role without the boundary',
    { action: 'iam:PutRolePolicy', resource: IT_ROLE },
    'ImplicitlyDenied',
  ],
  [
    'AttachRolePolicy on a role without the boundary',
    {
      action: 'iam:AttachRolePolicy',
      resource: IT_ROLE,
      context: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
    },
    'ImplicitlyDenied',
  ],
  [
    'PutRolePermissionsBoundary to a weaker boundary',
    {
      action: 'iam:PutRolePermissionsBoundary',
      resource: IT_ROLE,
      context: { 'iam:PermissionsBoundary': `arn:aws:iam::${MANAGEMENT}:policy/acme-it-open` },
    },
    'ImplicitlyDenied',
  ],
  [
    'DeleteRolePermissionsBoundary',
    { action: 'iam:DeleteRolePermissionsBoundary', resource: IT_ROLE, context: bounded() },
    'ExplicitlyDenied',
  ],
  [
    'UpdateAssumeRolePolicy (to trust another account)',
    { action: 'iam:UpdateAssumeRolePolicy', resource: IT_ROLE, context: bounded() },
    'ExplicitlyDenied',
  ],
  ['CreateUser', { action: 'iam:CreateUser' }, 'ExplicitlyDenied'],
  ['CreateAccessKey', { action: 'iam:CreateAccessKey' }, 'ExplicitlyDenied'],
  ['CreateLoginProfile', { action: 'iam:CreateLoginProfile' }, 'ExplicitlyDenied'],
  ['UpdateLoginProfile', { action: 'iam:UpdateLoginProfile' }, 'ExplicitlyDenied'],
  ['CreateGroup', { action: 'iam:CreateGroup' }, 'ExplicitlyDenied'],
  ['AddUserToGroup', { action: 'iam:AddUserToGroup' }, 'ExplicitlyDenied'],
  ['CreateOpenIDConnectProvider', { action: 'iam:CreateOpenIDConnectProvider' }, 'ExplicitlyDenied'],
  ['CreateSAMLProvider', { action: 'iam:CreateSAMLProvider' }, 'ExplicitlyDenied'],
  [
    "CreatePolicyVersion on Security's boundary of IT's roles",
    { action: 'iam:CreatePolicyVersion', resource: BOUNDARY },
    'ExplicitlyDenied',
  ],
  [
    "SetDefaultPolicyVersion on the ceiling of IT's permission sets",
    {
      action: 'iam:SetDefaultPolicyVersion',
      resource: `arn:aws:iam::${MANAGEMENT}:policy/acme-security-it-access-ceiling`,
    },
    'ExplicitlyDenied',
  ],
  [
    'CreatePolicyVersion on this execution policy',
    {
      action: 'iam:CreatePolicyVersion',
      resource: `arn:aws:iam::${MANAGEMENT}:policy/acme-it-cfn-execution`,
    },
    'ExplicitlyDenied',
  ],
  [
    "CreatePolicyVersion on IT's pipeline policy",
    {
      action: 'iam:CreatePolicyVersion',
      resource: `arn:aws:iam::${MANAGEMENT}:policy/acme-it-deploy-policy`,
    },
    'ExplicitlyDenied',
  ],
  [
    "UpdateAssumeRolePolicy on IT's pipeline role",
    { action: 'iam:UpdateAssumeRolePolicy', resource: `arn:aws:iam::${MANAGEMENT}:role/acme-it-deploy` },
    'ExplicitlyDenied',
  ],
  [
    "PassRole of Security's CloudFormation execution role",
    {
      action: 'iam:PassRole',
      resource: `arn:aws:iam::${MANAGEMENT}:role/cdk-bpsecurity-cfn-exec-role-${MANAGEMENT}-eu-west-1`,
      context: { 'iam:PassedToService': 'cloudformation.amazonaws.com' },
    },
    'ExplicitlyDenied',
  ],
  [
    "PassRole of a Security stack's role",
    {
      action: 'iam:PassRole',
      resource: `arn:aws:iam::${MANAGEMENT}:role/acme-security-org-trail-Role-AbC`,
      context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
    },
    'ExplicitlyDenied',
  ],
  [
    "PassRole of the member baseline's Config role",
    {
      action: 'iam:PassRole',
      resource: `arn:aws:iam::${MANAGEMENT}:role/acme-config-recorder`,
      context: { 'iam:PassedToService': 'config.amazonaws.com' },
    },
    'ImplicitlyDenied',
  ],
  [
    "PassRole of IT's role to EC2 (a compute IT does not run)",
    { action: 'iam:PassRole', resource: IT_ROLE, context: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
    'ImplicitlyDenied',
  ],
  [
    'DeletePermissionsBoundaryFromPermissionSet',
    { action: 'sso:DeletePermissionsBoundaryFromPermissionSet', resource: PERMISSION_SET },
    'ExplicitlyDenied',
  ],
  ...(
    [
      ['management', MANAGEMENT],
      ['log archive', LOG_ARCHIVE],
      ['audit', AUDIT],
    ] as const
  ).flatMap(([name, id]): Case[] => [
    [
      `CreateAccountAssignment into the ${name} account`,
      { action: 'sso:CreateAccountAssignment', resource: `arn:aws:sso:::account/${id}` },
      'ExplicitlyDenied',
    ],
    [
      `ProvisionPermissionSet into the ${name} account`,
      { action: 'sso:ProvisionPermissionSet', resource: `arn:aws:sso:::account/${id}` },
      'ExplicitlyDenied',
    ],
  ]),
  [
    "CreateAccountAssignment of Security's (tagged) privileged permission set",
    { action: 'sso:CreateAccountAssignment', resource: PERMISSION_SET, context: SECURITY_TAG },
    'ExplicitlyDenied',
  ],
  [
    "PutInlinePolicyToPermissionSet on Security's privileged permission set",
    { action: 'sso:PutInlinePolicyToPermissionSet', resource: PERMISSION_SET, context: SECURITY_TAG },
    'ExplicitlyDenied',
  ],
  [
    "UntagResource on Security's privileged permission set",
    { action: 'sso:UntagResource', resource: PERMISSION_SET, context: SECURITY_TAG },
    'ExplicitlyDenied',
  ],
  ['CreateApplication in Identity Center', { action: 'sso:CreateApplication' }, 'ExplicitlyDenied'],
  ['CreateTrustedTokenIssuer', { action: 'sso:CreateTrustedTokenIssuer' }, 'ExplicitlyDenied'],
  [
    'UpdateInstanceAccessControlAttributeConfiguration (ABAC attributes)',
    { action: 'sso:UpdateInstanceAccessControlAttributeConfiguration', resource: INSTANCE },
    'ExplicitlyDenied',
  ],
  [
    'identitystore:CreateGroupMembership (add someone to an admin group)',
    { action: 'identitystore:CreateGroupMembership' },
    'ImplicitlyDenied',
  ],
  [
    "UpdateStack of Security's stack",
    {
      action: 'cloudformation:UpdateStack',
      resource: `arn:aws:cloudformation:eu-west-1:${MANAGEMENT}:stack/acme-security-org-trail/abc`,
    },
    'ExplicitlyDenied',
  ],
  [
    "PutBucketPolicy on Security's log archive bucket",
    { action: 's3:PutBucketPolicy', resource: 'arn:aws:s3:::o-a1b2c3d4e5-logs-222222222222' },
    'ImplicitlyDenied',
  ],
  [
    'StopLogging on the organization trail',
    {
      action: 'cloudtrail:StopLogging',
      resource: `arn:aws:cloudtrail:eu-west-1:${MANAGEMENT}:trail/acme-org-trail`,
      context: SECURITY_TAG,
    },
    'ExplicitlyDenied',
  ],
  [
    "PutKeyPolicy on Security's trail key",
    {
      action: 'kms:PutKeyPolicy',
      resource: `arn:aws:kms:eu-west-1:${MANAGEMENT}:key/0a1b2c3d-0000-4000-8000-000000000000`,
      context: SECURITY_TAG,
    },
    'ExplicitlyDenied',
  ],
  [
    "ScheduleKeyDeletion on Security's trail key",
    {
      action: 'kms:ScheduleKeyDeletion',
      resource: `arn:aws:kms:eu-west-1:${MANAGEMENT}:key/0a1b2c3d-0000-4000-8000-000000000000`,
      context: SECURITY_TAG,
    },
    'ExplicitlyDenied',
  ],
  [
    "DeleteRule on Security's alert rule",
    {
      action: 'events:DeleteRule',
      resource: `arn:aws:events:eu-west-1:${MANAGEMENT}:rule/acme-security-alerts`,
      context: SECURITY_TAG,
    },
    'ExplicitlyDenied',
  ],
  [
    "Unsubscribe from Security's alert topic",
    {
      action: 'sns:Unsubscribe',
      resource: `arn:aws:sns:eu-west-1:${MANAGEMENT}:acme-alerts`,
      context: SECURITY_TAG,
    },
    'ExplicitlyDenied',
  ],
  ['organizations:CreateAccount', { action: 'organizations:CreateAccount' }, 'ExplicitlyDenied'],
  ['guardduty:DeleteDetector', { action: 'guardduty:DeleteDetector' }, 'ImplicitlyDenied'],
];
