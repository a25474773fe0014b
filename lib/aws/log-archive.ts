// The log archive (log archive account): an object-locked, versioned, KMS-encrypted,
// SSL-only bucket that the organization trail and every account's AWS Config deliver to,
// with server access logging and a lifecycle that keeps logs for the configured retention.
// Bucket and key survive a stack deletion.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from './nag-acknowledgements';

export interface LogArchiveProps {
  /** The org's display name, in the key's description. */
  readonly orgName: string;
  /** The org's slug: the key's alias is `alias/<slug>-log-archive`. */
  readonly orgSlug: string;
  /** The AWS Organizations id (`o-...`): its accounts' AWS Config and the organization trail deliver here. */
  readonly organizationId: string;
  /** The archive bucket's name (`logArchiveBucketName`). */
  readonly bucketName: string;
  /** The name of the bucket receiving the archive's server access logs (`accessLogsBucketName`). */
  readonly accessLogsBucketName: string;
  /** The account the organization trail lives in (its ARN is pinned in the bucket policy). */
  readonly trailAccountId: string;
  /** The organization trail's ARN (`orgTrailArn`), known before the trail exists. */
  readonly trailArn: string;
  /** The role AWS Config records with in every account (`configRecorderRoleName`). */
  readonly configRecorderRoleName: string;
  /** How long logs are kept, in days (logs and access logs expire after it). */
  readonly retentionDays: number;
  /** The object lock's mode. */
  readonly objectLockMode: 'GOVERNANCE' | 'COMPLIANCE';
  /** The object lock's default retention, in days. */
  readonly objectLockDays: number;
}

/** Logs move to Glacier after this many days; they stay retrievable for audits. */
export const ARCHIVE_TRANSITION_DAYS = 90;

export class LogArchive extends Construct {
  readonly key: kms.Key;
  readonly bucket: s3.Bucket;
  readonly accessLogsBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: LogArchiveProps) {
    super(scope, id);
    const keepDays = props.retentionDays;
    const lockDays = props.objectLockDays;
    const trailArn = props.trailArn;
    const org = new iam.OrganizationPrincipal(props.organizationId);
    const configRoles = `arn:aws:iam::*:role/${props.configRecorderRoleName}`;

    this.key = new kms.Key(this, 'Key', {
      alias: `alias/${props.orgSlug}-log-archive`,
      description: `Encrypts the ${props.orgName} log archive (AWS Config deliveries and everything else without its own key)`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // AWS Config records with a role of the same name in every account of the organization.
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'ConfigRecordersEncryptDeliveries',
        principals: [org],
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { ArnLike: { 'aws:PrincipalArn': configRoles } },
      }),
    );

    this.accessLogsBucket = new s3.Bucket(this, 'AccessLogs', {
      bucketName: props.accessLogsBucketName,
      // S3 server access logs can only be delivered to SSE-S3 buckets.
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        { id: 'expire', expiration: Duration.days(keepDays), noncurrentVersionExpiration: Duration.days(30) },
      ],
    });
    acknowledge(this.accessLogsBucket, [
      {
        id: 'AwsSolutions-S1',
        reason: 'This is the server access log destination; logging it to itself would loop',
      },
      {
        id: 'NIST.800.53.R5-S3BucketLoggingEnabled',
        reason: 'This is the server access log destination; logging it to itself would loop',
      },
      {
        id: 'NIST.800.53.R5-S3DefaultEncryptionKMS',
        reason: 'S3 delivers server access logs only to buckets encrypted with SSE-S3',
      },
      {
        id: 'NIST.800.53.R5-S3BucketReplicationEnabled',
        reason: 'Access logs of the archive are operational data, kept in-region for their retention',
      },
    ]);

    this.bucket = new s3.Bucket(this, 'Bucket', {
      bucketName: props.bucketName,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      objectLockDefaultRetention:
        props.objectLockMode === 'COMPLIANCE'
          ? s3.ObjectLockRetention.compliance(Duration.days(lockDays))
          : s3.ObjectLockRetention.governance(Duration.days(lockDays)),
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'log-archive/',
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: 'archive-then-expire',
          transitions: [
            {
              storageClass: s3.StorageClass.GLACIER,
              transitionAfter: Duration.days(ARCHIVE_TRANSITION_DAYS),
            },
          ],
          expiration: Duration.days(keepDays),
          noncurrentVersionExpiration: Duration.days(lockDays + 1),
        },
      ],
    });
    acknowledge(this.bucket, [
      {
        id: 'NIST.800.53.R5-S3BucketReplicationEnabled',
        reason:
          'Object lock in COMPLIANCE/GOVERNANCE mode protects the archive; a replica region is an org decision not in config',
      },
    ]);

    // The organization trail: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html
    const fromTrail = new iam.ServicePrincipal('cloudtrail.amazonaws.com');
    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudTrailAclCheck',
        principals: [fromTrail],
        actions: ['s3:GetBucketAcl'],
        resources: [this.bucket.bucketArn],
        conditions: { StringEquals: { 'aws:SourceArn': trailArn } },
      }),
    );
    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudTrailWrite',
        principals: [fromTrail],
        actions: ['s3:PutObject'],
        resources: [
          this.bucket.arnForObjects(`AWSLogs/${props.trailAccountId}/*`),
          this.bucket.arnForObjects(`AWSLogs/${props.organizationId}/*`),
        ],
        conditions: {
          StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': trailArn },
        },
      }),
    );
    // AWS Config in every account (member baseline StackSet and the management account).
    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'ConfigAclCheck',
        principals: [org],
        actions: ['s3:GetBucketAcl', 's3:ListBucket'],
        resources: [this.bucket.bucketArn],
        conditions: { ArnLike: { 'aws:PrincipalArn': configRoles } },
      }),
    );
    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'ConfigWrite',
        principals: [org],
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects('AWSLogs/*/Config/*')],
        conditions: { ArnLike: { 'aws:PrincipalArn': configRoles } },
      }),
    );
  }
}
