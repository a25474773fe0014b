// The joiner/mover/leaver automation in IT's stack. Okta System Log events (user
// suspended, deactivated, created, activated, profile updated) arrive on an event bus;
// EventBridge rules (which drop the automation's own events) and a nightly schedule (which
// starts every leaver's case once their end date has passed: the lifecycle, not a deploy,
// owns user status) invoke the start function, which starts the Step Functions workflows
// under one execution name per person and case; their tasks run the lifecycle runtime
// (lib/lifecycle) in Lambda. Around them: the Okta credential in Secrets Manager, the org's
// directory as data (S3 object + SSM pointer), an append-only audit table (point-in-time
// recovery, retained), the idempotency table, the case leases (one offboarding per person
// at a time), a dead-letter queue, and alarms on failed
// and timed-out executions and dead letters, all encrypted with one customer-managed key.
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { LifecycleDirectory } from '../lifecycle/lifecycle-directory';
import type { OrgModel } from '../model/org-model';
import { LifecycleDirectoryData } from './lifecycle-directory-data';
import { LifecycleFunctions } from './lifecycle-functions';
import { LifecycleStateMachines } from './lifecycle-state-machines';
import { addNightlySweep, addWorkflowTriggers } from './lifecycle-triggers';
import { allowLogsToUseKey } from './logs-key-policy';
import { acknowledge } from './nag-acknowledgements';
import { orgSlug } from './org-naming';

export { LIFECYCLE_EVENT_TYPES } from './lifecycle-triggers';

/** The IT-owned bus the Okta lifecycle events are forwarded to (known before it exists). */
export function lifecycleEventBusName(model: Pick<OrgModel, 'name'>): string {
  return `${orgSlug(model)}-it-okta-lifecycle`;
}

export interface LifecycleAutomationProps {
  /** The org's display name, in the key's description and the alerts' display name. */
  readonly orgName: string;
  /** The org's Okta URL, prefilled in the Okta credential's JSON shell. */
  readonly oktaOrgUrl: string;
  /** The org's directory as the lifecycle runtime reads it (`lifecycleDirectory(model)`). */
  readonly directory: LifecycleDirectory;
  /** The prefix of every resource name (`lifecyclePrefix`, e.g. "acme-it-lifecycle"). */
  readonly namePrefix: string;
  /** Security's session revocation function, in this account (`sessionRevocationFunctionName`). */
  readonly sessionRevocationFunctionName: string;
  /**
   * The bus Okta's System Log events arrive on.
   * @default - a new IT-owned bus named `eventBusName` that `oktaLogStreamAccountId` may put
   * events on (Security forwards the lifecycle events to it from the Okta partner bus)
   */
  readonly eventBus?: events.IEventBus;
  /**
   * The name of the bus created when no `eventBus` is given (`lifecycleEventBusName`).
   * @default - no bus is created: `eventBus` must be given
   */
  readonly eventBusName?: string;
  /**
   * The account of the Okta log stream (Security's), allowed to put events on the created bus
   * when it is not this stack's account.
   * @default - no other account may put events on it
   */
  readonly oktaLogStreamAccountId?: string;
  /**
   * The automation's own Okta OAuth client ids (the lifecycle service app): events they
   * cause are dropped by the rules' pattern (`detail.actor.id`) and by the start function.
   * @default - none in the pattern; okta-tasks still ignores events of the client in its credential
   */
  readonly ownOktaActorIds?: readonly string[];
  /**
   * When the nightly sweep starts the cases of leavers past their end date (and due starts).
   * @default - 00:15 UTC every day
   */
  readonly sweepSchedule?: scheduler.ScheduleExpression;
}

