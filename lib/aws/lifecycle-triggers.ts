// What starts the lifecycle workflows, declared in the automation's own scope (so construct
// ids stay those of LifecycleAutomation): an EventBridge rule per workflow on the Okta
// lifecycle bus, which drops the automation's own events and hands the rest to the start
// function; the nightly schedule that sweeps for leavers past their end date and starts
// due; and the alarms on parked (failed) and timed-out executions.
import { Duration, Stack, TimeZone } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { StartRequest, WorkflowName } from '../lifecycle/handlers/start-workflows';

/** Okta System Log event types that start each workflow. */
export const LIFECYCLE_EVENT_TYPES = {
  offboarding: ['user.lifecycle.suspend', 'user.lifecycle.deactivate'],
  onboarding: ['user.lifecycle.create', 'user.lifecycle.activate'],
  mover: ['user.account.update_profile'],
} as const;

export interface WorkflowTriggersProps {
  /** Names the rules and alarms: `<prefix>-<workflow>`. */
  readonly prefix: string;
  /** The Okta lifecycle bus the rules listen on (Okta's partner event bus, or its forward). */
  readonly eventBus: events.IEventBus;
  /** The start function (start-tasks): it names each execution after its person and case. */
  readonly start: lambda.IFunction;
  /** Each workflow's state machine: its failed and timed-out executions raise an alarm. */
  readonly workflows: Readonly<Record<WorkflowName, sfn.StateMachine>>;
  /** Where an event the start function could not take is kept for replay. */
  readonly deadLetters: sqs.IQueue;
  /** Where the alarms on parked and timed-out executions alert. */
  readonly alerts: sns.ITopic;
  /** Okta actor ids whose events start nothing (the automation's own OAuth client). */
  readonly ownOktaActorIds: readonly string[];
}

/**
 * The rules and alarms of each workflow, in `scope` (ids `<Workflow>Events`,
 * `<Workflow>Failed`, `<Workflow>TimedOut`), so they keep the automation's construct ids.
 */
export function addWorkflowTriggers(scope: Construct, props: WorkflowTriggersProps): void {
  for (const workflow of ['offboarding', 'onboarding', 'mover'] as const) {
    const machine = props.workflows[workflow];
    const name = workflow[0].toUpperCase() + workflow.slice(1);
    // The whole Okta event as `event` (start-workflows.ts: StartRequest of kind 'event').
    const request = { kind: 'event' as const, workflow, event: events.EventField.fromPath('$') };
    new events.Rule(scope, `${name}Events`, {
      ruleName: `${props.prefix}-${workflow}`,
      description: `Okta ${LIFECYCLE_EVENT_TYPES[workflow].join(', ')} start the ${workflow} workflow (one execution per person and case)`,
      eventBus: props.eventBus,
      eventPattern: {
        source: events.Match.prefix('aws.partner/okta.com'),
        detail: {
          eventType: [...LIFECYCLE_EVENT_TYPES[workflow]],
          outcome: { result: ['SUCCESS'] },
          // The automation's own suspend or deactivate never opens a second case.
          ...(props.ownOktaActorIds.length
            ? { actor: { id: events.Match.anythingBut(...props.ownOktaActorIds) } }
            : {}),
        },
      },
      targets: [
        new targets.LambdaFunction(props.start, {
          event: events.RuleTargetInput.fromObject(request),
          deadLetterQueue: props.deadLetters,
          retryAttempts: 8,
          maxEventAge: Duration.hours(24),
        }),
      ],
    });
    for (const [what, metric] of [
      ['failed', machine.metricFailed({ period: Duration.minutes(5), statistic: 'Sum' })],
      ['timed-out', machine.metricTimedOut({ period: Duration.minutes(5), statistic: 'Sum' })],
    ] as const)
      new cloudwatch.Alarm(scope, `${name}${what === 'failed' ? 'Failed' : 'TimedOut'}`, {
        alarmName: `${props.prefix}-${workflow}-${what}`,
        alarmDescription:
          what === 'failed'
            ? `A ${workflow} case is parked (its execution failed): see the alert email and the parked audit record`
            : `A ${workflow} execution ran out of time: resume the case by hand (see the execution's history)`,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(new actions.SnsAction(props.alerts));
  }
}

export interface NightlySweepProps {
  /** Names the schedule: `<prefix>-nightly-sweep`. */
  readonly prefix: string;
  /** The start function the schedule invokes with `{"kind": "sweep"}`. */
  readonly start: lambda.IFunction;
  /** Where a sweep the scheduler could not deliver is kept. */
  readonly deadLetters: sqs.IQueue;
  /** The key the dead-letter queue is encrypted with. */
  readonly key: kms.IKey;
  /**
   * When the sweep runs.
   * @default - 00:15 UTC every day
   */
  readonly schedule?: scheduler.ScheduleExpression;
}

/**
 * The nightly run of the start function (`{"kind": "sweep"}`), in `scope` (ids `SweepRole`,
 * `SweepInvoke`, `NightlySweep`), so it keeps the automation's construct ids.
 */
export function addNightlySweep(scope: Construct, props: NightlySweepProps): scheduler.Schedule {
  // A role that may invoke the start function and nothing else, with a customer-managed
  // policy: the target's default would be an inline policy on the function and its versions.
  const role = new iam.Role(scope, 'SweepRole', {
    assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
      conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(scope).account } },
    }),
    description: 'Lets EventBridge Scheduler start the nightly lifecycle sweep',
    managedPolicies: [
      new iam.ManagedPolicy(scope, 'SweepInvoke', {
        statements: [
          new iam.PolicyStatement({
            actions: ['lambda:InvokeFunction'],
            resources: [props.start.functionArn],
          }),
          new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [props.deadLetters.queueArn] }),
          new iam.PolicyStatement({
            actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
            resources: [props.key.keyArn],
          }),
        ],
      }),
    ],
  });
  return new scheduler.Schedule(scope, 'NightlySweep', {
    scheduleName: `${props.prefix}-nightly-sweep`,
    description:
      'Starts the offboarding of everyone past their end date and not yet offboarded, and every start due (re-hires included)',
    schedule:
      props.schedule ??
      scheduler.ScheduleExpression.cron({ minute: '15', hour: '0', timeZone: TimeZone.ETC_UTC }),
    target: new schedulerTargets.LambdaInvoke(props.start, {
      input: scheduler.ScheduleTargetInput.fromObject({ kind: 'sweep' } satisfies StartRequest),
      role: role.withoutPolicyUpdates(),
      deadLetterQueue: props.deadLetters,
      retryAttempts: 8,
      maxEventAge: Duration.hours(6),
    }),
  });
}
