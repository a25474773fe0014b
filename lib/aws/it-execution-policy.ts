// What CloudFormation may do when it deploys IT's stacks: IT bootstraps with this policy
// (`cdk bootstrap --qualifier bpit --cloudformation-execution-policies <its ARN>`) instead of
// AdministratorAccess. It allows the services IT's stacks use — Identity Center and the
// lifecycle automation — and IAM only for roles and policies named after IT's stacks (CDK
// names them `<stack>-<id>-<hash>`), each role only with Security's permissions boundary
// (lib/aws/it-role-boundary.ts). It denies what would escalate whatever the review says:
// admin-like managed policies, IAM users, keys, groups and federation, trust changes and
// boundary removal, IT's permission sets in the management, log archive or audit account,
// and anything of Security's: its stacks, its bootstrap and deploy roles, its tagged
// resources (privileged permission sets included), its boundaries, IT's own pipeline role
// and policies, and the organization itself.
import * as iam from 'aws-cdk-lib/aws-iam';
import type { OrgModel } from '../model/org-model';
import { ADMIN_LIKE_MANAGED_POLICIES } from './admin-like-policies';
import { DEPLOY_QUALIFIERS, OWNER_TAG } from './deploy-qualifiers';
import { itRoleBoundaryArn } from './it-role-boundary';
import { accountById, accountByRole } from './org-accounts';
import { deployRoleName, lifecycleDirectoryParameterArn, orgSlug } from './org-naming';

/** Services IT's stacks declare resources of (Identity Center; the lifecycle automation). */
export const IT_SERVICES = [
  'cloudwatch',
  'dynamodb',
  'events',
  'kms',
  'lambda',
  'logs',
  'scheduler',
  'secretsmanager',
  'sns',
  'sqs',
  'sso',
  'states',
] as const;

/** Services IT's roles are passed to (Lambda functions, state machines, rules, schedules). */
export const IT_ROLE_SERVICES = [
  'events.amazonaws.com',
  'lambda.amazonaws.com',
  'scheduler.amazonaws.com',
  'states.amazonaws.com',
] as const;

/** Role changes that must keep Security's boundary on the role (iam:PermissionsBoundary). */
const BOUNDED_ROLE_ACTIONS = [
  'iam:AttachRolePolicy',
  'iam:CreateRole',
  'iam:PutRolePermissionsBoundary',
  'iam:PutRolePolicy',
  'iam:UpdateRole',
  'iam:UpdateRoleDescription',
];

/** Role changes that only take permissions away, or read. */
const UNBOUNDED_ROLE_ACTIONS = [
  'iam:DeleteRole',
  'iam:DeleteRolePolicy',
  'iam:DetachRolePolicy',
  'iam:GetRole',
  'iam:GetRolePolicy',
  'iam:ListAttachedRolePolicies',
  'iam:ListRolePolicies',
  'iam:ListRoleTags',
  'iam:TagRole',
  'iam:UntagRole',
];

const POLICY_ACTIONS = [
  'iam:CreatePolicy',
  'iam:CreatePolicyVersion',
  'iam:DeletePolicy',
  'iam:DeletePolicyVersion',
  'iam:GetPolicy',
  'iam:GetPolicyVersion',
  'iam:ListPolicyVersions',
  'iam:SetDefaultPolicyVersion',
  'iam:TagPolicy',
  'iam:UntagPolicy',
];

/** IAM that would mint a principal or credentials outside the boundary, or lift one. */
const NEVER_IAM = [
  'iam:*AccessKey*',
  'iam:*Account*',
  'iam:*Group*',
  'iam:*LoginProfile*',
  'iam:*MFADevice*',
  'iam:*OpenIDConnectProvider*',
  'iam:*SAMLProvider*',
  'iam:*SSHPublicKey*',
  'iam:*ServiceSpecificCredential*',
  'iam:*SigningCertificate*',
  'iam:*User*',
  'iam:DeleteRolePermissionsBoundary',
  'iam:UpdateAssumeRolePolicy',
];

/** Identity Center's instance-wide settings: applications, trusted issuers, attributes, directory. */
const NEVER_SSO = [
  'sso:*Application*',
  'sso:*Directory*',
  'sso:*TrustedTokenIssuer*',
  'sso:CreateInstance*',
  'sso:DeleteInstance*',
  'sso:DeletePermissionsBoundaryFromPermissionSet',
  'sso:UpdateInstance*',
];

/** Accounts IT's permission sets may never be provisioned to (SCPs do not reach the management account). */
export function sensitiveAccountIds(model: OrgModel): string[] {
  const ids = [
    accountByRole(model, 'management').accountId,
    accountById(model, model.logging.trail.archiveAccount).accountId,
    accountById(model, model.monitoring.auditAccount).accountId,
  ];
  return [...new Set(ids)].sort();
}

export function itExecutionPolicyName(model: Pick<OrgModel, 'name'>): string {
  return `${orgSlug(model)}-it-cfn-execution`;
}

