// Elevations end on the minute, carried out by the platform rather than the next deploy:
// one one-time EventBridge Scheduler schedule per elevation (at(...) in UTC, no flexible
// window, deleted by Scheduler once it has run) invokes Security's expiry function, which
// ends a membership in Okta and in Identity Center and the sessions its permission sets
// issued (lib/lifecycle/elevation/expire-elevation.ts), or an elevated grant's Identity
// Center assignments and the sessions they issued (expire-grant.ts); audited, idempotent by
// state. A failed run is retried, then parked in a dead-letter queue that alarms.
// CloudFormation's AWS::Scheduler::Schedule cannot set ActionAfterCompletion (not in
// aws-cdk-lib's CfnSchedule, nor in the CloudFormation resource spec; aws/aws-cdk#27455),
// so each schedule is a custom resource the expiry function serves
// (lib/lifecycle/elevation/expiry-schedule-resource.ts): the template holds the whole
// CreateSchedule body; at deploy time the function creates it with DELETE, or, for an end
// that falls during its own deploy, carries it out at once; and when the elevation leaves
// the config before its end, the resource's Delete ends it then (sessions too). Standing
// privileged access gets a resource of the same type that schedules nothing: its Delete
// (the entry removed from the config) ends it the same way.
// Security-owned: it lives in the privileged access stack (management account).
import { createHash } from 'node:crypto';
import { type CfnElement, CustomResource, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  ELEVATION_ENV,
  type ElevationExpiryRequest,
  type ExpiryRequest,
  type GrantExpiryRequest,
} from '../lifecycle/elevation/elevation-case';
import type { GrantExpiry } from '../lifecycle/elevation/expiry-requests';
import {
  SCHEDULE_RESOURCE_TYPE,
  type ScheduleResourceProperties,
} from '../lifecycle/elevation/expiry-schedule-resource';
import { scheduleBody } from '../lifecycle/elevation/expiry-scheduler';
import { bundleDir } from './esbuild-bundle';
import { allowLogsToUseKey } from './logs-key-policy';
import { acknowledge, TRACED_LAMBDA_ACKNOWLEDGEMENTS } from './nag-acknowledgements';

export { ELEVATION_RETRY } from '../lifecycle/elevation/elevation-case';
export { atExpression } from '../lifecycle/elevation/expiry-scheduler';

/** The schedule of one elevation's end: a stable name from its key and instant (at most 64 characters). */
export function elevationScheduleName(
  namePrefix: string,
  request: Pick<ExpiryRequest, 'key' | 'expiresAt'>,
): string {
  const hash = createHash('sha256').update(`${request.key}@${request.expiresAt}`).digest('hex').slice(0, 16);
  return `${namePrefix.slice(0, 40)}-${hash}`;
}

export interface ElevationExpiryProps {
  /** Names the function, its table, queue, secret and schedules (e.g. `acme-security-elevation`). */
  readonly namePrefix: string;
  /** One per membership elevation in force (lib/lifecycle/elevation/expiry-requests.ts). */
  readonly requests: readonly ElevationExpiryRequest[];
  /**
   * One per elevated grant in force (`grantExpiryRequests`).
   * @default - no elevated grant
   */
  readonly grants?: readonly GrantExpiry[];
  /**
   * Standing privileged access (`standingAccessRequests`): one resource each that schedules
   * nothing and, when it leaves the config, ends it at once (membership or assignments, and
   * the open AWS sessions), as an elevation removed before its end.
   * @default - none: removing standing access through config leaves its open sessions to expire
   */
  readonly standing?: {
    readonly memberships: readonly ElevationExpiryRequest[];
    readonly grants: readonly GrantExpiry[];
  };
  /**
   * The ARN of a permission set an elevated grant names (the stack's own permission sets).
   * @default - none: required when `grants` is not empty
   */
  readonly permissionSetArn?: (permissionSet: string) => string;
  /** The Identity Center instance an elevated grant's account assignments are removed from. */
  readonly instanceArn: string;
  /** The Identity Store the elevations' Identity Center group memberships are removed from. */
  readonly identityStoreId: string;
  /** The Okta org the elevations' group memberships are removed from (the function's credential is Security's). */
  readonly oktaOrgUrl: string;
  /** Security's session revocation function (same account), which ends the elevation's sessions. */
  readonly sessionRevocationFunctionName: string;
  /** Where failures alarm (Security's alerts). */
  readonly alerts: sns.ITopic;
}

