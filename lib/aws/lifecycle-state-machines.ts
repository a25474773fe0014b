// The joiner/mover/leaver workflows as Step Functions state machines. Every task retries
// Lambda service errors and Okta rate limiting/unavailability with full-jitter backoff up
// to a maximum delay, and catches everything else into an alert and a failed execution.
// Offboarding waits out the grace period before deactivating; onboarding waits for the
// start date before activating.
import { type CfnElement, Duration, Stack } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { OFFBOARDING } from '../lifecycle/offboarding/offboarding-steps';
import { ONBOARDING } from '../lifecycle/onboarding/onboarding-steps';
import type { LifecycleFunctions } from './lifecycle-functions';
import { acknowledge } from './nag-acknowledgements';

export const LAMBDA_SERVICE_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Lambda.ClientExecutionTimeoutException',
];
/** Raised by the Okta client when retries within one invocation were not enough. */
export const OKTA_RETRYABLE_ERRORS = ['OktaRateLimitError', 'OktaUnavailableError'];
/** Okta applies group rules asynchronously: worth waiting for. */
export const GROUPS_PENDING_ERRORS = ['GroupsNotLandedError'];

export interface LifecycleStateMachinesProps {
  readonly namePrefix: string;
  readonly functions: LifecycleFunctions;
  readonly alerts: sns.ITopic;
  readonly key: kms.IKey;
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
          { action: 'open-offboarding', 'trigger.$': '$' },
          '$.opened',
        );
        let last: sfn.INextable = open;
        for (const step of OFFBOARDING) {
          const task = w.task(`Step${pascal(step.name)}`, props.functions.forStep(step.name), {
            action: 'offboarding-step',
            step: step.name,
            'case.$': '$.opened.case',
          });
          if (step.name === 'deactivate') {
            const grace = new sfn.Wait(w.scope, 'GracePeriod', {
              comment: 'Deactivation waits for the end of the grace period',
              time: sfn.WaitTime.timestampPath('$.opened.case.deactivateAt'),
            });
            last.next(grace);
            grace.next(task);
          } else last.next(task);
          last = task;
        }
        last.next(new sfn.Succeed(w.scope, 'Offboarded'));
        return open;
      },
    );

    this.onboarding = this.machine('Onboarding', 'onboarding', props, Duration.days(360), (w) => {
      const open = w.task(
        'OpenCase',
        props.functions.okta,
        { action: 'open-onboarding', 'trigger.$': '$' },
        '$.opened',
      );
      const steps = ONBOARDING.map((step) =>
        w.task(
          `Step${pascal(step.name)}`,
          props.functions.forStep(step.name),
          { action: 'onboarding-step', step: step.name, 'case.$': '$.opened.case' },
          sfn.JsonPath.DISCARD,
          step.name === 'verify-groups',
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
      return open.next(
        new sfn.Choice(w.scope, 'ActivationDue')
          .when(sfn.Condition.booleanEquals('$.opened.case.due', false), startDate.next(steps[0]))
          .otherwise(steps[0]),
      );
    });

    this.mover = this.machine('Mover', 'mover', props, Duration.hours(6), (w) =>
      w
        .task(
          'ReportMove',
          props.functions.okta,
          { action: 'report-move', 'trigger.$': '$' },
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
    const alert = new tasks.SnsPublish(scope, 'Alert', {
      topic: props.alerts,
      subject: `org-blueprint ${workflow} workflow failed`,
      message: sfn.TaskInput.fromText(
        sfn.JsonPath.format(
          '{} failed: {}',
          sfn.JsonPath.executionId,
          sfn.JsonPath.jsonToString(sfn.JsonPath.objectAt('$.error')),
        ),
      ),
      resultPath: sfn.JsonPath.DISCARD,
    });
    alert.addRetry({
      maxAttempts: 5,
      interval: Duration.seconds(5),
      backoffRate: 2,
      jitterStrategy: sfn.JitterType.FULL,
    });
    alert.next(
      new sfn.Fail(scope, 'Failed', {
        error: 'LifecycleStepFailed',
        cause: `a ${workflow} step failed; see the alert`,
      }),
    );
    const builder = new WorkflowBuilder(scope, alert);
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

/** Builds tasks that all share the workflow's retries and its catch-to-alert. */
class WorkflowBuilder {
  constructor(
    readonly scope: Construct,
    private readonly alert: sfn.IChainable,
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
      resultPath,
    });
    task.addRetry({
      errors: LAMBDA_SERVICE_ERRORS,
      interval: Duration.seconds(2),
      maxAttempts: 6,
      backoffRate: 2,
      maxDelay: Duration.minutes(1),
      jitterStrategy: sfn.JitterType.FULL,
    });
    task.addRetry({
      errors: OKTA_RETRYABLE_ERRORS,
      interval: Duration.seconds(30),
      maxAttempts: 6,
      backoffRate: 2,
      maxDelay: Duration.minutes(10),
      jitterStrategy: sfn.JitterType.FULL,
    });
    if (waitsForGroups)
      task.addRetry({
        errors: GROUPS_PENDING_ERRORS,
        interval: Duration.minutes(1),
        maxAttempts: 8,
        backoffRate: 1.5,
        maxDelay: Duration.minutes(15),
        jitterStrategy: sfn.JitterType.FULL,
      });
    task.addCatch(this.alert, { errors: [sfn.Errors.ALL], resultPath: '$.error' });
    return task;
  }
}

const pascal = (name: string) =>
  name
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