export class LifecycleAutomation extends Construct {
  readonly directory: LifecycleDirectory;
  readonly directoryData: LifecycleDirectoryData;
  readonly key: kms.Key;
  readonly eventBus: events.IEventBus;
  readonly oktaCredential: secretsmanager.Secret;
  readonly auditTable: dynamodb.Table;
  readonly idempotencyTable: dynamodb.Table;
  /** One offboarding case per person at a time: the lease items (lib/lifecycle/lease). */
  readonly leaseTable: dynamodb.Table;
  readonly deadLetters: sqs.Queue;
  readonly alerts: sns.Topic;
  readonly functions: LifecycleFunctions;
  readonly workflows: LifecycleStateMachines;
  readonly sweep: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: LifecycleAutomationProps) {
    super(scope, id);
    if (props.eventBus === undefined && props.eventBusName === undefined)
      throw new Error(
        'LifecycleAutomation: give eventBus (an existing bus) or eventBusName (the bus to create)',
      );
    const prefix = props.namePrefix;
    this.directory = props.directory;

    this.key = new kms.Key(this, 'Key', {
      description: `Encrypts ${props.orgName}'s joiner/mover/leaver automation data (audit trail, Okta credential, queues, logs)`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.allowServicesToUseKey();

    this.oktaCredential = new secretsmanager.Secret(this, 'OktaCredential', {
      secretName: `${prefix}/okta`,
      description:
        'Okta OAuth service app for the lifecycle workflows: JSON {orgUrl, clientId, privateKey, keyId} (see README)',
      encryptionKey: this.key,
      // A JSON shell to fill in after deploy; the Lambda says exactly what is missing until then.
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ orgUrl: props.oktaOrgUrl }),
        generateStringKey: 'unused',
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

    this.auditTable = new dynamodb.Table(this, 'AuditTrail', {
      tableName: `${prefix}-audit`,
      partitionKey: { name: 'caseId', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'seq', type: dynamodb.AttributeType.NUMBER },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // Append-only for everyone, administrators included: records are put, never changed.
      resourcePolicy: new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({
            sid: 'AppendOnly',
            effect: iam.Effect.DENY,
            principals: [new iam.AnyPrincipal()],
            actions: [
              'dynamodb:DeleteItem',
              'dynamodb:UpdateItem',
              'dynamodb:BatchWriteItem',
              'dynamodb:PartiQLDelete',
              'dynamodb:PartiQLUpdate',
            ],
            resources: ['*'],
          }),
        ],
      }),
    });

    this.idempotencyTable = new dynamodb.Table(this, 'Idempotency', {
      tableName: `${prefix}-idempotency`,
      partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: 'expiration',
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // One item per person whose offboarding is running; `ttl` removes those of killed runs.
    this.leaseTable = new dynamodb.Table(this, 'CaseLeases', {
      tableName: `${prefix}-leases`,
      partitionKey: { name: 'leaseKey', type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: 'ttl',
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    for (const table of [this.auditTable, this.idempotencyTable, this.leaseTable])
      acknowledge(table, [
        {
          id: 'NIST.800.53.R5-DynamoDBInBackupPlan',
          reason:
            'Point-in-time recovery (35 days) backs this table up; the audit table is also retained on removal',
        },
      ]);

    this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
      queueName: `${prefix}-dead-letters`,
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: this.key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(this.deadLetters, [
      {
        id: 'AwsSolutions-SQS3',
        reason: 'This queue is the dead-letter queue of the lifecycle rules and functions',
      },
    ]);

    this.alerts = new sns.Topic(this, 'Alerts', {
      topicName: `${prefix}-alerts`,
      displayName: `${props.orgName} joiner/mover/leaver automation alerts`,
      masterKey: this.key,
      enforceSSL: true,
    });
    this.alerts.addSubscription(new subs.EmailSubscription(this.directory.sender));

    this.directoryData = new LifecycleDirectoryData(this, 'Directory', {
      directory: this.directory,
      namePrefix: prefix,
    });
    const ownOktaActorIds = [...(props.ownOktaActorIds ?? [])].sort();
    this.functions = new LifecycleFunctions(this, 'Functions', {
      directory: this.directory,
      directoryData: this.directoryData,
      sessionRevocationFunctionName: props.sessionRevocationFunctionName,
      ownOktaActorIds,
      namePrefix: prefix,
      key: this.key,
      auditTable: this.auditTable,
      idempotencyTable: this.idempotencyTable,
      leaseTable: this.leaseTable,
      oktaCredential: this.oktaCredential,
      deadLetters: this.deadLetters,
    });
    this.workflows = new LifecycleStateMachines(this, 'Workflows', {
      namePrefix: prefix,
      functions: this.functions,
      alerts: this.alerts,
      key: this.key,
      auditTable: this.auditTable,
      graceDays: this.directory.offboarding.graceDays,
    });
    this.functions.allowStarting({
      offboarding: this.workflows.offboarding,
      onboarding: this.workflows.onboarding,
      mover: this.workflows.mover,
    });

    this.eventBus = props.eventBus ?? this.lifecycleBus(props.eventBusName!, props.oktaLogStreamAccountId);
    addWorkflowTriggers(this, {
      prefix,
      eventBus: this.eventBus,
      start: this.functions.start,
      workflows: this.workflows,
      deadLetters: this.deadLetters,
      alerts: this.alerts,
      ownOktaActorIds,
    });
    this.sweep = addNightlySweep(this, {
      prefix,
      start: this.functions.start,
      deadLetters: this.deadLetters,
      key: this.key,
      ...(props.sweepSchedule ? { schedule: props.sweepSchedule } : {}),
    });
    new cloudwatch.Alarm(this, 'DeadLettersWaiting', {
      alarmName: `${prefix}-dead-letters`,
      alarmDescription:
        'An Okta lifecycle event (or an async invocation) could not be delivered: replay it from the queue',
      metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new actions.SnsAction(this.alerts));
  }

  /** An IT-owned bus; the Okta log stream's account (Security's) forwards lifecycle events to it. */
  private lifecycleBus(name: string, source: string | undefined): events.EventBus {
    const bus = new events.EventBus(this, 'OktaEvents', {
      eventBusName: name,
      description: 'Okta user lifecycle events, forwarded from the Okta log stream partner bus',
    });
    if (source !== undefined && source !== Stack.of(this).account) {
      // On the bus itself (not a separate EventBusPolicy resource, whose `principal` form is deprecated).
      const arn = Stack.of(this).formatArn({ service: 'events', resource: 'event-bus', resourceName: name });
      (bus.node.defaultChild as events.CfnEventBus).policy = new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({
            sid: 'OktaLogStreamAccountForwards',
            principals: [new iam.AccountPrincipal(source)],
            actions: ['events:PutEvents'],
            resources: [arn],
          }),
        ],
      }).toJSON();
    }
    return bus;
  }

  /** The services that encrypt with the key on the automation's behalf. */
  private allowServicesToUseKey(): void {
    const { account } = Stack.of(this);
    allowLogsToUseKey(this.key);
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AlarmsAndRules',
        principals: ['cloudwatch.amazonaws.com', 'events.amazonaws.com'].map(
          (s) => new iam.ServicePrincipal(s),
        ),
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );
  }
}
