// The schedule resource's answer to CloudFormation: what is PUT to the presigned response
// URL, on success and on failure (a schedule Scheduler refused fails the deploy, loudly,
// rather than leaving an elevation without its end). The decisions themselves (schedule,
// at once, retry) are tested on the whole path in elevation-lifecycle.test.ts.
import type { ElevationExpiryRequest } from '../../../lib/lifecycle/elevation/elevation-case';
import {
  isScheduleResourceEvent,
  SCHEDULE_RESOURCE_TYPE,
  type ScheduleResourceEvent,
  serveScheduleResource,
} from '../../../lib/lifecycle/elevation/expiry-schedule-resource';
import { MemorySchedules, scheduleBody } from '../../../lib/lifecycle/elevation/expiry-scheduler';
import { VirtualClock } from '../../../test-doubles/clocks';

const REQUEST: ElevationExpiryRequest = {
  action: 'expire',
  key: 'membership/aws-admins/ingrid-berg',
  person: 'ingrid-berg',
  login: 'ingrid.berg@acme.example',
  group: 'aws-admins',
  groupName: 'AWS Administrators',
  expiresAt: '2026-11-23T18:05:00Z',
  permissionSets: ['administrator'],
};
const TARGET = {
  functionArn: 'arn:aws:lambda:eu-west-1:111111111111:function:acme-security-elevation-expiry',
  roleArn: 'arn:aws:iam::111111111111:role/acme-security-elevation-scheduler',
  deadLetterArn: 'arn:aws:sqs:eu-west-1:111111111111:acme-security-elevation-dead-letters',
};
const event = (type: ScheduleResourceEvent['RequestType']): ScheduleResourceEvent => ({
  RequestType: type,
  ResponseURL: 'https://cloudformation-custom-resource-response-euwest1.s3.amazonaws.com/x?sig',
  StackId: 'arn:aws:cloudformation:eu-west-1:111111111111:stack/acme-security-access/1',
  RequestId: 'cfn-request-1',
  LogicalResourceId: 'ElevationExpiryExpiresmembership',
  ...(type === 'Create' ? {} : { PhysicalResourceId: 'acme-security-elevation-0123456789abcdef' }),
  ResourceType: SCHEDULE_RESOURCE_TYPE,
  ResourceProperties: {
    Name: 'acme-security-elevation-0123456789abcdef',
    Schedule: scheduleBody(REQUEST, TARGET, { description: 'Ends the elevation' }),
  },
});

describe('serveScheduleResource', () => {
  const answers: { url: string; body: unknown }[] = [];
  const put = async (url: string, body: string) => {
    answers.push({ url, body: JSON.parse(body) });
    return { status: 200 };
  };
  beforeEach(() => {
    answers.length = 0;
  });
  const deps = (schedules = new MemorySchedules(), now = '2026-11-23T14:10:00Z') => ({
    schedules,
    clock: new VirtualClock(now),
    expireNow: async () => {
      throw new Error('not due');
    },
  });

  test('answers CloudFormation with the schedule as the physical id', async () => {
    await serveScheduleResource(event('Create'), deps(), put);
    expect(answers).toEqual([
      {
        url: 'https://cloudformation-custom-resource-response-euwest1.s3.amazonaws.com/x?sig',
        body: {
          Status: 'SUCCESS',
          Reason: 'SUCCESS',
          PhysicalResourceId: 'acme-security-elevation-0123456789abcdef',
          StackId: 'arn:aws:cloudformation:eu-west-1:111111111111:stack/acme-security-access/1',
          RequestId: 'cfn-request-1',
          LogicalResourceId: 'ElevationExpiryExpiresmembership',
          Data: { Ended: 'scheduled' },
        },
      },
    ]);
  });

  test('Scheduler refuses: FAILED, with its message, so the deploy stops rather than leave the end unscheduled', async () => {
    const refusing = new MemorySchedules();
    refusing.create = async () => {
      throw new Error('scheduler answered 403: {"Message":"not authorized to perform iam:PassRole"}');
    };
    const result = await serveScheduleResource(event('Create'), deps(refusing), put);
    expect(result.Status).toBe('FAILED');
    expect(answers[0].body).toMatchObject({
      Status: 'FAILED',
      Reason: 'Error: scheduler answered 403: {"Message":"not authorized to perform iam:PassRole"}',
      PhysicalResourceId: 'acme-security-elevation-0123456789abcdef',
    });
  });

  test('a Delete of a schedule that ran (and deleted itself) succeeds', async () => {
    await serveScheduleResource(event('Delete'), deps(new MemorySchedules(), '2026-11-23T18:06:00Z'), put);
    expect(answers[0].body).toMatchObject({ Status: 'SUCCESS', Data: { Ended: 'absent' } });
  });

  test('a response URL that refuses the answer fails the invocation (CloudFormation would wait an hour otherwise)', async () => {
    await expect(
      serveScheduleResource(
        event('Delete'),
        deps(new MemorySchedules(), '2026-11-23T18:06:00Z'),
        async () => ({
          status: 403,
        }),
      ),
    ).rejects.toThrow("CloudFormation's response URL answered 403");
  });

  test('tells a schedule resource event from a scheduled expiry', () => {
    expect(isScheduleResourceEvent(event('Create'))).toBe(true);
    expect(isScheduleResourceEvent(REQUEST)).toBe(false);
    expect(isScheduleResourceEvent({ ...event('Create'), ResourceType: 'Custom::Other' })).toBe(false);
  });
});
