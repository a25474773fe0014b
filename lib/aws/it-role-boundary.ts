// The permissions boundary every IAM role of IT's stacks carries: a managed policy Security
// deploys (stacks/deploy-roles-stack.ts) outside IT's `<org>-it*` IAM namespace, so IT cannot
// edit it. IT's CloudFormation execution policy creates and changes IT's roles only with it
// attached, so whatever policy IT's code gives a role, the role can do no more than this:
// the services IT's automation runs on, Identity Center reads, and removing a group
// membership (offboarding), reading the org's directory the deploy put beside them — no IAM, no Organizations, nothing tagged as Security's.
import type { OrgModel } from '../model/org-model';
import { DEPLOY_QUALIFIERS, OWNER_TAG } from './deploy-qualifiers';
import { accountByRole } from './org-accounts';
import { lifecycleDirectoryParameterArn, orgSlug } from './org-naming';
import type { PolicyDocument } from './scp-documents';

/** What IT's runtime roles (Lambda functions, state machines, rules, schedules) may call. */
export const IT_RUNTIME_ACTIONS = [
  'cloudwatch:*',
  'dynamodb:*',
  'events:*',
  'kms:*',
  'lambda:*',
  'logs:*',
  'scheduler:*',
  'secretsmanager:*',
  'ses:SendEmail',
  'ses:SendRawEmail',
  'sns:*',
  'sqs:*',
  'states:*',
  'xray:*',
] as const;

export function itRoleBoundaryName(model: Pick<OrgModel, 'name'>): string {
  return `${orgSlug(model)}-security-it-role-boundary`;
}

/** The boundary's ARN in the management account, where IT's stacks deploy. */
export function itRoleBoundaryArn(model: OrgModel): string {
  return `arn:aws:iam::${accountByRole(model, 'management').accountId}:policy/${itRoleBoundaryName(model)}`;
}

/** The JSON objects of IT's CDK asset bucket (the lifecycle directory is one), where IT's stacks deploy. */
export function itAssetObjects(model: OrgModel): string {
  const management = accountByRole(model, 'management').accountId;
  return `arn:aws:s3:::cdk-${DEPLOY_QUALIFIERS.it}-assets-${management}-${model.aws.homeRegion}/*.json`;
}

export function itRoleBoundaryDocument(model: OrgModel): PolicyDocument {
  const management = accountByRole(model, 'management').accountId;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ItRuntimeServices',
        Effect: 'Allow',
        Action: [...IT_RUNTIME_ACTIONS],
        Resource: '*',
      },
      {
        // Okta pushes groups and memberships to Identity Center; IT's automation only reads
        // them and removes a leaver's memberships, never adds one.
        Sid: 'ReadIdentityCenterRemoveMemberships',
        Effect: 'Allow',
        Action: [
          'identitystore:DeleteGroupMembership',
          'identitystore:Describe*',
          'identitystore:Get*',
          'identitystore:List*',
          'sso:Describe*',
          'sso:Get*',
          'sso:List*',
        ],
        Resource: '*',
      },
      {
        // The directory's pointer and the directory object itself (lib/aws/lifecycle-directory-data.ts),
        // which the deploy puts in IT's asset bucket: nothing else in SSM or S3.
        Sid: 'ReadLifecycleDirectory',
        Effect: 'Allow',
        Action: ['ssm:GetParameter', 's3:GetObject'],
        Resource: [lifecycleDirectoryParameterArn(model, management), itAssetObjects(model)],
      },
      {
        Sid: 'NeverSecurity',
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { StringEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: 'security' } },
      },
    ],
  };
}
