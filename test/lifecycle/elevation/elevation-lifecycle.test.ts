// The whole path of an elevation on a virtual clock: declared in privileged.yaml (a
// membership for: PT4H, a grant for: PT2H), planned ("expires in ... (at 18:05 UTC)"),
// scheduled (a one-time Scheduler schedule, deleted after it has run, whose input is what the
// expiry function gets), ended on the minute in Okta (the fake org, through its API contract),
// Identity Center (membership, or the grant's account assignment) and open AWS sessions,
// every step audited; run again it changes nothing; an end that falls during its own deploy
// is carried out then; and the deploy after its end neither schedules nor declares it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sso from 'aws-cdk-lib/aws-sso';
import { CDK_FEATURE_FLAGS } from '../../../lib/aws/cdk-feature-flags';
import {
  atExpression,
  ELEVATION_RETRY,
  ElevationExpiry,
  elevationScheduleName,
} from '../../../lib/aws/elevation-expiry';
import { assignmentsFromGrants } from '../../../lib/aws/grant-assignments';
import { MemoryIdentityCenterGroups } from '../../../lib/lifecycle/aws-access/identity-center-groups';
import { MemorySessionRevocation } from '../../../lib/lifecycle/aws-access/session-revocation';
import { MemoryIdentityCenterAssignments } from '../../../lib/lifecycle/elevation/account-assignments';
import type {
  ElevationExpiryRequest,
  ExpiryRequest,
  GrantExpiryRequest,
} from '../../../lib/lifecycle/elevation/elevation-case';
import { expireElevation } from '../../../lib/lifecycle/elevation/expire-elevation';
import { expireGrant } from '../../../lib/lifecycle/elevation/expire-grant';
import {
  elevationExpiryRequests,
  grantExpiryRequests,
} from '../../../lib/lifecycle/elevation/expiry-requests';
import {
  onScheduleResource,
  SCHEDULE_RESOURCE_TYPE,
  type ScheduleResourceEvent,
} from '../../../lib/lifecycle/elevation/expiry-schedule-resource';
import { MemorySchedules } from '../../../lib/lifecycle/elevation/expiry-scheduler';
import { lifecycleDirectory } from '../../../lib/lifecycle/lifecycle-directory';
import { deployHorizon } from '../../../lib/model/elevation';
import type { OrgModel } from '../../../lib/model/org-model';
import { partitionByOwner } from '../../../lib/model/partition';
import { oktaDesiredState } from '../../../lib/okta/desired-state';
import { checkOrg } from '../../../lib/policy/check-org';
import { accessDiff } from '../../../lib/review/access-diff';
import { userOf } from '../../../test-doubles/okta/seed-from-directory';
import { type Harness, LifecycleHarness } from '../support/lifecycle-harness';

const TODAY = '2026-11-23';
const LANDED = `${TODAY}T14:05:00Z`;
const KEY = 'membership/aws-admins/ingrid-berg';
const GRANT_KEY = 'grant/security-auditors/administrator';
const ANCHOR =
  '      - { person: ravi-patel, until: "2027-01-31", reason: "Platform on-call lead, Q4-Q1" }\n';
const GRANTS_ANCHOR = '  - { group: billing-admins, permissionSet: billing, accounts: [management] }\n';
const ADMIN_SET = 'arn:aws:sso:::permissionSet/ssoins-7223b1d4e6f8a9c0/ps-a1b2c3d4e5f60718';

function configWithElevation(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'blueprint-elevation-')), 'config');
  cpSync(resolve(__dirname, '../../../config'), dir, { recursive: true });
  const file = join(dir, 'security', 'privileged.yaml');
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text
      .replace(
        ANCHOR,
        `${ANCHOR}      - { person: ingrid-berg, for: PT4H, reason: "INC-7 restore the audit bucket" }\n`,
      )
      .replace(
        GRANTS_ANCHOR,
        `${GRANTS_ANCHOR}  - { group: security-auditors, permissionSet: administrator, accounts: [prod], for: PT2H, reason: "INC-7 rotate the prod keys" }\n`,
      ),
  );
  return dir;
}

const CONFIG = configWithElevation();
const modelAt = (now: string, config = CONFIG): OrgModel => {
  const checked = checkOrg(config, {
    today: now.slice(0, 10),
    now,
    elevationStarts: { [KEY]: LANDED, [GRANT_KEY]: LANDED },
  });
  if (!checked.ok || !checked.model) throw new Error(checked.diagnostics.map((d) => d.message).join('\n'));
  return checked.model;
};
const base = modelAt(`${TODAY}T14:10:00Z`, resolve(__dirname, '../../../config'));
const during = modelAt(`${TODAY}T14:10:00Z`);

