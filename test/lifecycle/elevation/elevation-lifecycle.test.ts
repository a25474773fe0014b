// The whole path of an elevation on a virtual clock: declared in privileged.yaml (for: PT4H),
// planned ("expires in ... (at 18:05 UTC)"), scheduled (a one-time Scheduler schedule whose
// input is what the expiry function gets), ended on the minute in Okta (the fake org, through
// its API contract), Identity Center and open AWS sessions, every step audited; run again it
// changes nothing; and the deploy after its end neither schedules nor declares it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { CDK_FEATURE_FLAGS } from '../../../lib/aws/cdk-feature-flags';
import { atExpression, ELEVATION_RETRY, ElevationExpiry } from '../../../lib/aws/elevation-expiry';
import { MemoryIdentityCenterGroups } from '../../../lib/lifecycle/aws-access/identity-center-groups';
import { MemorySessionRevocation } from '../../../lib/lifecycle/aws-access/session-revocation';
import type { ElevationExpiryRequest } from '../../../lib/lifecycle/elevation/elevation-case';
import { expireElevation } from '../../../lib/lifecycle/elevation/expire-elevation';
import { elevationExpiryRequests } from '../../../lib/lifecycle/elevation/expiry-requests';
import { lifecycleDirectory } from '../../../lib/lifecycle/lifecycle-directory';
import type { OrgModel } from '../../../lib/model/org-model';
import { oktaDesiredState } from '../../../lib/okta/desired-state';
import { checkOrg } from '../../../lib/policy/check-org';
import { accessDiff } from '../../../lib/review/access-diff';
import { userOf } from '../../../test-doubles/okta/seed-from-directory';
import { type Harness, LifecycleHarness } from '../support/lifecycle-harness';

const TODAY = '2026-11-23';
const LANDED = `${TODAY}T14:05:00Z`;
const KEY = 'membership/aws-admins/ingrid-berg';
const ANCHOR =
  '      - { person: ravi-patel, until: "2027-01-31", reason: "Platform on-call lead, Q4-Q1" }\n';

function configWithElevation(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'blueprint-elevation-')), 'config');
  cpSync(resolve(__dirname, '../../../config'), dir, { recursive: true });
  const file = join(dir, 'security', 'privileged.yaml');
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.replace(
      ANCHOR,
      `${ANCHOR}      - { person: ingrid-berg, for: PT4H, reason: "INC-7 restore the audit bucket" }\n`,
    ),
  );
  return dir;
}

const CONFIG = configWithElevation();
const modelAt = (now: string, config = CONFIG): OrgModel => {
  const checked = checkOrg(config, { today: now.slice(0, 10), now, elevationStarts: { [KEY]: LANDED } });
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
    identityStoreId: model.aws.identityCenter.identityStoreId,
    oktaOrgUrl: model.oktaOrgUrl,
    sessionRevocationFunctionName: 'acme-security-session-revocation',
    alerts: new sns.Topic(stack, 'Alerts'),
  });
  return Template.fromStack(stack);
}
const template = synthSchedules(during);
const scheduled = (): ElevationExpiryRequest =>
  JSON.parse(Object.values(template.findResources('AWS::Scheduler::Schedule'))[0].Properties.Target.Input);

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

  test('schedule: one at() schedule, in UTC, no flexible window, retried then parked in the DLQ', () => {
    template.resourceCountIs('AWS::Scheduler::Schedule', 1);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'at(2026-11-23T18:05:00)',
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
      Target: {
        RetryPolicy: { MaximumRetryAttempts: 20, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('DeadLetters'), 'Arn'] } },
      },
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

  test('the deploy after its end: no schedule, and nothing that would put Ingrid back', () => {
    const after = modelAt('2026-11-23T18:05:00Z');
    expect(elevationExpiryRequests(after)).toEqual([]);
    synthSchedules(after).resourceCountIs('AWS::Scheduler::Schedule', 0);
    const security = oktaDesiredState(after).find((s) => s.side === 'security')!;
    const members = security.resources.find((r) => r.name === 'group-members.aws-admins')!;
    expect(JSON.stringify(members.inputs)).not.toContain('ingrid-berg');
    expect(lifecycleDirectory(after).groups.find((g) => g.id === 'aws-admins')!.explicit).not.toContain(
      'ingrid-berg',
    );
  });
});
