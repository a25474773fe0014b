// Ends a leaver's AWS sessions within minutes instead of at their expiry (permission sets
// issue sessions of up to 12 hours, and removing the user from their groups only stops new
// ones). AWS's documented way is a deny keyed on `identitystore:UserId`; here it is an SCP
// that Security owns and a Security-owned function maintains: IT's lifecycle may invoke the
// function with one user id (lambda:InvokeFunction on this function only), and the function
// checks that id (a real user of the org's identity store, already out of every group)
// before it appends it. IT never writes a policy. Entries are pruned once the longest
// permission-set session issued before them has expired; a schedule re-renders the SCP
// from the function's table, so a deploy that resets the policy's content is undone within
// minutes. SCPs do not apply to the management account: sessions there end at expiry
// unless the permission sets deny the user themselves (see README, "AWS sessions").
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as organizations from 'aws-cdk-lib/aws-organizations';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { OrgModel } from '../model/org-model';
import { bundleDir } from './esbuild-bundle';
import { allowLogsToUseKey } from './logs-key-policy';
import { acknowledge, TRACED_LAMBDA_ACKNOWLEDGEMENTS } from './nag-acknowledgements';
import { orgSlug } from './org-naming';
import { denyListDocument } from './session-revocation/deny-list';
import { REVOCATION_ENV } from './session-revocation/revocation-env';

/** Identity Center's longest permission-set session (PT12H): the default when none is declared. */
export const LONGEST_SESSION_SECONDS = 12 * 3600;

/** The function IT's lifecycle invokes (same account: the management account). */
export function sessionRevocationFunctionName(model: Pick<OrgModel, 'name'>): string {
  return `${orgSlug(model)}-security-session-revocation`;
}

export interface SessionRevocationProps {
  /** Names the function, table and policy (`sessionRevocationFunctionName`). */
  readonly functionName: string;
  /** The identity store whose user ids the function accepts (a real user of the org). */
  readonly identityStoreId: string;
  /** The Identity Center instance whose account assignments an ended elevated grant must be out of. */
  readonly instanceArn: string;
  /** The OUs and accounts the deny list applies to (the management account is exempt from SCPs). */
  readonly targetIds: readonly string[];
  /** How long an entry stays: the longest session a permission set issues. */
  readonly longestSessionSeconds: number;
  /** Where the function's failures alarm (Security's alerts). */
  readonly alerts: sns.ITopic;
  /**
   * How often the SCP is re-rendered from the table (pruning, restoring after a deploy).
   * @default Duration.minutes(15)
   */
  readonly reconcileEvery?: Duration;
}