function synthSchedules(model: OrgModel): Template {
  // Without aws-cdk-lib's CloudFormation validation (~10 s here); `blueprint plan` runs it.
  const app = new App({ context: { ...CDK_FEATURE_FLAGS }, builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Security', {
    env: { account: '111111111111', region: 'eu-west-1' },
  });
  new ElevationExpiry(stack, 'ElevationExpiry', {
    namePrefix: 'acme-security-elevation',
    requests: elevationExpiryRequests(model),
    grants: grantExpiryRequests(model),
    // A deploy-time value, as the stack's permission sets give it.
    permissionSetArn: (ps) =>
      new sso.CfnPermissionSet(stack, `PermissionSet.${ps}`, {
        instanceArn: model.aws.identityCenter.instanceArn,
        name: ps,
      }).attrPermissionSetArn,
    instanceArn: model.aws.identityCenter.instanceArn,
    identityStoreId: model.aws.identityCenter.identityStoreId,
    oktaOrgUrl: model.oktaOrgUrl,
    sessionRevocationFunctionName: 'acme-security-session-revocation',
    alerts: new sns.Topic(stack, 'Alerts'),
  });
  return Template.fromStack(stack);
}
const template = synthSchedules(during);
// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON, asserted by path
const scheduleResources = (t: Template): any[] => Object.values(t.findResources(SCHEDULE_RESOURCE_TYPE));
/** A template value as CloudFormation resolves it (the permission set's ARN for its GetAtt). */
// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON
const resolved = (value: any): string =>
  typeof value === 'string'
    ? value
    : value['Fn::Join'][1]
        .map((part: unknown) => (typeof part === 'string' ? part : ADMIN_SET))
        .join(value['Fn::Join'][0]);
const inputOf = (key: string): ExpiryRequest =>
  scheduleResources(template)
    .map((r) => JSON.parse(resolved(r.Properties.Schedule.Target.Input)) as ExpiryRequest)
    .find((r) => r.key === key)!;
const scheduled = () => inputOf(KEY) as ElevationExpiryRequest;
const scheduledGrant = () => inputOf(GRANT_KEY) as GrantExpiryRequest;

let lifecycle: LifecycleHarness;
let h: Harness;
let sessions: MemorySessionRevocation;
beforeAll(async () => {
  lifecycle = await LifecycleHarness.start();
});
afterAll(() => lifecycle.close());
beforeEach(() => {
  // The org as the deploy at 14:05 left it: Ingrid in AWS Administrators, in Okta and Identity Center.
  h = lifecycle.fresh({ directory: lifecycleDirectory(during) });
  sessions = new MemorySessionRevocation('2026-11-24T06:20:00.000Z');
});
afterEach(() => expect(h.fake.violations).toEqual([]));

const deps = () => ({
  okta: h.deps.okta,
  aws: h.aws,
  groups: new MemoryIdentityCenterGroups(new Map([['AWS Administrators', 'icg-aws-admins']])),
  sessions,
  audit: h.audit,
  clock: h.clock,
});
const advanceTo = (instant: string) => h.clock.sleep(Date.parse(instant) - h.clock.now());
const oktaAdmins = () => {
  const group = h.state.groups.find((g) => g.name === 'AWS Administrators')!;
  return [...(h.state.members.get(group.id) ?? [])].sort();
};
const icGroups = async () =>
  (await h.aws.findAccess('ingrid.berg@acme.example')).memberships.map((m) => m.groupId);

