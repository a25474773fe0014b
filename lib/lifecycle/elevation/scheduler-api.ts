// Scheduler's API over a signed request (its SDK client is not a dependency): the calls the
// expiry function makes at deploy time for the stack's schedules, and break-glass's
// CreateSchedule (lib/cli/commands/elevate.ts). Kept apart from the schedule bodies
// (expiry-scheduler.ts), which the construct, and so the review, loads.
import { type AwsRequester, requireOk } from '../handlers/signed-aws-request';
import type { ElevationExpiryRequest } from './elevation-case';
import {
  createScheduleBody,
  type ExpiryScheduler,
  type ExpiryScheduleTarget,
  type ScheduleBody,
  type Schedules,
} from './expiry-scheduler';

/** Scheduler's API over a signed request (its SDK client is not a dependency). */
export class SchedulerApi implements Schedules {
  constructor(
    private readonly send: AwsRequester,
    private readonly region: string,
  ) {}

  private call(method: 'POST' | 'PUT' | 'DELETE', name: string, body?: ScheduleBody) {
    return this.send({
      service: 'scheduler',
      region: this.region,
      method,
      host: `scheduler.${this.region}.amazonaws.com`,
      path: `/schedules/${encodeURIComponent(name)}`,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  async create(name: string, body: ScheduleBody) {
    const response = await this.call('POST', name, body);
    const requestId = response.headers.get('x-amzn-requestid') ?? 'unknown';
    // The same name is the same elevation's end: a retry finds it made (409), not a second one.
    if (response.status === 409) return { outcome: 'exists' as const, requestId };
    requireOk('scheduler', response);
    return { outcome: 'created' as const, requestId };
  }

  async update(name: string, body: ScheduleBody) {
    const { ClientToken: _, ...update } = body;
    const response = await this.call('PUT', name, update);
    const requestId = response.headers.get('x-amzn-requestid') ?? 'unknown';
    if (response.status === 404) return { outcome: 'absent' as const, requestId };
    requireOk('scheduler', response);
    return { outcome: 'updated' as const, requestId };
  }

  async remove(name: string) {
    const response = await this.call('DELETE', name);
    const requestId = response.headers.get('x-amzn-requestid') ?? 'unknown';
    if (response.status === 404) return { outcome: 'absent' as const, requestId };
    requireOk('scheduler', response);
    return { outcome: 'deleted' as const, requestId };
  }
}

/** Break-glass schedules through Scheduler's API, targeting the stack's function, role and queue. */
export class ApiExpiryScheduler implements ExpiryScheduler {
  private readonly api: SchedulerApi;
  constructor(
    send: AwsRequester,
    region: string,
    private readonly target: ExpiryScheduleTarget,
  ) {
    this.api = new SchedulerApi(send, region);
  }

  schedule(name: string, request: ElevationExpiryRequest) {
    return this.api.create(name, createScheduleBody(request, this.target, name));
  }
}
