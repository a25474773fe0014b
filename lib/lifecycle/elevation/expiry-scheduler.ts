// One-time EventBridge Scheduler schedules that end an elevation, through Scheduler's API:
// at() in UTC, no flexible window, deleted by Scheduler once they have run
// (ActionAfterCompletion: DELETE, which CloudFormation's AWS::Scheduler::Schedule cannot
// set), targeting Security's expiry function with its retry policy and dead-letter queue.
// Two callers: the stack's schedule resources (expiry-schedule-resource.ts: the body is in
// the template, the function creates it at deploy time) and break-glass (`blueprint
// elevate --confirm`, whose schedule comes before the config change that records it). Pure
// (the construct builds the body from it); the API calls are in scheduler-api.ts.
import { createHash } from 'node:crypto';
import { ELEVATION_RETRY, type ElevationExpiryRequest, type ExpiryRequest } from './elevation-case';

export interface ExpiryScheduleTarget {
  readonly functionArn: string;
  readonly roleArn: string;
  readonly deadLetterArn: string;
}

/** CreateSchedule's (and UpdateSchedule's) request body, as the Scheduler API reference gives it. */
export interface ScheduleBody {
  readonly ScheduleExpression: string;
  readonly ScheduleExpressionTimezone: 'UTC';
  readonly FlexibleTimeWindow: { readonly Mode: 'OFF' };
  readonly ActionAfterCompletion: 'DELETE';
  readonly State: 'ENABLED';
  readonly Description: string;
  readonly ClientToken?: string;
  readonly Target: {
    readonly Arn: string;
    readonly RoleArn: string;
    readonly Input: string;
    readonly DeadLetterConfig: { readonly Arn: string };
    readonly RetryPolicy: {
      readonly MaximumRetryAttempts: number;
      readonly MaximumEventAgeInSeconds: number;
    };
  };
}

/** `at(2026-11-23T18:00:00)`: Scheduler's one-time expression (the zone is set beside it: UTC). */
export const atExpression = (instant: string): string => `at(${instant.replace(/Z$/, '')})`;

/** The instant an at() expression names, `2026-11-23T18:00:00Z`. */
export const atInstant = (expression: string): string => `${expression.replace(/^at\((.*)\)$/, '$1')}Z`;

/** The schedule that ends `request` at `at` (its end, unless told otherwise). */
export function scheduleBody(
  request: ExpiryRequest,
  target: ExpiryScheduleTarget,
  options: { readonly description: string; readonly at?: string; readonly input?: string },
): ScheduleBody {
  return {
    ScheduleExpression: atExpression(options.at ?? request.expiresAt),
    ScheduleExpressionTimezone: 'UTC',
    FlexibleTimeWindow: { Mode: 'OFF' },
    ActionAfterCompletion: 'DELETE',
    State: 'ENABLED',
    Description: options.description,
    Target: {
      Arn: target.functionArn,
      RoleArn: target.roleArn,
      Input: options.input ?? JSON.stringify(request),
      DeadLetterConfig: { Arn: target.deadLetterArn },
      RetryPolicy: {
        MaximumRetryAttempts: ELEVATION_RETRY.maximumRetryAttempts,
        MaximumEventAgeInSeconds: ELEVATION_RETRY.maximumEventAgeInSeconds,
      },
    },
  };
}

/** A break-glass elevation's schedule (CreateSchedule's body, its name as the idempotency token). */
export function createScheduleBody(
  request: ElevationExpiryRequest,
  target: ExpiryScheduleTarget,
  clientToken: string,
): ScheduleBody {
  return {
    ...scheduleBody(request, target, {
      description: `Ends the break-glass elevation ${request.key} at ${request.expiresAt}`,
    }),
    ClientToken: clientToken,
  };
}

/** A Scheduler idempotency token (at most 64 characters) for one attempt at one schedule. */
export const clientToken = (...parts: readonly string[]): string =>
  createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 64);

/** Scheduler's schedules in the default group, by name. */
export interface Schedules {
  /** CreateSchedule; `exists` when one of that name is already there. */
  create(name: string, body: ScheduleBody): Promise<{ outcome: 'created' | 'exists'; requestId: string }>;
  /** UpdateSchedule; `absent` when there is none of that name (it ran, and Scheduler deleted it). */
  update(name: string, body: ScheduleBody): Promise<{ outcome: 'updated' | 'absent'; requestId: string }>;
  /** DeleteSchedule; `absent` when there is none of that name. */
  remove(name: string): Promise<{ outcome: 'deleted' | 'absent'; requestId: string }>;
}

/** Schedules in memory: for tests. */
export class MemorySchedules implements Schedules {
  readonly schedules = new Map<string, ScheduleBody>();
  readonly calls: string[] = [];
  async create(name: string, body: ScheduleBody) {
    this.calls.push(`create ${name} ${body.ScheduleExpression}`);
    const exists = this.schedules.has(name);
    if (!exists) this.schedules.set(name, body);
    return {
      outcome: exists ? ('exists' as const) : ('created' as const),
      requestId: `sched-${this.calls.length}`,
    };
  }
  async update(name: string, body: ScheduleBody) {
    this.calls.push(`update ${name} ${body.ScheduleExpression}`);
    if (!this.schedules.has(name))
      return { outcome: 'absent' as const, requestId: `sched-${this.calls.length}` };
    this.schedules.set(name, body);
    return { outcome: 'updated' as const, requestId: `sched-${this.calls.length}` };
  }
  async remove(name: string) {
    this.calls.push(`delete ${name}`);
    const had = this.schedules.delete(name);
    return {
      outcome: had ? ('deleted' as const) : ('absent' as const),
      requestId: `sched-${this.calls.length}`,
    };
  }
}

export interface ExpiryScheduler {
  /** Creates the schedule; `exists` when one of that name is already there. */
  schedule(
    name: string,
    request: ElevationExpiryRequest,
  ): Promise<{ readonly outcome: 'created' | 'exists'; readonly requestId: string }>;
}

/** Break-glass schedules in memory: for tests. */
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
