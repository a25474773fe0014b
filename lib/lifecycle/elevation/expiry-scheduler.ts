// Scheduling a break-glass elevation's end at once, through EventBridge Scheduler's API
// (the schedules in the stack come with the config change, which may merge later): a
// one-time schedule that targets Security's expiry function, in UTC, with the same retry
// policy and dead-letter queue, deleted by Scheduler once it has run.
import { type AwsRequester, requireOk } from '../handlers/signed-aws-request';
import { ELEVATION_RETRY, type ElevationExpiryRequest } from './elevation-case';

export interface ExpiryScheduleTarget {
  readonly functionArn: string;
  readonly roleArn: string;
  readonly deadLetterArn: string;
}

export interface ExpiryScheduler {
  /** Creates the schedule; `exists` when one of that name is already there. */
  schedule(
    name: string,
    request: ElevationExpiryRequest,
  ): Promise<{ readonly outcome: 'created' | 'exists'; readonly requestId: string }>;
}

/** CreateSchedule's request body (Scheduler API reference). */
export function createScheduleBody(
  request: ElevationExpiryRequest,
  target: ExpiryScheduleTarget,
  clientToken: string,
) {
  return {
    ScheduleExpression: `at(${request.expiresAt.replace(/Z$/, '')})`,
    ScheduleExpressionTimezone: 'UTC',
    FlexibleTimeWindow: { Mode: 'OFF' },
    ActionAfterCompletion: 'DELETE',
    State: 'ENABLED',
    Description: `Ends the break-glass elevation ${request.key} at ${request.expiresAt}`,
    ClientToken: clientToken,
    Target: {
      Arn: target.functionArn,
      RoleArn: target.roleArn,
      Input: JSON.stringify(request),
      DeadLetterConfig: { Arn: target.deadLetterArn },
      RetryPolicy: {
        MaximumRetryAttempts: ELEVATION_RETRY.maximumRetryAttempts,
        MaximumEventAgeInSeconds: ELEVATION_RETRY.maximumEventAgeInSeconds,
      },
    },
  };
}

/** Schedules in memory: for tests. */
export class MemoryExpiryScheduler implements ExpiryScheduler {
  readonly schedules = new Map<string, ElevationExpiryRequest>();
  async schedule(name: string, request: ElevationExpiryRequest) {
    const exists = this.schedules.has(name);
    this.schedules.set(name, request);
    return {
      outcome: exists ? ('exists' as const) : ('created' as const),
      requestId: `schedule-${this.schedules.size}`,
    };
  }
}

/** Scheduler's CreateSchedule over a signed request (its SDK client is not a dependency). */
export class ApiExpiryScheduler implements ExpiryScheduler {
  constructor(
    private readonly send: AwsRequester,
    private readonly region: string,
    private readonly target: ExpiryScheduleTarget,
  ) {}

  async schedule(name: string, request: ElevationExpiryRequest) {
    const response = await this.send({
      service: 'scheduler',
      region: this.region,
      method: 'POST',
      host: `scheduler.${this.region}.amazonaws.com`,
      path: `/schedules/${encodeURIComponent(name)}`,
      headers: { 'content-type': 'application/json' },
      // The same name is the same elevation's end: a retry finds it made (409), not a second one.
      body: JSON.stringify(createScheduleBody(request, this.target, name)),
    });
    const requestId = response.headers.get('x-amzn-requestid') ?? 'unknown';
    if (response.status === 409) return { outcome: 'exists' as const, requestId };
    requireOk('scheduler', response);
    return { outcome: 'created' as const, requestId };
  }
}
