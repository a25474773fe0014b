// Which errors the lifecycle workflows retry, and how. The error names are the contract
// between the Lambda runtime (which raises them) and the state machines (which match them):
// the runtime's names are imported from where the runtime exports them, once. Everything not
// listed is a bug or a state the workflow cannot fix by waiting: it parks the case and
// raises the alarm.
import { Duration } from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  AWS_THROTTLING_ERROR,
  CASE_ALREADY_RUNNING_ERROR,
  IDEMPOTENCY_IN_PROGRESS_ERROR,
} from '../lifecycle/handlers/task-names';
import { GROUPS_NOT_LANDED_ERROR_NAMES, RETRYABLE_ERROR_NAMES } from '../lifecycle/okta/okta-errors';

/** Transient Lambda service errors (AWS: "Handle Lambda service exceptions"). */
export const LAMBDA_SERVICE_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Lambda.ClientExecutionTimeoutException',
] as const;

/**
 * AWS throttling that outlasted the SDK's own retries (DynamoDB, Identity Store, Step
 * Functions), or a 429/503 of a signed call (S3, SSM, Lambda).
 */
export const AWS_THROTTLING_ERRORS = [
  AWS_THROTTLING_ERROR,
  'ThrottlingException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
] as const;

/**
 * The invocation died without an answer: the task's own timeout (States.Timeout), the
 * function's timeout (Sandbox.Timedout), out of memory or a crashed runtime
 * (Runtime.OutOfMemory, Runtime.ExitError; Lambda.Unknown where Lambda reports no type).
 * Safe to re-run: every step reads the state before it changes it, and the invocation is
 * idempotent on (execution, action, step).
 */
export const LAMBDA_CRASH_ERRORS = [
  sfn.Errors.TIMEOUT,
  'Sandbox.Timedout',
  'Runtime.OutOfMemory',
  'Runtime.ExitError',
  'Lambda.Unknown',
] as const;

/**
 * Powertools Idempotency: an earlier invocation with the same key is still recorded as in
 * progress (it timed out or crashed; the record expires with the function's timeout).
 */
export const IDEMPOTENCY_IN_PROGRESS_ERRORS = [IDEMPOTENCY_IN_PROGRESS_ERROR] as const;

/**
 * The Okta client's retries within one invocation were not enough: Okta is limiting, down,
 * or left an outcome unknown (the step re-reads the state on its next run).
 */
export const OKTA_RETRYABLE_ERRORS: readonly string[] = RETRYABLE_ERROR_NAMES;

/**
 * Another run (a CLI emergency run, another case's execution) holds the person's offboarding
 * lease: wait for it to end (the steps then find its work done), or park if it does not.
 */
export const CASE_ALREADY_RUNNING_ERRORS = [CASE_ALREADY_RUNNING_ERROR] as const;

/** Okta applies group rules asynchronously: worth waiting for (onboarding's group check). */
export const GROUPS_PENDING_ERRORS: readonly string[] = GROUPS_NOT_LANDED_ERROR_NAMES;

export interface LifecycleRetry {
  readonly errors: readonly string[];
  readonly interval: Duration;
  readonly maxAttempts: number;
  readonly backoffRate: number;
  readonly maxDelay: Duration;
}

/** The retries every lifecycle task has, in the order Step Functions matches them. */
export const LIFECYCLE_RETRIES: readonly LifecycleRetry[] = [
  {
    errors: LAMBDA_SERVICE_ERRORS,
    interval: Duration.seconds(2),
    maxAttempts: 6,
    backoffRate: 2,
    maxDelay: Duration.minutes(1),
  },
  {
    errors: AWS_THROTTLING_ERRORS,
    interval: Duration.seconds(5),
    maxAttempts: 6,
    backoffRate: 2,
    maxDelay: Duration.minutes(2),
  },
  {
    errors: LAMBDA_CRASH_ERRORS,
    interval: Duration.seconds(10),
    maxAttempts: 3,
    backoffRate: 2,
    maxDelay: Duration.minutes(2),
  },
  {
    // Long enough for an in-progress record of a timed-out invocation (5 minutes) to expire.
    errors: IDEMPOTENCY_IN_PROGRESS_ERRORS,
    interval: Duration.seconds(30),
    maxAttempts: 6,
    backoffRate: 2,
    maxDelay: Duration.minutes(5),
  },
  {
    errors: OKTA_RETRYABLE_ERRORS,
    interval: Duration.seconds(30),
    maxAttempts: 6,
    backoffRate: 2,
    maxDelay: Duration.minutes(10),
  },
  {
    // About an hour in all: longer than any CLI run; a case held longer (another execution
    // waiting out its grace period) parks this one with an alert.
    errors: CASE_ALREADY_RUNNING_ERRORS,
    interval: Duration.minutes(1),
    maxAttempts: 8,
    backoffRate: 2,
    maxDelay: Duration.minutes(15),
  },
];

/**
 * What the park task (its DynamoDB PutItem of the parked record) retries: DynamoDB throttling
 * and internal errors, as Step Functions names DynamoDB's errors in an optimized integration.
 */
export const PARK_RETRY_ERRORS = [
  'DynamoDB.ProvisionedThroughputExceededException',
  'DynamoDB.InternalServerErrorException',
  'DynamoDB.ThrottlingException',
  'DynamoDB.RequestLimitExceeded',
] as const;

/** The error a parked case's execution fails with (its Fail state): the executions-failed alarm fires. */
export const CASE_PARKED_ERROR = 'LifecycleCaseParked';

/** For the group check of onboarding only. */
export const GROUPS_PENDING_RETRY: LifecycleRetry = {
  errors: GROUPS_PENDING_ERRORS,
  interval: Duration.minutes(1),
  maxAttempts: 8,
  backoffRate: 1.5,
  maxDelay: Duration.minutes(15),
};

/** Adds a retry with full jitter (concurrent retries of many cases spread out). */
export function addLifecycleRetry(task: sfn.TaskStateBase, retry: LifecycleRetry): void {
  task.addRetry({
    errors: [...retry.errors],
    interval: retry.interval,
    maxAttempts: retry.maxAttempts,
    backoffRate: retry.backoffRate,
    maxDelay: retry.maxDelay,
    jitterStrategy: sfn.JitterType.FULL,
  });
}
