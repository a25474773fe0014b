// The organization trail (management account): every account, every region, management
// events, log file validation, encrypted with a customer-managed key that rotates, delivered
// to the log archive bucket (another account, so named, not referenced) and to CloudWatch
// Logs for the CIS metric filters. Key, log group and trail survive a stack deletion.
import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from './nag-acknowledgements';

export interface OrgTrailProps {
  /** The org's display name, in the key's description. */
  readonly orgName: string;
  /** The org's slug: the key's alias is `alias/<slug>-org-trail`, the log group `/<slug>/cloudtrail/<trail name>`. */
  readonly orgSlug: string;
  /** The AWS Organizations id (`o-...`) the trail covers. */
  readonly organizationId: string;
  /** The trail's name (logging.yaml trail.name). */
  readonly trailName: string;
  /** The trail's ARN (`orgTrailArn`), known before it exists, for the key policy. */
  readonly trailArn: string;
  /** The log archive bucket (another account, so named, not referenced: `logArchiveBucketName`). */
  readonly logArchiveBucketName: string;
  /** Accounts whose principals may read (decrypt) the trail's logs: log archive and audit. */
  readonly readerAccountIds: readonly string[];
  /** How long the CloudWatch Logs copy keeps events. */
  readonly cloudWatchRetention: logs.RetentionDays;
  /**
   * Log every S3 data event too.
   * @default false
   */
  readonly dataEvents?: boolean;
}

export class OrgTrail extends Construct {
  readonly key: kms.Key;
  readonly logGroup: logs.LogGroup;
  readonly trail: cloudtrail.Trail;

  constructor(scope: Construct, id: string, props: OrgTrailProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const trailArn = props.trailArn;
    const logGroupName = `/${props.orgSlug}/cloudtrail/${props.trailName}`;

    this.key = new kms.Key(this, 'Key', {
      alias: `alias/${props.orgSlug}-org-trail`,
      description: `Encrypts the ${props.orgName} organization trail and its CloudWatch Logs copy`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const trailContext = {
      'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${stack.account}:trail/*`,
    };
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudTrailEncrypt',
        principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
        actions: ['kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringLike: trailContext, StringEquals: { 'aws:SourceArn': trailArn } },
      }),
    );
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudTrailDescribe',
        principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
        actions: ['kms:DescribeKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceArn': trailArn } },
      }),
    );
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'LogReadersDecrypt',
        principals: [...new Set(props.readerAccountIds)].sort().map((a) => new iam.AccountPrincipal(a)),
        actions: ['kms:Decrypt', 'kms:ReEncryptFrom'],
        resources: ['*'],
        conditions: { StringLike: trailContext },
      }),
    );
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchLogsEncrypt',
        principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnEquals: {
            'kms:EncryptionContext:aws:logs:arn': stack.formatArn({
              service: 'logs',
              resource: 'log-group',
              resourceName: logGroupName,
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName,
      retention: props.cloudWatchRetention,
      encryptionKey: this.key,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.trail = new cloudtrail.Trail(this, 'Trail', {
      trailName: props.trailName,
      bucket: s3.Bucket.fromBucketName(this, 'Archive', props.logArchiveBucketName),
      encryptionKey: this.key,
      isOrganizationTrail: true,
      orgId: props.organizationId,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableFileValidation: true,
      managementEvents: cloudtrail.ReadWriteType.ALL,
      sendToCloudWatchLogs: true,
      cloudWatchLogGroup: this.logGroup,
    });
    if (props.dataEvents) this.trail.logAllS3DataEvents();
    this.trail.node.defaultChild?.node.addDependency(this.key);
    (this.trail.node.defaultChild as cloudtrail.CfnTrail).applyRemovalPolicy(RemovalPolicy.RETAIN);
    const logsRole = this.trail.node.findChild('LogsRole');
    acknowledge(logsRole, [
      {
        id: 'NIST.800.53.R5-IAMNoInlinePolicy',
        reason:
          'CDK writes the trail delivery role its policy, scoped to this one log group; it lives and dies with the role',
      },
    ]);
  }
}
