// Standing privileged access removed through config ends like an elevation removed early:
// each explicit member of a privileged group and each of Security's grants has a schedule
// resource that schedules nothing, and whose Delete (the entry left privileged.yaml, or its
// day passed) removes the membership or assignments and ends the open AWS sessions at once,
// audited under a case of its own; an elevation made standing keeps its resource (an Update).
import { resolve } from 'node:path';
import { MemoryIdentityCenterGroups } from '../../../lib/lifecycle/aws-access/identity-center-groups';
import { MemorySessionRevocation } from '../../../lib/lifecycle/aws-access/session-revocation';
import { MemoryIdentityCenterAssignments } from '../../../lib/lifecycle/elevation/account-assignments';
import type { ExpiryRequest, GrantExpiryRequest } from '../../../lib/lifecycle/elevation/elevation-case';
import { expireElevation } from '../../../lib/lifecycle/elevation/expire-elevation';
import { expireGrant } from '../../../lib/lifecycle/elevation/expire-grant';
import { STANDING_END, standingAccessRequests } from '../../../lib/lifecycle/elevation/expiry-requests';
import {
  onScheduleResource,
  SCHEDULE_RESOURCE_TYPE,
  type ScheduleResourceEvent,
} from '../../../lib/lifecycle/elevation/expiry-schedule-resource';
import {
  atExpression,
  MemorySchedules,
  scheduleBody,
} from '../../../lib/lifecycle/elevation/expiry-scheduler';
import { lifecycleDirectory } from '../../../lib/lifecycle/lifecycle-directory';
import { checkOrg } from '../../../lib/policy/check-org';
import { userOf } from '../../../test-doubles/okta/seed-from-directory';
import { type Harness, LifecycleHarness } from '../support/lifecycle-harness';

const checked = checkOrg(resolve(__dirname, '../../../config'), {
  today: '2026-11-23',
  now: '2026-11-23T14:10:00Z',
  elevationStarts: {},
});
if (!checked.model) throw new Error('the example config does not validate');
const model = checked.model;
const standing = standingAccessRequests(model);
const BILLING_SET = 'arn:aws:sso:::permissionSet/ssoins-7223b1d4e6f8a9c0/ps-billing';
const TARGET = {
  functionArn: 'arn:aws:lambda:eu-west-1:111111111111:function:acme-security-elevation-expiry',
  roleArn: 'arn:aws:iam::111111111111:role/acme-security-elevation-scheduler',
  deadLetterArn: 'arn:aws:sqs:eu-west-1:111111111111:acme-security-elevation-dead-letters',
};
const NAME = 'acme-security-elevation-5ca1ab1e5ca1ab1e';

/** What CloudFormation sends for the standing resource of `request` (numbers as strings). */
function event(request: ExpiryRequest, type: ScheduleResourceEvent['RequestType']): ScheduleResourceEvent {
  const body = scheduleBody(request, TARGET, {
    description: `Ends the standing privileged access ${request.key}`,
  });
  return {
    RequestType: type,
    ResponseURL: 'https://cloudformation-custom-resource-response.example/x',
    StackId: 'arn:aws:cloudformation:eu-west-1:111111111111:stack/acme-security-access/1',
    RequestId: 'cfn-request-2',
    LogicalResourceId: 'Expires',
    ...(type === 'Create' ? {} : { PhysicalResourceId: NAME }),
    ResourceType: SCHEDULE_RESOURCE_TYPE,
    ResourceProperties: { Name: NAME, Schedule: body, Standing: 'true' },
  };
}

const ravi = standing.memberships.find((r) => r.key === 'membership/aws-admins/ravi-patel')!;
const billing: GrantExpiryRequest = {
  ...standing.grants.find((g) => g.key === 'grant/billing-admins/billing')!,
  permissionSetArn: BILLING_SET,
};