export class ElevationExpiry extends Construct {
  readonly function: lambda.Function;
  readonly auditTable: dynamodb.Table;
  readonly deadLetters: sqs.Queue;
  readonly oktaCredential: secretsmanager.Secret;
  /**
   * One per elevation in force and per standing privileged access, sorted by key: the schedule
   * resources (`Custom::ElevationExpirySchedule`). The same logical id for the same key either
   * way, so an elevation made standing (or the reverse) is an Update, not a removal.
   */
  readonly schedules: readonly CustomResource[];

  constructor(scope: Construct, id: string, props: ElevationExpiryProps) {
    super(scope, id);
    const { partition, account, region } = Stack.of(this);
    const prefix = props.namePrefix;
    const key = new kms.Key(this, 'Key', {
      description: 'Encrypts the elevation expiry audit trail, credential, queue and logs',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    allowLogsToUseKey(key);

    this.auditTable = new dynamodb.Table(this, 'AuditTrail', {
      tableName: `${prefix}-audit`,
      partitionKey: { name: 'caseId', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'seq', type: dynamodb.AttributeType.NUMBER },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.auditTable, [
      {
        id: 'NIST.800.53.R5-DynamoDBInBackupPlan',
        reason: 'Point-in-time recovery backs it up, and RETAIN keeps it; records are append-only',
      },
    ]);

    this.oktaCredential = new secretsmanager.Secret(this, 'OktaCredential', {
      secretName: `${prefix}/okta`,
      description:
        "Security's Okta OAuth service app for elevation expiry: JSON {orgUrl, clientId, privateKey, keyId} (see README)",
      encryptionKey: key,
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ orgUrl: props.oktaOrgUrl }),
        generateStringKey: 'unset',
      },
    });
    acknowledge(this.oktaCredential, [
      {
        id: 'AwsSolutions-SMG4',
        reason:
          'The Okta service app key pair is rotated in Okta (new key, then update this secret), not by a Lambda',
      },
      {
        id: 'NIST.800.53.R5-SecretsManagerRotationEnabled',
        reason:
          'The Okta service app key pair is rotated in Okta (new key, then update this secret), not by a Lambda',
      },
    ]);

    this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
      queueName: `${prefix}-dead-letters`,
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(this.deadLetters, [
      { id: 'AwsSolutions-SQS3', reason: 'It is the dead-letter queue of the expiry schedules' },
    ]);

    this.function = new lambda.Function(this, 'Function', {
      functionName: `${prefix}-expiry`,
      description: 'Security: ends an elevation in Okta and Identity Center, and its AWS sessions',
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(
        bundleDir({
          name: 'elevation-expiry',
          handlers: { 'elevation-expiry': 'lib/lifecycle/handlers/elevation-expiry.ts' },
          inputs: ['lib/lifecycle', 'lib/model', 'package-lock.json'],
        }),
      ),
      handler: 'elevation-expiry.handler',
      memorySize: 256,
      // Lambda's most: an end that falls during its own deploy is waited for (at most LEAD_MS)
      // and carried out, and a grant removed from the config is ended during its Delete, each
      // account's assignment removal followed for up to a minute (REMOVAL_WAIT_MS); a custom
      // resource whose function times out leaves CloudFormation waiting an hour.
      timeout: Duration.minutes(15),
      tracing: lambda.Tracing.ACTIVE,
      logGroup: new logs.LogGroup(this, 'Logs', {
        retention: logs.RetentionDays.ONE_YEAR,
        encryptionKey: key,
      }),
      environment: {
        [ELEVATION_ENV.auditTable]: this.auditTable.tableName,
        [ELEVATION_ENV.oktaSecretArn]: this.oktaCredential.secretArn,
        [ELEVATION_ENV.oktaOrgUrl]: props.oktaOrgUrl,
        [ELEVATION_ENV.identityStoreId]: props.identityStoreId,
        [ELEVATION_ENV.sessionRevocationFunction]: props.sessionRevocationFunctionName,
        [ELEVATION_ENV.instanceArn]: props.instanceArn,
      },
    });
    this.oktaCredential.grantRead(this.function);
    this.auditTable.grant(this.function, 'dynamodb:PutItem', 'dynamodb:Query');
    key.grant(this.function, 'kms:Decrypt', 'kms:GenerateDataKey');
    const store = `arn:${partition}:identitystore::${account}:identitystore/${props.identityStoreId}`;
    const runtimeIds = ['user', 'group', 'membership'].map(
      (kind) => `arn:${partition}:identitystore:::${kind}/*`,
    );
    this.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [
          'identitystore:GetUserId',
          'identitystore:GetGroupId',
          'identitystore:ListGroupMembershipsForMember',
          'identitystore:DeleteGroupMembership',
        ],
        resources: [store, ...runtimeIds],
      }),
    );
    this.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [
          `arn:${partition}:lambda:${region}:${account}:function:${props.sessionRevocationFunctionName}`,
        ],
      }),
    );

    // An elevated grant's end: its account assignments, listed, removed and followed.
    const instanceId = props.instanceArn.split('/').at(-1);
    const assignmentIds = [
      `arn:${partition}:sso:::permissionSet/${instanceId}/*`,
      `arn:${partition}:sso:::account/*`,
    ];
    this.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [
          'sso:ListAccountAssignments',
          'sso:DeleteAccountAssignment',
          'sso:DescribeAccountAssignmentDeletionStatus',
        ],
        resources: [props.instanceArn, ...assignmentIds],
      }),
    );

    const role = new iam.Role(this, 'SchedulerRole', {
      // Named, so a break-glass schedule made through the API (blueprint elevate) can use it.
      roleName: `${prefix}-scheduler`,
      description: 'Lets the elevation schedules invoke the expiry function and park failures',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    });
    this.function.grantInvoke(role);
    this.deadLetters.grantSendMessages(role);

    // The function makes the schedules (Scheduler's own names, this construct's prefix) and
    // hands them the scheduler role.
    const scheduleArns = `arn:${partition}:scheduler:${region}:${account}:schedule/default/${prefix}-*`;
    this.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'],
        resources: [scheduleArns],
      }),
    );
    this.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [role.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    );

    const grants = props.grants ?? [];
    const standing = props.standing ?? { memberships: [], grants: [] };
    const allGrants = grants.length + standing.grants.length;
    if (allGrants > 0 && !props.permissionSetArn)
      throw new Error(
        `ElevationExpiry: ${allGrants} privileged grant(s) need permissionSetArn, got none (pass the stack's permission sets' ARNs)`,
      );
    const withArn = (g: GrantExpiry): GrantExpiryRequest => ({
      ...g,
      permissionSetArn: props.permissionSetArn!(g.permissionSet),
    });
    const elevations = new Set([...props.requests, ...grants].map((r) => r.key));
    const requests: { request: ExpiryRequest; standing: boolean }[] = [
      ...[...props.requests, ...grants.map(withArn)].map((request) => ({ request, standing: false })),
      // An elevation's own resource already ends it.
      ...[...standing.memberships, ...standing.grants.map(withArn)]
        .filter((r) => !elevations.has(r.key))
        .map((request) => ({ request, standing: true })),
    ].sort((a, b) => a.request.key.localeCompare(b.request.key));
    const target = {
      functionArn: this.function.functionArn,
      roleArn: role.roleArn,
      deadLetterArn: this.deadLetters.queueArn,
    };
    this.schedules = requests.map(({ request, standing }) => {
      const what = request.action === 'expire-grant' ? 'elevated grant' : 'elevation';
      const properties: ScheduleResourceProperties = {
        Name: elevationScheduleName(prefix, request),
        Schedule: scheduleBody(request, target, {
          description: standing
            ? `Ends the standing privileged access ${request.key} when it leaves the config`
            : `Ends the ${what} ${request.key} at ${request.expiresAt}`,
          // A grant's permission set ARN is a deploy-time value.
          input: Stack.of(this).toJsonString(request),
        }),
        ...(standing ? { Standing: 'true' as const } : {}),
      };
      // Not `Ends.<key>`, the id of the AWS::Scheduler::Schedule these replace: CloudFormation
      // cannot change a resource's type in place.
      return new CustomResource(this, `Expires.${request.key.replaceAll('/', '.')}`, {
        serviceToken: this.function.functionArn,
        resourceType: SCHEDULE_RESOURCE_TYPE,
        properties: { ...properties },
      });
    });

    const alarm = (name: string, description: string, metric: cloudwatch.IMetric) =>
      new cloudwatch.Alarm(this, name, {
        alarmName: `${prefix}-${name.toLowerCase()}`,
        alarmDescription: description,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(new actions.SnsAction(props.alerts));
    alarm(
      'Failing',
      'An elevation expiry failed (it is retried): someone may still hold access past its end',
      this.function.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
    );
    alarm(
      'Parked',
      'An elevation expiry gave up after its retries: remove the access by hand (see README, "Elevations")',
      this.deadLetters.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
    );

    acknowledge(this.function, [
      ...runtimeIds.map((resource) => ({
        id: `AwsSolutions-IAM5[Resource::${resource}]`,
        reason:
          'Users, groups and memberships are known only at run time; the identity store is pinned by its ARN',
      })),
      ...assignmentIds.map((resource) => ({
        id: `AwsSolutions-IAM5[Resource::${resource}]`,
        reason:
          "An elevated grant's permission set and accounts are its request's; the instance is pinned by its ARN",
      })),
      {
        id: `AwsSolutions-IAM5[Resource::${scheduleArns}]`,
        reason: "The elevations' schedules are named at deploy time, under this construct's prefix only",
      },
      ...TRACED_LAMBDA_ACKNOWLEDGEMENTS,
      {
        id: 'NIST.800.53.R5-LambdaInsideVPC',
        reason:
          'Calls only Okta and AWS service endpoints (Identity Store, Identity Center, Scheduler, Lambda, DynamoDB, CloudFormation responses); no private resource',
      },
      {
        id: 'NIST.800.53.R5-LambdaDLQ',
        reason:
          'Invoked asynchronously by Scheduler only, whose target has the dead-letter queue and retry policy',
      },
      {
        id: 'NIST.800.53.R5-LambdaConcurrency',
        reason: 'One run per ended elevation; Okta rate limits are handled by the client',
      },
      {
        id: 'NIST.800.53.R5-IAMNoInlinePolicy',
        reason: "CDK writes the function role's policy from the grants above; it belongs to this one role",
      },
    ]);
    acknowledge(role, [
      {
        id: 'NIST.800.53.R5-IAMNoInlinePolicy',
        reason: "CDK writes the scheduler role's policy from the grants above; it belongs to this one role",
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.function.node.defaultChild as CfnElement)}.Arn>:*]`,
        reason: 'grantInvoke covers the function and its versions; only this function',
      },
      ...['kms:GenerateDataKey*', 'kms:ReEncrypt*'].map((action) => ({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason:
          "SQS's documented grant for sending to a queue encrypted with this key; the key is this construct's own",
      })),
    ]);
  }
}