export class SessionRevocation extends Construct {
  readonly function: lambda.Function;
  readonly table: dynamodb.Table;
  readonly policy: organizations.CfnPolicy;
  readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: SessionRevocationProps) {
    super(scope, id);
    const { partition, account } = Stack.of(this);
    this.key = new kms.Key(this, 'Key', {
      description: 'Encrypts the session revocation table and logs',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    allowLogsToUseKey(this.key);

    this.table = new dynamodb.Table(this, 'RevokedUsers', {
      tableName: `${props.functionName}-users`,
      partitionKey: { name: 'userId', type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: 'expiresAt',
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.table, [
      {
        id: 'NIST.800.53.R5-DynamoDBInBackupPlan',
        reason: 'Point-in-time recovery backs it up; entries live for hours (the longest session)',
      },
    ]);

    // CloudFormation creates and attaches the policy; the function owns its content.
    this.policy = new organizations.CfnPolicy(this, 'DenyList', {
      name: `${props.functionName}-deny-list`,
      description:
        "Denies everything to the IAM Identity Center sessions of revoked leavers (maintained by Security's session revocation function)",
      type: 'SERVICE_CONTROL_POLICY',
      content: denyListDocument([], new Date(0)),
      targetIds: props.targetIds.length ? [...props.targetIds] : undefined,
    });

    this.function = new lambda.Function(this, 'Function', {
      functionName: props.functionName,
      description: "Security: adds a leaver's Identity Store user id to the session deny list (SCP)",
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(
        bundleDir({
          name: 'session-revocation',
          handlers: { 'session-revocation': 'lib/aws/session-revocation/handler.ts' },
          inputs: ['lib/aws/session-revocation', 'package-lock.json'],
        }),
      ),
      handler: 'session-revocation.handler',
      memorySize: 256,
      timeout: Duration.minutes(1),
      // One at a time: each run rewrites the whole policy from the table, so none overwrites another's entry.
      reservedConcurrentExecutions: 1,
      tracing: lambda.Tracing.ACTIVE,
      logGroup: new logs.LogGroup(this, 'Logs', {
        retention: logs.RetentionDays.ONE_YEAR,
        encryptionKey: this.key,
      }),
      environment: {
        [REVOCATION_ENV.table]: this.table.tableName,
        [REVOCATION_ENV.policyId]: this.policy.attrId,
        [REVOCATION_ENV.identityStoreId]: props.identityStoreId,
        [REVOCATION_ENV.longestSessionSeconds]: String(props.longestSessionSeconds),
        [REVOCATION_ENV.instanceArn]: props.instanceArn,
      },
    });
    this.table.grant(this.function, 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Scan');
    this.key.grant(this.function, 'kms:Decrypt', 'kms:GenerateDataKey');
    this.function.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['organizations:UpdatePolicy'], resources: [this.policy.attrArn] }),
    );
    const store = `arn:${partition}:identitystore::${account}:identitystore/${props.identityStoreId}`;
    const runtimeIds = ['user', 'membership'].map((kind) => `arn:${partition}:identitystore:::${kind}/*`);
    this.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [
          'identitystore:DescribeUser',
          'identitystore:ListGroupMembershipsForMember',
          'identitystore:UpdateUser',
        ],
        resources: [store, ...runtimeIds],
      }),
    );
    // An ended elevated grant's sessions are denied only once its assignments are gone.
    const instanceId = props.instanceArn.split('/').at(-1);
    const assignmentIds = [
      `arn:${partition}:sso:::permissionSet/${instanceId}/*`,
      `arn:${partition}:sso:::account/*`,
    ];
    this.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['sso:ListAccountAssignments'],
        resources: [props.instanceArn, ...assignmentIds],
      }),
    );

    new events.Rule(this, 'Reconcile', {
      description: 'Re-renders the session deny list: prunes expired entries, restores it after a deploy',
      schedule: events.Schedule.rate(props.reconcileEvery ?? Duration.minutes(15)),
      targets: [
        new targets.LambdaFunction(this.function, {
          event: events.RuleTargetInput.fromObject({ action: 'reconcile' }),
          retryAttempts: 2,
        }),
      ],
    });
    new cloudwatch.Alarm(this, 'Failing', {
      alarmName: `${props.functionName}-errors`,
      alarmDescription:
        "Session revocation failed (a refused id, a full deny list, or Organizations): leavers' AWS sessions may still be live",
      metric: this.function.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new actions.SnsAction(props.alerts));

    acknowledge(this.function, [
      ...runtimeIds.map((resource) => ({
        id: `AwsSolutions-IAM5[Resource::${resource}]`,
        reason:
          'Leavers and their memberships are known only at run time; the identity store is pinned by its ARN',
      })),
      ...assignmentIds.map((resource) => ({
        id: `AwsSolutions-IAM5[Resource::${resource}]`,
        reason:
          "An ended grant's permission set and accounts are known only at run time; only listing, in the org's instance",
      })),
      ...TRACED_LAMBDA_ACKNOWLEDGEMENTS,
      {
        id: 'NIST.800.53.R5-LambdaInsideVPC',
        reason:
          'Calls only AWS service endpoints (Organizations, Identity Store, Identity Center, DynamoDB); no private resource',
      },
      {
        id: 'NIST.800.53.R5-LambdaDLQ',
        reason:
          'Invoked synchronously by the lifecycle (which retries and parks) and every 15 minutes by a schedule; failures raise the Errors alarm',
      },
      {
        id: 'NIST.800.53.R5-IAMNoInlinePolicy',
        reason: "CDK writes the function role's policy from the grants above; it belongs to this one role",
      },
    ]);
  }
}