test('standingAccessRequests: explicit members of privileged groups and Security grants, by key, with no end', () => {
  expect(standing.memberships.map((r) => r.key)).toContain('membership/aws-admins/ravi-patel');
  expect(ravi).toEqual({
    action: 'expire',
    key: 'membership/aws-admins/ravi-patel',
    person: 'ravi-patel',
    login: 'ravi.patel@acme.example',
    group: 'aws-admins',
    groupName: 'AWS Administrators',
    expiresAt: STANDING_END,
    permissionSets: ['administrator'],
  });
  expect(standing.grants.map((g) => g.key)).toEqual([
    'grant/aws-admins/administrator',
    'grant/billing-admins/billing',
    'grant/security-auditors/security-audit',
  ]);
  expect(billing.accountIds).toEqual(
    [model.aws.accounts.find((a) => a.id === 'management')!.accountId].sort(),
  );
  // Every privileged group's explicit members, also of a group granted no permission set (an Okta admin group).
  expect(standing.memberships.find((r) => r.group === 'okta-admins')).toMatchObject({ permissionSets: [] });
  const keys = [...standing.memberships, ...standing.grants].map((r) => r.key);
  expect(keys).toEqual([...new Set(keys)]);
});

describe('the standing resource', () => {
  let lifecycle: LifecycleHarness;
  let h: Harness;
  let sessions: MemorySessionRevocation;
  let schedules: MemorySchedules;
  let assignments: MemoryIdentityCenterAssignments;
  let fails: boolean;
  beforeAll(async () => {
    lifecycle = await LifecycleHarness.start();
  });
  afterAll(() => lifecycle.close());
  beforeEach(async () => {
    h = lifecycle.fresh({ directory: lifecycleDirectory(model) });
    await h.clock.sleep(Date.parse('2026-11-23T16:00:00Z') - h.clock.now());
    sessions = new MemorySessionRevocation('2026-11-24T06:20:00.000Z');
    schedules = new MemorySchedules();
    assignments = new MemoryIdentityCenterAssignments([
      { permissionSetArn: BILLING_SET, groupId: 'icg-billing-admins', accountId: billing.accountIds[0] },
    ]);
    fails = false;
  });
  afterEach(() => expect(h.fake.violations).toEqual([]));
  const serve = (e: ScheduleResourceEvent) =>
    onScheduleResource(e, {
      schedules,
      clock: h.clock,
      expireNow: async (request) => {
        if (fails) throw new Error('Okta answered 503');
        const audit = { sessions, audit: h.audit, clock: h.clock };
        return request.action === 'expire'
          ? expireElevation(
              {
                ...audit,
                okta: h.deps.okta,
                aws: h.aws,
                groups: new MemoryIdentityCenterGroups(new Map([['AWS Administrators', 'icg-aws-admins']])),
              },
              request,
              'deploy:acme-security-elevation-expiry',
            )
          : expireGrant(
              {
                ...audit,
                assignments,
                groups: new MemoryIdentityCenterGroups(
                  new Map([['Billing Administrators', 'icg-billing-admins']]),
                ),
              },
              request,
              'deploy:acme-security-elevation-expiry',
            );
      },
    });
  const oktaAdmins = () => {
    const group = h.state.groups.find((g) => g.name === 'AWS Administrators')!;
    return [...(h.state.members.get(group.id) ?? [])];
  };

  test('made or updated: schedules nothing', async () => {
    expect(await serve(event(ravi, 'Create'))).toEqual({
      Status: 'SUCCESS',
      PhysicalResourceId: NAME,
      Data: { Ended: 'standing' },
    });
    expect(await serve(event(ravi, 'Update'))).toMatchObject({ Data: { Ended: 'standing' } });
    expect(schedules.calls).toEqual([]);
  });

  test('a membership removed from the config: out of Okta and Identity Center, its sessions ended, a case of its own', async () => {
    const id = userOf(h.state, h.directory, 'ravi-patel').id;
    expect(oktaAdmins()).toContain(id);
    expect(await serve(event(ravi, 'Delete'))).toEqual({
      Status: 'SUCCESS',
      PhysicalResourceId: NAME,
      Data: { Ended: 'ended-early' },
    });
    expect(oktaAdmins()).not.toContain(id);
    expect(
      (await h.aws.findAccess('ravi.patel@acme.example')).memberships.map((m) => m.groupId),
    ).not.toContain('icg-aws-admins');
    expect([...sessions.elevations]).toEqual([
      ['ic-ravi-patel#icg-aws-admins#2026-11-23T16:00:00.000Z', ['administrator']],
    ]);
    const trail = await h.audit.list('elevation/membership/aws-admins/ravi-patel/2026-11-23T16:00:00Z');
    expect(trail.filter((r) => !r.change).map((r) => [r.step, r.outcome])).toEqual([
      ['ended-early', 'unchanged'],
      ['remove-okta-membership', 'changed'],
      ['remove-identity-center-membership', 'changed'],
      ['end-aws-sessions', 'changed'],
    ]);
    expect(trail[0].note).toBe(
      'ended from 2026-11-23T16:00:00.000Z: standing privileged access removed from the config (its resource was deleted)',
    );
  });

  test('a grant removed from the config: its assignments go and the sessions it issued end', async () => {
    expect(await serve(event(billing, 'Delete'))).toMatchObject({ Data: { Ended: 'ended-early' } });
    expect(assignments.removed).toEqual([`icg-billing-admins#${BILLING_SET}#${billing.accountIds[0]}`]);
    expect([...sessions.grants]).toEqual([
      ['icg-billing-admins#billing#2026-11-23T16:00:00.000Z', billing.accountIds],
    ]);
  });

  test('ending it fails: a one-time schedule a minute on carries it out (retries, dead-letter queue, alarm)', async () => {
    fails = true;
    const result = await serve(event(ravi, 'Delete'));
    expect(result).toMatchObject({
      Reason:
        'ended early, and carrying it out failed (Okta answered 503): scheduled again for the next minute',
      Data: { Ended: 'retry-scheduled' },
    });
    const retry = schedules.schedules.get(NAME)!;
    expect(retry.ScheduleExpression).toBe(atExpression('2026-11-23T16:01:00Z'));
    const input = JSON.parse(retry.Target.Input) as ExpiryRequest;
    expect(input).toMatchObject({
      expiresAt: '2026-11-23T16:00:00Z',
      endedEarly: { at: '2026-11-23T16:00:00.000Z' },
    });
    await h.clock.sleep(60_000);
    fails = false;
    const report = await expireElevation(
      {
        okta: h.deps.okta,
        aws: h.aws,
        groups: new MemoryIdentityCenterGroups(new Map([['AWS Administrators', 'icg-aws-admins']])),
        sessions,
        audit: h.audit,
        clock: h.clock,
      },
      input as Extract<ExpiryRequest, { action: 'expire' }>,
      'scheduler:acme-security-elevation-expiry',
    );
    expect(report.steps.map((s) => s.outcome)).toEqual(['unchanged', 'changed', 'changed', 'changed']);
  });

  test('an elevation made standing (its end dropped): an Update that deletes its schedule and ends nothing', async () => {
    const elevation = { ...ravi, expiresAt: '2026-11-23T18:00:00Z' };
    const before = event(elevation, 'Create');
    const old = {
      Name: 'acme-security-elevation-0123456789abcdef',
      Schedule: before.ResourceProperties.Schedule,
    };
    await serve({ ...before, ResourceProperties: old });
    const update: ScheduleResourceEvent = {
      ...event(ravi, 'Update'),
      PhysicalResourceId: old.Name,
      OldResourceProperties: old,
    };
    expect(await serve(update)).toEqual({
      Status: 'SUCCESS',
      PhysicalResourceId: old.Name,
      Data: { Ended: 'standing' },
    });
    expect(schedules.calls).toEqual([`create ${old.Name} at(2026-11-23T18:00:00)`, `delete ${old.Name}`]);
    expect(oktaAdmins()).toContain(userOf(h.state, h.directory, 'ravi-patel').id);
    expect(sessions.elevations.size).toBe(0);
  });
});
