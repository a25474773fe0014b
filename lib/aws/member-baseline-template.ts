// The CloudFormation template every member account runs (through a service-managed StackSet,
// in every configured region): AWS Config records all supported resources (global ones in the
// home region only) and delivers to the log archive. Plain data, so it is deterministic and
// tested on its own; the StackSet embeds it as its template body. It also creates the ceiling
// of IT's permission sets (lib/aws/it-access-ceiling.ts), the boundary they reference.
import type { PolicyDocument } from './policy-document';

export interface MemberBaselineContext {
  /** The org's display name, in the template's description. */
  readonly orgName: string;
  /** The home region: global resources (IAM, global resource types) are created there only. */
  readonly homeRegion: string;
  /** The log archive account (its key is used through S3 in the home region). */
  readonly logArchiveAccountId: string;
  /** The log archive bucket AWS Config delivers to (`logArchiveBucketName`). */
  readonly logArchiveBucketName: string;
  /** The role AWS Config records with in every account (`configRecorderRoleName`). */
  readonly configRecorderRoleName: string;
  /** The name of the ceiling of IT's permission sets (`itAccessCeilingName`). */
  readonly itAccessCeilingName: string;
  /** That ceiling's policy (`itAccessCeilingDocument`). */
  readonly itAccessCeilingDocument: PolicyDocument;
}

/** What the Config recorder role may write: its own account's prefix of the log archive, with its key. */
export function configDeliveryStatements(
  ctx: MemberBaselineContext,
  accountId: string | { Ref: string },
): Record<string, unknown>[] {
  const bucket = ctx.logArchiveBucketName;
  return [
    { Effect: 'Allow', Action: ['s3:GetBucketAcl', 's3:ListBucket'], Resource: `arn:aws:s3:::${bucket}` },
    {
      Effect: 'Allow',
      Action: 's3:PutObject',
      Resource:
        typeof accountId === 'string'
          ? `arn:aws:s3:::${bucket}/AWSLogs/${accountId}/Config/*`
          : { 'Fn::Join': ['', [`arn:aws:s3:::${bucket}/AWSLogs/`, accountId, '/Config/*']] },
    },
    {
      Effect: 'Allow',
      Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
      Resource: `arn:aws:kms:${ctx.homeRegion}:${ctx.logArchiveAccountId}:key/*`,
      Condition: { StringEquals: { 'kms:ViaService': `s3.${ctx.homeRegion}.amazonaws.com` } },
    },
  ];
}

export function memberBaselineTemplate(ctx: MemberBaselineContext): Record<string, unknown> {
  const roleName = ctx.configRecorderRoleName;
  const accountId = { Ref: 'AWS::AccountId' };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `${ctx.orgName} member account baseline: AWS Config recorder and delivery to the log archive`,
    Conditions: { IsHomeRegion: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, ctx.homeRegion] } },
    Resources: {
      // IAM is global: the role is created once, in the home region, which deploys first.
      ConfigRecorderRole: {
        Type: 'AWS::IAM::Role',
        Condition: 'IsHomeRegion',
        Properties: {
          RoleName: roleName,
          Description: 'AWS Config records this account and delivers to the log archive',
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 'sts:AssumeRole' },
            ],
          },
          ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWS_ConfigRole'],
          Policies: [
            {
              PolicyName: 'deliver-to-log-archive',
              PolicyDocument: { Version: '2012-10-17', Statement: configDeliveryStatements(ctx, accountId) },
            },
          ],
        },
      },
      // IAM is global: the home region creates it; IT's permission sets name it as their boundary.
      ItAccessCeiling: {
        Type: 'AWS::IAM::ManagedPolicy',
        Condition: 'IsHomeRegion',
        Properties: {
          ManagedPolicyName: ctx.itAccessCeilingName,
          Description: "The most IT's Identity Center permission sets may do (their permissions boundary)",
          PolicyDocument: ctx.itAccessCeilingDocument,
        },
      },
      ConfigRecorder: {
        Type: 'AWS::Config::ConfigurationRecorder',
        Properties: {
          Name: 'default',
          RoleARN: { 'Fn::Sub': `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/${roleName}` },
          RecordingGroup: {
            AllSupported: true,
            IncludeGlobalResourceTypes: { 'Fn::If': ['IsHomeRegion', true, false] },
          },
        },
      },
      ConfigDeliveryChannel: {
        Type: 'AWS::Config::DeliveryChannel',
        DependsOn: 'ConfigRecorder',
        Properties: {
          Name: 'default',
          S3BucketName: ctx.logArchiveBucketName,
          ConfigSnapshotDeliveryProperties: { DeliveryFrequency: 'TwentyFour_Hours' },
        },
      },
    },
  };
}
