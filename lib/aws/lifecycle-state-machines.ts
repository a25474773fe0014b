// The joiner/mover/leaver workflows as Step Functions state machines. Every task retries
// what waiting can fix (lifecycle-retry.ts: Lambda service errors, throttling, timeouts and
// crashes, idempotency records still in progress, Okta limits and outages) with full-jitter
// backoff up to a maximum delay. A task out of retries, or failing for any other reason,
// parks the case: a parked record in the audit table, an alert, and a failed execution
// (whose alarm fires), never a silent stop. An opening task that finds the trigger was the
// automation's own doing ends the execution at once. Offboarding waits out the grace period
// before deactivating; onboarding waits for the start date before activating.
import { type CfnElement, Duration, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { LIFECYCLE_ACTIONS as A } from '../lifecycle/handlers/task-names';
import { OFFBOARDING_STEPS, ONBOARDING_STEPS } from '../lifecycle/handlers/task-routing';
import type { LifecycleFunctions } from './lifecycle-functions';
import {
  addLifecycleRetry,
  CASE_PARKED_ERROR,
  GROUPS_PENDING_RETRY,
  LIFECYCLE_RETRIES,
  PARK_RETRY_ERRORS,
} from './lifecycle-retry';
import { acknowledge } from './nag-acknowledgements';

/** A task that has not answered within this long is retried (States.Timeout): the function's timeout plus a margin. */
export const TASK_TIMEOUT = Duration.minutes(6);

/** The audit record a parked case leaves: `caseId` `parked/<execution name>`, `seq` 1. */
export const PARKED_CASE_PREFIX = 'parked/';

/** The step of that record. */
export const PARKED_CASE_STEP = 'parked';

export interface LifecycleStateMachinesProps {
  /** State machines are named `<namePrefix>-<workflow>`. */
  readonly namePrefix: string;
  /** The Lambda functions the tasks invoke. */
  readonly functions: LifecycleFunctions;
  /** Where a parked case is announced. */
  readonly alerts: sns.ITopic;
  /** Encrypts the workflows' logs. */
  readonly key: kms.IKey;
  /** Where a parked case is recorded (the append-only audit table). */
  readonly auditTable: dynamodb.ITable;
  /** The offboarding grace period in days (lifecycle.yaml): an offboarding may run this long, plus 30 days. */
  readonly graceDays: number;
}

export class LifecycleStateMachines extends Construct {
  readonly offboarding: sfn.StateMachine;
  readonly onboarding: sfn.StateMachine;
  readonly mover: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: LifecycleStateMachinesProps) {
    super(scope, id);
    this.offboarding = this.machine(
      'Offboarding',
      'offboarding',
      props,
      Duration.days(props.graceDays + 30),
      (w) => {
        const open = w.task(
          'OpenCase',
          props.functions.okta,
          { action: A.openOffboarding, 'trigger.$': '$' },
          '$.opened',
        );
        let last: sfn.INextable = w.unlessIgnored(open);
        for (const step of OFFBOARDING_STEPS) {
          const task = w.task(`Step${pascal(step)}`, props.functions.forStep(step), {
            action: A.offboardingStep,
            step,
            'case.$': '$.opened.case',
          });
          if (step === 'deactivate') {
            const grace = new sfn.Wait(w.scope, 'GracePeriod', {
              comment: 'Deactivation waits for the end of the grace period',
              time: sfn.WaitTime.timestampPath('$.opened.case.deactivateAt'),
            });
            last.next(grace);
            grace.next(task);
          } else last.next(task);
          last = task;
          if (step === 'deny-aws') {
            // Group removal stops new AWS sessions; this ends the ones already issued.
            const revoke = w.task('RevokeAwsSessions', props.functions.awsAccess, {
              action: A.revokeAwsSessions,
              'case.$': '$.opened.case',
            });
            last.next(revoke);
            last = revoke;
          }
        }
        last.next(new sfn.Succeed(w.scope, 'Offboarded'));
        return open;
      },
    );

    this.onboarding = this.machine('Onboarding', 'onboarding', props, Duration.days(360), (w) => {
      const open = w.task(
        'OpenCase',
        props.functions.okta,
        { action: A.openOnboarding, 'trigger.$': '$' },
        '$.opened',
      );
      const steps = ONBOARDING_STEPS.map((step) =>
        w.task(
          `Step${pascal(step)}`,
          props.functions.forStep(step),
          { action: A.onboardingStep, step, 'case.$': '$.opened.case' },
          sfn.JsonPath.DISCARD,
          step === 'verify-groups',
        ),
      );
      const startDate = new sfn.Wait(w.scope, 'StartDate', {
        comment: 'Activation waits for the start date (less the lead time in lifecycle.yaml)',
        time: sfn.WaitTime.timestampPath('$.opened.case.activateAt'),
      });
      steps.slice(1).forEach((s, i) => {
        steps[i].next(s);
      });
      steps.at(-1)!.next(new sfn.Succeed(w.scope, 'Onboarded'));
      w.unlessIgnored(open).next(
        new sfn.Choice(w.scope, 'ActivationDue')
          .when(sfn.Condition.booleanEquals('$.opened.case.due', false), startDate.next(steps[0]))
          .otherwise(steps[0]),
      );
      return open;
    });

    this.mover = this.machine('Mover', 'mover', props, Duration.hours(6), (w) =>
      w
        .task(
          'ReportMove',
          props.functions.okta,
          { action: A.reportMove, 'trigger.$': '$' },
          sfn.JsonPath.DISCARD,
          true,
        )
        .next(new sfn.Succeed(w.scope, 'Reported')),
    );
  }

  private machine(
    id: string,
    workflow: string,
    props: LifecycleStateMachinesProps,
    timeout: Duration,
    define: (w: WorkflowBuilder) => sfn.IChainable,
  ): sfn.StateMachine {
    const scope = new Construct(this, id);
    const park = new tasks.DynamoPutItem(scope, 'ParkCase', {
      comment: 'The case stops here until someone looks: a parked record in the audit trail',
      table: props.auditTable,
      item: {
        caseId: tasks.DynamoAttributeValue.fromString(
          sfn.JsonPath.format(`${PARKED_CASE_PREFIX}{}`, sfn.JsonPath.stringAt('$$.Execution.Name')),
        ),
        seq: tasks.DynamoAttributeValue.fromNumber(1),
        workflow: tasks.DynamoAttributeValue.fromString(workflow),
        step: tasks.DynamoAttributeValue.fromString(PARKED_CASE_STEP),
        outcome: tasks.DynamoAttributeValue.fromString('failed'),
        at: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$$.State.EnteredTime')),
        actor: tasks.DynamoAttributeValue.fromString(
          sfn.JsonPath.format('stepfunctions:{}', sfn.JsonPath.stringAt('$$.Execution.Name')),
        ),
        requestIds: tasks.DynamoAttributeValue.fromList([]),
        error: tasks.DynamoAttributeValue.fromString(
          sfn.JsonPath.jsonToString(sfn.JsonPath.objectAt('$.error')),
        ),
        // Everything the execution knew (the trigger, the opened case), to resume from.
        note: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.jsonToString(sfn.JsonPath.objectAt('$'))),
      },
      conditionExpression: 'attribute_not_exists(caseId)',
      resultPath: sfn.JsonPath.DISCARD,
    });
    park.addRetry({
      errors: [...PARK_RETRY_ERRORS],
      interval: Duration.seconds(2),
      maxAttempts: 5,
      backoffRate: 2,
      jitterStrategy: sfn.JitterType.FULL,
    });
    const alert = new tasks.SnsPublish(scope, 'Alert', {
      topic: props.alerts,
      subject: `org-blueprint ${workflow} case parked`,
      message: sfn.TaskInput.fromText(
        sfn.JsonPath.format(
          '{} parked (audit record {}): {}',
          sfn.JsonPath.executionId,
          sfn.JsonPath.format(`${PARKED_CASE_PREFIX}{}`, sfn.JsonPath.stringAt('$$.Execution.Name')),
          sfn.JsonPath.jsonToString(sfn.JsonPath.objectAt('$.error')),
        ),
      ),
      resultPath: sfn.JsonPath.DISCARD,
    });
    // Even a park that cannot be written still alerts.
    park.addCatch(alert, { errors: [sfn.Errors.ALL], resultPath: '$.parkError' });
    park.next(alert);
    alert.addRetry({
      maxAttempts: 5,
      interval: Duration.seconds(5),
      backoffRate: 2,
      jitterStrategy: sfn.JitterType.FULL,
    });
    alert.next(
      new sfn.Fail(scope, 'Failed', {
        error: CASE_PARKED_ERROR,
        cause: `a ${workflow} step failed and the case is parked; see the alert and the parked audit record`,
      }),
    );
    const builder = new WorkflowBuilder(scope, park);
    const machine = new sfn.StateMachine(scope, 'StateMachine', {
      stateMachineName: `${props.namePrefix}-${workflow}`,
      comment: `org-blueprint ${workflow} workflow`,
      definitionBody: sfn.DefinitionBody.fromChainable(define(builder)),
      timeout,
      tracingEnabled: true,
      logs: {
        destination: new logs.LogGroup(scope, 'Logs', {
          retention: logs.RetentionDays.ONE_YEAR,
          encryptionKey: props.key,
        }),
        level: sfn.LogLevel.ALL,
        includeExecutionData: false,
      },
    });
    props.key.grant(machine, 'kms:Decrypt', 'kms:GenerateDataKey');
    const invoked = [props.functions.okta, props.functions.notify, props.functions.awsAccess].map(
      (fn) => `<${Stack.of(fn).getLogicalId(fn.node.defaultChild as CfnElement)}.Arn>:*`,
    );
    acknowledge(machine, [
      {
        id: 'NIST.800.53.R5-IAMNoInlinePolicy',
        reason:
          'CDK writes the workflow and event-rule roles their policies from the tasks; each belongs to one role',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray tracing and CloudWatch Logs delivery for Step Functions take no resource ARN',
      },
      ...invoked.map((resource) => ({
        id: `AwsSolutions-IAM5[Resource::${resource}]`,
        reason:
          "Invoking any version of the workflow's own lifecycle function (the task calls the unqualified ARN)",
      })),
    ]);
    return machine;
  }
}