describe('an elevation, declared for 4 hours', () => {
  test('plan: the reviewer sees when it ends', () => {
    const ingrid = accessDiff(base, during).people.find((p) => p.person === 'ingrid-berg')!;
    expect(ingrid.gains.find((c) => c.target === 'aws-admins')).toMatchObject({
      privileged: true,
      expires: 'expires in 3 h 55 min (at 18:05 UTC)',
    });
  });

  test('schedule: one at() schedule each, in UTC, no flexible window, deleted once run, retried then parked in the DLQ', () => {
    // Not CloudFormation's schedule resource: it cannot set ActionAfterCompletion.
    template.resourceCountIs('AWS::Scheduler::Schedule', 0);
    const resources = scheduleResources(template);
    expect(resources).toHaveLength(2);
    const fn = { 'Fn::GetAtt': [Match.stringLikeRegexp('ElevationExpiryFunction'), 'Arn'] };
    for (const [at, what, key] of [
      ['2026-11-23T18:05:00', 'elevation', KEY],
      ['2026-11-23T16:05:00', 'elevated grant', GRANT_KEY],
    ])
      template.hasResourceProperties(SCHEDULE_RESOURCE_TYPE, {
        ServiceToken: fn,
        Name: Match.stringLikeRegexp('^acme-security-elevation-[0-9a-f]{16}$'),
        Schedule: {
          ScheduleExpression: `at(${at})`,
          ScheduleExpressionTimezone: 'UTC',
          FlexibleTimeWindow: { Mode: 'OFF' },
          ActionAfterCompletion: 'DELETE',
          State: 'ENABLED',
          Description: `Ends the ${what} ${key} at ${at}Z`,
          Target: {
            Arn: fn,
            RoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('SchedulerRole'), 'Arn'] },
            Input: Match.anyValue(),
            RetryPolicy: { MaximumRetryAttempts: 20, MaximumEventAgeInSeconds: 3600 },
            DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('DeadLetters'), 'Arn'] } },
          },
        },
      });
    expect(resources.map((r) => r.DeletionPolicy ?? 'Delete')).toEqual(['Delete', 'Delete']);
    // The grant's input names its permission set by the ARN CloudFormation gives it at deploy time.
    expect(JSON.stringify(resources.map((r) => r.Properties.Schedule.Target.Input))).toContain(
      '{"Fn::GetAtt":["PermissionSetadministrator","PermissionSetArn"]}',
    );
    expect(scheduledGrant()).toEqual({
      action: 'expire-grant',
      key: GRANT_KEY,
      group: 'security-auditors',
      groupName: 'Security Auditors',
      permissionSet: 'administrator',
      permissionSetArn: ADMIN_SET,
      accountIds: ['666666666666'],
      expiresAt: '2026-11-23T16:05:00Z',
    });
    expect(atExpression('2026-11-23T18:05:00Z')).toBe('at(2026-11-23T18:05:00)');
    expect(ELEVATION_RETRY.maximumRetryAttempts).toBe(20);
    expect(scheduled()).toEqual({
      action: 'expire',
      key: KEY,
      person: 'ingrid-berg',
      login: 'ingrid.berg@acme.example',
      group: 'aws-admins',
      groupName: 'AWS Administrators',
      expiresAt: '2026-11-23T18:05:00Z',
      permissionSets: ['administrator'],
    });
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({
            Principal: { Service: 'scheduler.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } },
          }),
        ],
      },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'acme-security-elevation-parked',
      MetricName: 'ApproximateNumberOfMessagesVisible',
    });
  });

  test('the function may make only its own schedules, hand them only the scheduler role, and remove Identity Center assignments', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (r) => r.Properties.PolicyDocument.Statement,
    );
    expect(statements).toContainEqual({
      Action: ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule', 'scheduler:UpdateSchedule'],
      Effect: 'Allow',
      Resource: 'arn:aws:scheduler:eu-west-1:111111111111:schedule/default/acme-security-elevation-*',
    });
    expect(statements).toContainEqual({
      Action: 'iam:PassRole',
      Effect: 'Allow',
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/SchedulerRole/), 'Arn'] },
      Condition: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
    });
    expect(statements).toContainEqual({
      Action: [
        'sso:DeleteAccountAssignment',
        'sso:DescribeAccountAssignmentDeletionStatus',
        'sso:ListAccountAssignments',
      ],
      Effect: 'Allow',
      Resource: [
        'arn:aws:sso:::account/*',
        'arn:aws:sso:::instance/ssoins-7223b1d4e6f8a9c0',
        'arn:aws:sso:::permissionSet/ssoins-7223b1d4e6f8a9c0/*',
      ],
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'acme-security-elevation-expiry',
      // Long enough to wait out an end less than a minute away, or a grant's removal in each account.
      Timeout: 900,
      Environment: {
        Variables: Match.objectLike({
          IDENTITY_CENTER_INSTANCE_ARN: 'arn:aws:sso:::instance/ssoins-7223b1d4e6f8a9c0',
        }),
      },
    });
  });

  test('expiry on the minute: gone from Okta, Identity Center and its open sessions; audited step by step', async () => {
    const ingrid = userOf(h.state, h.directory, 'ingrid-berg').id;
    expect(oktaAdmins()).toContain(ingrid);
    expect(await icGroups()).toEqual(['icg-aws-admins', 'icg-security-auditors']);
    await advanceTo('2026-11-23T18:05:00Z');

    const report = await expireElevation(deps(), scheduled(), 'scheduler:acme-security-elevation-expiry');
    expect(report.steps.map((s) => [s.step, s.outcome])).toEqual([
      ['remove-okta-membership', 'changed'],
      ['remove-identity-center-membership', 'changed'],
      ['end-aws-sessions', 'changed'],
    ]);
    expect(oktaAdmins()).not.toContain(ingrid);
    // Everyday access stays: only the elevation's group goes.
    expect(await icGroups()).toEqual(['icg-security-auditors']);
    expect([...sessions.elevations]).toEqual([
      ['ic-ingrid-berg#icg-aws-admins#2026-11-23T18:05:00.000Z', ['administrator']],
    ]);
    const trail = await h.audit.list('elevation/membership/aws-admins/ingrid-berg/2026-11-23T18:05:00Z');
    expect(trail.map((r) => [r.step, r.outcome, r.change ?? ''])).toEqual([
      [
        'remove-okta-membership',
        'intent',
        'remove ingrid.berg@acme.example from the Okta group AWS Administrators',
      ],
      [
        'remove-okta-membership',
        'applied',
        'remove ingrid.berg@acme.example from the Okta group AWS Administrators',
      ],
      ['remove-okta-membership', 'changed', ''],
      [
        'remove-identity-center-membership',
        'intent',
        "remove ingrid.berg@acme.example's IAM Identity Center membership icm-ingrid-berg-aws-admins",
      ],
      [
        'remove-identity-center-membership',
        'applied',
        "remove ingrid.berg@acme.example's IAM Identity Center membership icm-ingrid-berg-aws-admins",
      ],
      ['remove-identity-center-membership', 'changed', ''],
      ['end-aws-sessions', 'changed', ''],
    ]);
    expect(
      trail.every(
        (r) => r.workflow === 'elevation' && r.actor === 'scheduler:acme-security-elevation-expiry',
      ),
    ).toBe(true);
    expect(trail.map((r) => r.at)).toEqual(Array(7).fill('2026-11-23T18:05:00.000Z'));
    expect(trail[0].requestIds).toEqual([]);
    expect(trail[1].requestIds).toHaveLength(1);
    expect(trail[6].requestIds).toEqual(['revocation-1']);

    // The schedule's retry (or a second run): it reads the state, and changes nothing.
    const again = await expireElevation(deps(), scheduled(), 'scheduler:acme-security-elevation-expiry');
    expect(again.steps.map((s) => s.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(again.steps.slice(0, 2).flatMap((s) => s.requestIds)).toEqual([]);
    expect(sessions.elevations.size).toBe(1);
  });

  test('run before its end (by hand, or a skewed clock): nothing is removed, and the trail says not due', async () => {
    await advanceTo('2026-11-23T18:04:00Z');
    const report = await expireElevation(deps(), scheduled(), 'cli:elena');
    expect(report.steps.map((s) => s.outcome)).toEqual(['not-due', 'not-due', 'not-due']);
    expect(oktaAdmins()).toContain(userOf(h.state, h.directory, 'ingrid-berg').id);
    expect(await icGroups()).toContain('icg-aws-admins');
  });

  test('an elevated grant, on its minute: the assignment goes from Identity Center and its open sessions end; audited; once', async () => {
    const auditors = { permissionSetArn: ADMIN_SET, groupId: 'icg-security-auditors' };
    const assignments = new MemoryIdentityCenterAssignments([
      { ...auditors, accountId: '666666666666' },
      // Not the grant's: the standing one of the same set stays.
      {
        ...auditors,
        permissionSetArn: 'arn:aws:sso:::permissionSet/ssoins-7223b1d4e6f8a9c0/ps-security-audit',
        accountId: '666666666666',
      },
    ]);
    const grantDeps = () => ({
      assignments,
      groups: new MemoryIdentityCenterGroups(new Map([['Security Auditors', 'icg-security-auditors']])),
      sessions,
      audit: h.audit,
      clock: h.clock,
    });
    await advanceTo('2026-11-23T16:04:00Z');
    expect(
      (await expireGrant(grantDeps(), scheduledGrant(), 'cli:elena')).steps.map((s) => s.outcome),
    ).toEqual(['not-due', 'not-due']);
    expect(assignments.held.size).toBe(2);

    await advanceTo('2026-11-23T16:05:00Z');
    const report = await expireGrant(
      grantDeps(),
      scheduledGrant(),
      'scheduler:acme-security-elevation-expiry',
    );
    expect(report.caseId).toBe('elevation/grant/security-auditors/administrator/2026-11-23T16:05:00Z');
    expect(report.steps.map((s) => [s.step, s.outcome])).toEqual([
      ['remove-account-assignments', 'changed'],
      ['end-aws-sessions', 'changed'],
    ]);
    expect(assignments.removed).toEqual([`icg-security-auditors#${ADMIN_SET}#666666666666`]);
    expect([...assignments.held]).toEqual([
      'icg-security-auditors#arn:aws:sso:::permissionSet/ssoins-7223b1d4e6f8a9c0/ps-security-audit#666666666666',
    ]);
    expect([...sessions.grants]).toEqual([
      ['icg-security-auditors#administrator#2026-11-23T16:05:00.000Z', ['666666666666']],
    ]);
    const trail = await h.audit.list(report.caseId);
    expect(trail.slice(2).map((r) => [r.step, r.outcome, r.change ?? ''])).toEqual([
      [
        'remove-account-assignments',
        'intent',
        'remove the IAM Identity Center assignment of administrator to Security Auditors in 666666666666',
      ],
      [
        'remove-account-assignments',
        'applied',
        'remove the IAM Identity Center assignment of administrator to Security Auditors in 666666666666',
      ],
      ['remove-account-assignments', 'changed', ''],
      ['end-aws-sessions', 'changed', ''],
    ]);
    expect(trail[4].requestIds).toEqual(['sso-1']);

    // A retry a minute later: nothing to remove, and the same deny entry (the first run's instant).
    await advanceTo('2026-11-23T16:06:00Z');
    const again = await expireGrant(
      grantDeps(),
      scheduledGrant(),
      'scheduler:acme-security-elevation-expiry',
    );
    expect(again.steps.map((s) => s.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(assignments.removed).toHaveLength(1);
    expect([...sessions.grants.keys()]).toEqual([
      'icg-security-auditors#administrator#2026-11-23T16:05:00.000Z',
    ]);
  });

  describe('at deploy time, the schedule resource', () => {
    const resourceOf = (key: string) =>
      scheduleResources(template).find((r) => r.Properties.Schedule.Description.includes(key))!;
    // What CloudFormation sends: every number in the properties as a string.
    const event = (key: string, type: 'Create' | 'Update' | 'Delete' = 'Create'): ScheduleResourceEvent => {
      const { ServiceToken: _, ...props } = resourceOf(key).Properties;
      const properties = JSON.parse(
        JSON.stringify(props, (_k, v) => (typeof v === 'number' ? String(v) : v)),
      );
      // The template's tokens, as CloudFormation resolves them.
      properties.Schedule.Target.Input = resolved(properties.Schedule.Target.Input);
      properties.Schedule.Target.Arn =
        'arn:aws:lambda:eu-west-1:111111111111:function:acme-security-elevation-expiry';
      properties.Schedule.Target.RoleArn = 'arn:aws:iam::111111111111:role/acme-security-elevation-scheduler';
      properties.Schedule.Target.DeadLetterConfig.Arn =
        'arn:aws:sqs:eu-west-1:111111111111:acme-security-elevation-dead-letters';
      return {
        RequestType: type,
        ResponseURL: 'https://cloudformation-custom-resource-response.example/x',
        StackId: 'arn:aws:cloudformation:eu-west-1:111111111111:stack/acme-security-access/1',
        RequestId: 'cfn-request-1',
        LogicalResourceId: 'Expires',
        ...(type === 'Create' ? {} : { PhysicalResourceId: properties.Name }),
        ResourceType: SCHEDULE_RESOURCE_TYPE,
        ResourceProperties: properties,
      };
    };
    let schedules: MemorySchedules;
    let ran: string[];
    let fails: boolean;
    let assignments: MemoryIdentityCenterAssignments;
    beforeEach(() => {
      schedules = new MemorySchedules();
      ran = [];
      fails = false;
      assignments = new MemoryIdentityCenterAssignments([
        { permissionSetArn: ADMIN_SET, groupId: 'icg-security-auditors', accountId: '666666666666' },
      ]);
    });
    const grantDeps = () => ({
      assignments,
      groups: new MemoryIdentityCenterGroups(new Map([['Security Auditors', 'icg-security-auditors']])),
      sessions,
      audit: h.audit,
      clock: h.clock,
    });
    const serve = (e: ScheduleResourceEvent) =>
      onScheduleResource(e, {
        schedules,
        clock: h.clock,
        expireNow: async (request) => {
          ran.push(`${request.key} at ${new Date(h.clock.now()).toISOString()}`);
          if (fails) throw new Error('Okta answered 503');
          const report =
            request.action === 'expire'
              ? await expireElevation(deps(), request, 'deploy:acme-security-elevation-expiry')
              : await expireGrant(grantDeps(), request, 'deploy:acme-security-elevation-expiry');
          if (report.steps.some((s) => s.outcome === 'not-due')) throw new Error('not due');
          return report;
        },
      });
    /** The same elevation with its end moved (an edited `until:`): a new schedule name, as the stack names it. */
    const moved = (e: ScheduleResourceEvent, expiresAt: string): ScheduleResourceEvent => {
      const input = { ...JSON.parse(e.ResourceProperties.Schedule.Target.Input), expiresAt };
      return {
        ...e,
        RequestType: 'Update',
        // CloudFormation sends the physical id the resource has (Create's, kept by every Update).
        PhysicalResourceId: e.PhysicalResourceId ?? e.ResourceProperties.Name,
        OldResourceProperties: e.ResourceProperties,
        ResourceProperties: {
          Name: elevationScheduleName('acme-security-elevation', input),
          Schedule: {
            ...e.ResourceProperties.Schedule,
            ScheduleExpression: atExpression(expiresAt),
            Target: { ...e.ResourceProperties.Schedule.Target, Input: JSON.stringify(input) },
          },
        },
      };
    };

    test("deployed before the end: the schedule Scheduler gets is the template's, deleted once run", async () => {
      const e = event(KEY);
      expect(await serve(e)).toEqual({
        Status: 'SUCCESS',
        PhysicalResourceId: e.ResourceProperties.Name,
        Data: { Ended: 'scheduled' },
      });
      const made = schedules.schedules.get(e.ResourceProperties.Name)!;
      expect(made).toMatchObject({
        ScheduleExpression: 'at(2026-11-23T18:05:00)',
        ActionAfterCompletion: 'DELETE',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: { RetryPolicy: { MaximumRetryAttempts: 20, MaximumEventAgeInSeconds: 3600 } },
      });
      expect(made.ClientToken).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.parse(made.Target.Input)).toEqual(scheduled());
      expect(ran).toEqual([]);
      // The deploy after its end drops the resource: the schedule ran and deleted itself, which is fine.
      await advanceTo('2026-11-23T18:06:00Z');
      schedules.schedules.clear();
      expect(await serve(event(KEY, 'Delete'))).toMatchObject({
        Status: 'SUCCESS',
        Data: { Ended: 'absent' },
      });
    });

    test('an end that falls during its own deploy (already past when its resource is made): carried out at once, no schedule in the past', async () => {
      await advanceTo('2026-11-23T18:05:20Z');
      const ingrid = userOf(h.state, h.directory, 'ingrid-berg').id;
      expect(await serve(event(KEY))).toMatchObject({ Status: 'SUCCESS', Data: { Ended: 'at-once' } });
      expect(ran).toEqual([`${KEY} at 2026-11-23T18:05:20.000Z`]);
      expect(schedules.calls).toEqual([]);
      expect(oktaAdmins()).not.toContain(ingrid);
      expect(await icGroups()).toEqual(['icg-security-auditors']);
      const trail = await h.audit.list('elevation/membership/aws-admins/ingrid-berg/2026-11-23T18:05:00Z');
      expect(trail.every((r) => r.actor === 'deploy:acme-security-elevation-expiry')).toBe(true);
    });

    test('an end less than a minute away when its resource is made: waited for, then carried out on its minute', async () => {
      await advanceTo('2026-11-23T18:04:30Z');
      expect(await serve(event(KEY))).toMatchObject({ Data: { Ended: 'at-once' } });
      expect(ran).toEqual([`${KEY} at 2026-11-23T18:05:00.000Z`]);
      expect(schedules.calls).toEqual([]);
    });

    test('carrying it out at deploy time fails: scheduled for the next minute, so Scheduler retries and parks it', async () => {
      await advanceTo('2026-11-23T16:05:10Z');
      fails = true;
      const result = await serve(event(GRANT_KEY));
      expect(result).toMatchObject({
        Status: 'SUCCESS',
        Reason:
          'ended during the deploy, and carrying it out failed (Okta answered 503): scheduled again for the next minute',
        Data: { Ended: 'retry-scheduled' },
      });
      expect(schedules.calls).toEqual([`create ${result.PhysicalResourceId} at(2026-11-23T16:07:00)`]);
      expect(schedules.schedules.get(result.PhysicalResourceId)).toMatchObject({
        ActionAfterCompletion: 'DELETE',
      });
    });

    test('an update of the same schedule changes it in place; of one already run, makes it again', async () => {
      const e = event(KEY);
      await serve(e);
      await serve(event(KEY, 'Update'));
      schedules.schedules.clear();
      await serve(event(KEY, 'Update'));
      const name = e.ResourceProperties.Name;
      expect(schedules.calls).toEqual([
        `create ${name} at(2026-11-23T18:05:00)`,
        `update ${name} at(2026-11-23T18:05:00)`,
        `update ${name} at(2026-11-23T18:05:00)`,
        `create ${name} at(2026-11-23T18:05:00)`,
      ]);
    });

    describe('removed from the config before its end (an early end, or the entry deleted)', () => {
      test('a membership: its Delete ends it now, in Okta, Identity Center and its open sessions, audited', async () => {
        const e = event(KEY);
        await serve(e);
        await advanceTo('2026-11-23T16:00:00Z');
        const ingrid = userOf(h.state, h.directory, 'ingrid-berg').id;
        expect(await serve(event(KEY, 'Delete'))).toEqual({
          Status: 'SUCCESS',
          PhysicalResourceId: e.ResourceProperties.Name,
          Data: { Ended: 'ended-early' },
        });
        expect(ran).toEqual([`${KEY} at 2026-11-23T16:00:00.000Z`]);
        expect(oktaAdmins()).not.toContain(ingrid);
        expect(await icGroups()).toEqual(['icg-security-auditors']);
        // Sessions issued up to the early end, not the window's end.
        expect([...sessions.elevations]).toEqual([
          ['ic-ingrid-berg#icg-aws-admins#2026-11-23T16:00:00.000Z', ['administrator']],
        ]);
        expect(schedules.schedules.size).toBe(0);
        expect(schedules.calls.at(-1)).toBe(`delete ${e.ResourceProperties.Name}`);
        // The same case as its end (named after the window), opened by why it ended early.
        const trail = await h.audit.list('elevation/membership/aws-admins/ingrid-berg/2026-11-23T18:05:00Z');
        expect(trail[0]).toMatchObject({
          step: 'ended-early',
          outcome: 'unchanged',
          actor: 'deploy:acme-security-elevation-expiry',
          note: 'ended from 2026-11-23T16:00:00.000Z: removed from the config before its end (its schedule resource was deleted)',
        });
        expect(trail.filter((r) => !r.change).map((r) => [r.step, r.outcome])).toEqual([
          ['ended-early', 'unchanged'],
          ['remove-okta-membership', 'changed'],
          ['remove-identity-center-membership', 'changed'],
          ['end-aws-sessions', 'changed'],
        ]);
      });

      test('a grant: its Delete removes the assignment and ends the sessions it issued, now', async () => {
        await serve(event(GRANT_KEY));
        await advanceTo('2026-11-23T15:00:00Z');
        expect(await serve(event(GRANT_KEY, 'Delete'))).toMatchObject({ Data: { Ended: 'ended-early' } });
        expect(assignments.removed).toEqual([`icg-security-auditors#${ADMIN_SET}#666666666666`]);
        expect([...sessions.grants]).toEqual([
          ['icg-security-auditors#administrator#2026-11-23T15:00:00.000Z', ['666666666666']],
        ]);
        const trail = await h.audit.list(
          'elevation/grant/security-auditors/administrator/2026-11-23T16:05:00Z',
        );
        expect(trail.filter((r) => !r.change).map((r) => [r.step, r.outcome])).toEqual([
          ['ended-early', 'unchanged'],
          ['remove-account-assignments', 'changed'],
          ['end-aws-sessions', 'changed'],
        ]);
      });

      test('carrying the early end out fails: scheduled for the next minute, marked early, so that run is due', async () => {
        await serve(event(KEY));
        await advanceTo('2026-11-23T16:00:10Z');
        fails = true;
        const result = await serve(event(KEY, 'Delete'));
        expect(result).toMatchObject({
          Status: 'SUCCESS',
          Reason:
            'ended early, and carrying it out failed (Okta answered 503): scheduled again for the next minute',
          Data: { Ended: 'retry-scheduled' },
        });
        const retry = schedules.schedules.get(result.PhysicalResourceId)!;
        expect(retry.ScheduleExpression).toBe('at(2026-11-23T16:02:00)');
        const input = JSON.parse(retry.Target.Input) as ElevationExpiryRequest;
        expect(input.endedEarly).toEqual({
          at: '2026-11-23T16:00:10.000Z',
          reason: 'removed from the config before its end (its schedule resource was deleted)',
        });
        // Scheduler runs it at 16:02: due (not "not-due" until 18:05).
        await advanceTo('2026-11-23T16:02:00Z');
        const report = await expireElevation(deps(), input, 'scheduler:acme-security-elevation-expiry');
        expect(report.steps.map((s) => [s.step, s.outcome])).toEqual([
          ['ended-early', 'unchanged'],
          ['remove-okta-membership', 'changed'],
          ['remove-identity-center-membership', 'changed'],
          ['end-aws-sessions', 'changed'],
        ]);
      });

      test('an Update that moves the end reschedules, keeps the physical id (no replacement Delete), and ends nothing', async () => {
        const e = event(KEY);
        await serve(e);
        const later = moved(e, '2026-11-23T20:00:00Z');
        expect(later.ResourceProperties.Name).not.toBe(e.ResourceProperties.Name);
        expect(await serve(later)).toEqual({
          Status: 'SUCCESS',
          PhysicalResourceId: e.ResourceProperties.Name,
          Data: { Ended: 'scheduled' },
        });
        expect(schedules.calls).toEqual([
          `create ${e.ResourceProperties.Name} at(2026-11-23T18:05:00)`,
          `update ${later.ResourceProperties.Name} at(2026-11-23T20:00:00)`,
          `create ${later.ResourceProperties.Name} at(2026-11-23T20:00:00)`,
          `delete ${e.ResourceProperties.Name}`,
        ]);
        expect([...schedules.schedules.keys()]).toEqual([later.ResourceProperties.Name]);
        expect(ran).toEqual([]);
        // Moved again, from the renamed schedule: the physical id is still the first one.
        const again = moved(
          { ...later, PhysicalResourceId: e.ResourceProperties.Name },
          '2026-11-23T19:00:00Z',
        );
        expect((await serve(again)).PhysicalResourceId).toBe(e.ResourceProperties.Name);
        expect([...schedules.schedules.keys()]).toEqual([again.ResourceProperties.Name]);
        // Removed afterwards: the Delete (with the current properties) ends it and deletes its schedule.
        await advanceTo('2026-11-23T18:30:00Z');
        const removed = await serve({
          ...again,
          RequestType: 'Delete',
          PhysicalResourceId: e.ResourceProperties.Name,
        });
        expect(removed.Data).toEqual({ Ended: 'ended-early' });
        expect(schedules.schedules.size).toBe(0);
        expect(ran).toEqual([`${KEY} at 2026-11-23T18:30:00.000Z`]);
      });

      test('an Update that moves the end to within the minute: carried out then, and the old schedule deleted', async () => {
        const e = event(KEY);
        await serve(e);
        await advanceTo('2026-11-23T16:59:30Z');
        expect(await serve(moved(e, '2026-11-23T17:00:00Z'))).toMatchObject({
          PhysicalResourceId: e.ResourceProperties.Name,
          Data: { Ended: 'at-once' },
        });
        expect(ran).toEqual([`${KEY} at 2026-11-23T17:00:00.000Z`]);
        expect(schedules.schedules.size).toBe(0);
      });
    });
  });

  test('a deploy within its horizon of the end (a window shorter than a deploy): nothing granted, nothing scheduled', () => {
    const at = '2026-11-23T17:55:00Z';
    const checked = checkOrg(CONFIG, {
      today: TODAY,
      now: at,
      endsBy: deployHorizon(at),
      elevationStarts: { [KEY]: LANDED, [GRANT_KEY]: LANDED },
    });
    expect(deployHorizon(at)).toBe('2026-11-23T18:10:00Z');
    const model = checked.model!;
    // The membership (18:05) is within 15 minutes: left out, as if ended; the plan's model (no horizon) still has it.
    expect(elevationExpiryRequests(model)).toEqual([]);
    expect(elevationExpiryRequests(modelAt(at)).map((r) => r.key)).toEqual([KEY]);
    const security = oktaDesiredState(model).find((s) => s.side === 'security')!;
    const members = security.resources.find((r) => r.name === 'group-members.aws-admins')!;
    expect(JSON.stringify(members.inputs)).not.toContain('ingrid-berg');
    expect(checked.diagnostics.filter((d) => d.code === 'expired-elevation').map((d) => d.message)).toEqual([
      'elevation of "ingrid-berg" in "aws-admins" ends at 18:05 UTC, within this deploy\'s horizon',
      'elevated grant of "administrator" to "security-auditors" ended at 16:05 UTC',
    ]);
  });

  test('the deploy after its end: no schedule, and nothing that would put Ingrid back', () => {
    const after = modelAt('2026-11-23T18:05:00Z');
    expect(elevationExpiryRequests(after)).toEqual([]);
    expect(grantExpiryRequests(after)).toEqual([]);
    expect(scheduleResources(synthSchedules(after))).toEqual([]);
    // The grant's assignment is gone from the desired state too (a warning says so).
    const securitySlice = partitionByOwner(after).security;
    expect(
      assignmentsFromGrants(after, securitySlice).filter(
        (a) => a.group === 'security-auditors' && a.permissionSet === 'administrator',
      ),
    ).toEqual([]);
    expect(after.expiredGrants.map((g) => `${g.group}/${g.permissionSet}`)).toEqual([
      'security-auditors/administrator',
    ]);
    const security = oktaDesiredState(after).find((s) => s.side === 'security')!;
    const members = security.resources.find((r) => r.name === 'group-members.aws-admins')!;
    expect(JSON.stringify(members.inputs)).not.toContain('ingrid-berg');
    expect(lifecycleDirectory(after).groups.find((g) => g.id === 'aws-admins')!.explicit).not.toContain(
      'ingrid-berg',
    );
  });
});