export function itExecutionStatements(model: OrgModel): iam.PolicyStatement[] {
  const it = `${orgSlug(model)}-it`;
  const itRoles = `arn:aws:iam::*:role/${it}*`;
  return [
    new iam.PolicyStatement({
      sid: 'ItServices',
      actions: IT_SERVICES.map((s) => `${s}:*`),
      resources: ['*'],
    }),
    new iam.PolicyStatement({
      sid: 'ReadIdentityStore',
      actions: ['identitystore:DescribeGroup', 'identitystore:GetGroupId', 'identitystore:ListGroups'],
      resources: ['*'],
    }),
    new iam.PolicyStatement({
      sid: 'ItRolesWithinTheBoundary',
      actions: BOUNDED_ROLE_ACTIONS,
      resources: [itRoles],
      conditions: { StringEquals: { 'iam:PermissionsBoundary': itRoleBoundaryArn(model) } },
    }),
    new iam.PolicyStatement({ sid: 'ItRoles', actions: UNBOUNDED_ROLE_ACTIONS, resources: [itRoles] }),
    new iam.PolicyStatement({
      sid: 'PassItRolesToItsServices',
      actions: ['iam:PassRole'],
      resources: [itRoles],
      conditions: { StringEquals: { 'iam:PassedToService': [...IT_ROLE_SERVICES] } },
    }),
    new iam.PolicyStatement({
      sid: 'ItPolicies',
      actions: POLICY_ACTIONS,
      resources: [`arn:aws:iam::*:policy/${it}*`],
    }),
    new iam.PolicyStatement({
      // The lifecycle directory's pointer (lib/aws/lifecycle-directory-data.ts), and nothing else in SSM.
      sid: 'LifecycleDirectoryParameter',
      actions: [
        'ssm:PutParameter',
        'ssm:DeleteParameter',
        'ssm:GetParameter',
        'ssm:GetParameters',
        'ssm:AddTagsToResource',
        'ssm:RemoveTagsFromResource',
        'ssm:ListTagsForResource',
      ],
      resources: [lifecycleDirectoryParameterArn(model, accountByRole(model, 'management').accountId)],
    }),
    new iam.PolicyStatement({
      sid: 'ReadAssets',
      actions: ['s3:GetObject'],
      resources: [`arn:aws:s3:::cdk-${DEPLOY_QUALIFIERS.it}-assets-*/*`],
    }),
    new iam.PolicyStatement({
      sid: 'NoAdminLikePolicies',
      effect: iam.Effect.DENY,
      actions: ['iam:AttachGroupPolicy', 'iam:AttachRolePolicy', 'iam:AttachUserPolicy'],
      resources: ['*'],
      conditions: { ArnLike: { 'iam:PolicyARN': [...ADMIN_LIKE_MANAGED_POLICIES] } },
    }),
    new iam.PolicyStatement({
      sid: 'NoPrincipalsOrCredentialsOutsideTheBoundary',
      effect: iam.Effect.DENY,
      actions: NEVER_IAM,
      resources: ['*'],
    }),
    new iam.PolicyStatement({
      sid: 'NoIdentityCenterSettings',
      effect: iam.Effect.DENY,
      actions: NEVER_SSO,
      resources: ['*'],
    }),
    new iam.PolicyStatement({
      sid: 'NeverInSensitiveAccounts',
      effect: iam.Effect.DENY,
      actions: ['sso:CreateAccountAssignment', 'sso:ProvisionPermissionSet'],
      resources: sensitiveAccountIds(model).map((id) => `arn:aws:sso:::account/${id}`),
    }),
    new iam.PolicyStatement({
      sid: 'NeverSecurity',
      effect: iam.Effect.DENY,
      actions: ['*'],
      resources: ['*'],
      conditions: { StringEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: 'security' } },
    }),
    new iam.PolicyStatement({
      // IT's own pipeline role and these policies are Security's to change, though named
      // "<org>-it-…"; Security's boundaries and ceilings are named "<org>-security-…".
      sid: 'NeverSecurityOrThePipeline',
      effect: iam.Effect.DENY,
      actions: ['cloudformation:*', 'iam:*', 'sts:AssumeRole'],
      resources: [
        `arn:aws:cloudformation:*:*:stack/${orgSlug(model)}-security-*/*`,
        `arn:aws:iam::*:role/cdk-${DEPLOY_QUALIFIERS.security}-*`,
        `arn:aws:iam::*:role/${orgSlug(model)}-security-*`,
        `arn:aws:iam::*:policy/${orgSlug(model)}-security-*`,
        `arn:aws:iam::*:role/${deployRoleName(model, 'it')}`,
        `arn:aws:iam::*:policy/${deployRoleName(model, 'it')}-policy`,
        `arn:aws:iam::*:policy/${itExecutionPolicyName(model)}`,
      ],
    }),
    new iam.PolicyStatement({
      sid: 'NeverTheOrganization',
      effect: iam.Effect.DENY,
      actions: ['organizations:*', 'account:*'],
      resources: ['*'],
    }),
  ];
}