/** Builds tasks that all share the workflow's retries, timeout and catch-to-park. */
class WorkflowBuilder {
  constructor(
    readonly scope: Construct,
    private readonly park: sfn.IChainable,
  ) {}

  task(
    id: string,
    fn: lambda.IFunction,
    payload: Record<string, unknown>,
    resultPath: string = sfn.JsonPath.DISCARD,
    waitsForGroups = false,
  ): tasks.LambdaInvoke {
    const task = new tasks.LambdaInvoke(this.scope, id, {
      lambdaFunction: fn,
      payload: sfn.TaskInput.fromObject({ ...payload, executionId: sfn.JsonPath.executionId }),
      payloadResponseOnly: true,
      retryOnServiceExceptions: false,
      taskTimeout: sfn.Timeout.duration(TASK_TIMEOUT),
      resultPath,
    });
    for (const retry of LIFECYCLE_RETRIES) addLifecycleRetry(task, retry);
    if (waitsForGroups) addLifecycleRetry(task, GROUPS_PENDING_RETRY);
    task.addCatch(this.park, { errors: [sfn.Errors.ALL], resultPath: '$.error' });
    return task;
  }

  /** After an opening task: an event the automation caused ends the execution here. */
  unlessIgnored(open: tasks.LambdaInvoke): sfn.INextable {
    const opened = new sfn.Choice(this.scope, 'Opened').when(
      sfn.Condition.isPresent('$.opened.ignored'),
      new sfn.Succeed(this.scope, 'Ignored', { comment: 'The automation caused this event itself' }),
    );
    open.next(opened);
    return {
      next: (state) => {
        opened.otherwise(state);
        return sfn.Chain.start(state);
      },
    };
  }
}

const pascal = (name: string) =>
  name
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
