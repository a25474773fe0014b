// Scheduler's API: break-glass's CreateSchedule exactly as the API reference gives it, a
// retry of the same name found made (409), not made twice; and the update and delete calls
// the expiry function makes for the stack's schedules.
import type { ElevationExpiryRequest } from '../../../lib/lifecycle/elevation/elevation-case';
import { scheduleBody } from '../../../lib/lifecycle/elevation/expiry-scheduler';
import { ApiExpiryScheduler, SchedulerApi } from '../../../lib/lifecycle/elevation/scheduler-api';
import type { AwsRequest } from '../../../lib/lifecycle/handlers/signed-aws-request';

const REQUEST: ElevationExpiryRequest = {
  action: 'expire',
  key: 'membership/security-auditors/ravi-patel',
  person: 'ravi-patel',
  login: 'ravi.patel@acme.example',
  group: 'security-auditors',
  groupName: 'Security Auditors',
  expiresAt: '2026-11-23T10:05:00Z',
  permissionSets: ['security-audit'],
};
const TARGET = {
  functionArn: 'arn:aws:lambda:eu-west-1:111111111111:function:acme-security-elevation-expiry',
  roleArn: 'arn:aws:iam::111111111111:role/acme-security-elevation-scheduler',
  deadLetterArn: 'arn:aws:sqs:eu-west-1:111111111111:acme-security-elevation-dead-letters',
};

describe('ApiExpiryScheduler', () => {
  test('CreateSchedule: at() in UTC, deleted after completion, the expiry as input, DLQ and retries', async () => {
    const sent: AwsRequest[] = [];
    const scheduler = new ApiExpiryScheduler(
      async (r) => {
        sent.push(r);
        return { status: 200, headers: new Headers({ 'x-amzn-requestid': 'req-1' }), body: '{}' };
      },
      'eu-west-1',
      TARGET,
    );
    expect(await scheduler.schedule('acme-security-breakglass-0123456789abcdef', REQUEST)).toEqual({
      outcome: 'created',
      requestId: 'req-1',
    });
    expect(sent).toHaveLength(1);
    expect({ ...sent[0], body: undefined }).toEqual({
      service: 'scheduler',
      region: 'eu-west-1',
      method: 'POST',
      host: 'scheduler.eu-west-1.amazonaws.com',
      path: '/schedules/acme-security-breakglass-0123456789abcdef',
      headers: { 'content-type': 'application/json' },
      body: undefined,
    });
    expect(JSON.parse(sent[0].body!)).toEqual({
      ScheduleExpression: 'at(2026-11-23T10:05:00)',
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      State: 'ENABLED',
      Description:
        'Ends the break-glass elevation membership/security-auditors/ravi-patel at 2026-11-23T10:05:00Z',
      ClientToken: 'acme-security-breakglass-0123456789abcdef',
      Target: {
        Arn: TARGET.functionArn,
        RoleArn: TARGET.roleArn,
        Input: JSON.stringify(REQUEST),
        DeadLetterConfig: { Arn: TARGET.deadLetterArn },
        RetryPolicy: { MaximumRetryAttempts: 20, MaximumEventAgeInSeconds: 3600 },
      },
    });
  });

  test('a schedule of that name already there (a retried confirmation) is found, not an error', async () => {
    const scheduler = new ApiExpiryScheduler(
      async () => ({ status: 409, headers: new Headers(), body: '{"Message":"Schedule already exists."}' }),
      'eu-west-1',
      TARGET,
    );
    expect(await scheduler.schedule('x', REQUEST)).toEqual({ outcome: 'exists', requestId: 'unknown' });
  });

  test('any other refusal fails the step, with what Scheduler said', async () => {
    const scheduler = new ApiExpiryScheduler(
      async () => ({
        status: 403,
        headers: new Headers(),
        body: '{"Message":"not authorized to perform iam:PassRole"}',
      }),
      'eu-west-1',
      TARGET,
    );
    await expect(scheduler.schedule('x', REQUEST)).rejects.toThrow(
      'scheduler answered 403: {"Message":"not authorized to perform iam:PassRole"}',
    );
  });
});

describe("SchedulerApi (the stack's schedules, at deploy time)", () => {
  const body = { ...scheduleBody(REQUEST, TARGET, { description: 'Ends the elevation' }), ClientToken: 't' };
  const answering = (status: number, sent: AwsRequest[]) =>
    new SchedulerApi(async (r) => {
      sent.push(r);
      return { status, headers: new Headers({ 'x-amzn-requestid': 'req-2' }), body: '{}' };
    }, 'eu-west-1');

  test('UpdateSchedule is a PUT of the same body without the idempotency token; 404 is a schedule already gone', async () => {
    const sent: AwsRequest[] = [];
    expect(await answering(200, sent).update('acme-security-elevation-0123456789abcdef', body)).toEqual({
      outcome: 'updated',
      requestId: 'req-2',
    });
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      path: '/schedules/acme-security-elevation-0123456789abcdef',
    });
    const { ClientToken: _, ...update } = body;
    expect(JSON.parse(sent[0].body!)).toEqual(update);
    expect(await answering(404, []).update('x', body)).toEqual({ outcome: 'absent', requestId: 'req-2' });
  });

  test('DeleteSchedule is a DELETE with no body; 404 (it ran, and Scheduler deleted it) is fine', async () => {
    const sent: AwsRequest[] = [];
    expect(await answering(200, sent).remove('acme-security-elevation-0123456789abcdef')).toEqual({
      outcome: 'deleted',
      requestId: 'req-2',
    });
    expect(sent[0]).toMatchObject({
      method: 'DELETE',
      path: '/schedules/acme-security-elevation-0123456789abcdef',
    });
    expect(sent[0].body).toBeUndefined();
    expect(await answering(404, []).remove('x')).toEqual({ outcome: 'absent', requestId: 'req-2' });
    await expect(answering(500, []).remove('x')).rejects.toThrow('scheduler answered 500: {}');
  });
});
