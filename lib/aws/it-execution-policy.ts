// What CloudFormation may do when it deploys IT's stacks: IT bootstraps with this policy
// (`cdk bootstrap --qualifier bpit --cloudformation-execution-policies <its ARN>`) instead of
// AdministratorAccess. It allows the services IT's stacks use — Identity Center and the
// lifecycle automation — and IAM only for roles and policies named after IT's stacks (CDK
// names them `<stack>-<id>-<hash>`), and denies anything of Security's: its stacks, its
// bootstrap and deploy roles, its tagged resources (privileged permission sets included),
// IT's own pipeline role and policies, and the organization itself.
import * as iam from 'aws-cdk-lib/aws-iam';
import type { OrgModel } from '../model/org-model';
import { DEPLOY_QUALIFIERS, OWNER_TAG } from './deploy-qualifiers';
import { accountByRole } from './org-accounts';
import { deployRoleName, orgSlug } from './org-naming';

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

export function itExecutionPolicyName(model: Pick<OrgModel, 'name'>): string {
  return `${orgSlug(model)}-it-cfn-execution`;
}

export function itExecutionStatements(model: OrgModel): iam.PolicyStatement[] {
  const it = `${orgSlug(model)}-it`;
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
      sid: 'ItRolesOnly',
      actions: ['iam:*'],
      resources: [`arn:aws:iam::*:role/${it}*`, `arn:aws:iam::*:policy/${it}*`],
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
      resources: [
        `arn:aws:ssm:${model.aws.homeRegion}:${accountByRole(model, 'management').accountId}:parameter/${it}-lifecycle/directory`,
      ],
    }),
    new iam.PolicyStatement({
      sid: 'ReadAssets',
      actions: ['s3:GetObject'],
      resources: [`arn:aws:s3:::cdk-${DEPLOY_QUALIFIERS.it}-assets-*/*`],
    }),
    new iam.PolicyStatement({
      sid: 'NeverSecurity',
      effect: iam.Effect.DENY,
      actions: ['*'],
      resources: ['*'],
      conditions: { StringEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: 'security' } },
    }),
    new iam.PolicyStatement({
      // IT's own pipeline role and these policies are Security's to change, though named "<org>-it-…".
      sid: 'NeverSecurityOrThePipeline',
      effect: iam.Effect.DENY,
      actions: ['cloudformation:*', 'iam:*', 'sts:AssumeRole'],
      resources: [
        `arn:aws:cloudformation:*:*:stack/${orgSlug(model)}-security-*/*`,
        `arn:aws:iam::*:role/cdk-${DEPLOY_QUALIFIERS.security}-*`,
        `arn:aws:iam::*:role/${orgSlug(model)}-security-*`,
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
