// The region guardrail, with the IAM policy simulator over the synthesized SCPs (the simulator
// sets aws:RequestedRegion): a member account's principals work in the regions config allows
// and call the global services from anywhere; elsewhere they are denied, Security's deployments
// excepted. Its statement sits in protect-security-services (a target holds at most five SCPs).
import { scpRegionExample } from '../../bench/aws-baseline/scp-coverage';
import { allowedRegions, denyOtherRegions, GLOBAL_SERVICE_ACTIONS } from '../../lib/aws/region-deny';
import { DEV, type DeployWall, synthesizedWall } from './support/deploy-wall';
import { decide, type PolicyJson, type SimulatedPrincipal } from './support/iam-simulation';
import { exampleModel } from './support/synth-app';

let wall: DeployWall;
beforeAll(() => {
  wall = synthesizedWall();
});

const everything: PolicyJson = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const inDev = (arn: string): SimulatedPrincipal => ({
  arn,
  identityPolicies: [everything],
  scpLevels: [[], wall.scps, []],
});
const workloadAdmin = () => inDev(`arn:aws:iam::${DEV}:role/workload-administrator`);
const developer = () =>
  inDev(
    `arn:aws:iam::${DEV}:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_developer_0123456789abcdef`,
  );
const securityDeploy = () => inDev(`arn:aws:iam::${DEV}:role/acme-security-deploy`);

describe('region deny', () => {
  test('the allowed regions are config’s: aws.homeRegion and aws.regions, the home region by default', () => {
    const model = exampleModel();
    expect(allowedRegions(model)).toEqual(['eu-west-1', 'us-east-1']);
    const homeOnly = { ...model, aws: { ...model.aws, regions: ['eu-west-1'] } };
    expect(denyOtherRegions(homeOnly, {})).toMatchObject({
      Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } },
    });
  });

  test('the global services exempted are the ones AWS documents (its example, transcribed)', () => {
    expect([...GLOBAL_SERVICE_ACTIONS].sort()).toEqual([...scpRegionExample().notAction].sort());
  });

  test('it sits in protect-security-services, not in a policy of its own', () => {
    const holding = wall.scps.filter((p) => p.Statement.some((s) => s.Sid === 'DenyOtherRegions'));
    expect(holding).toHaveLength(1);
    expect(holding[0].Statement.map((s) => s.Sid)).toContain('ProtectThreatDetection');
  });

  test.each([
    ['a member account administrator', workloadAdmin],
    ['IT’s developer set', developer],
  ])('%s: ec2:RunInstances is denied outside the allowed regions, allowed in them', async (_, principal) => {
    for (const [region, decision] of [
      ['ap-southeast-2', 'ExplicitlyDenied'],
      ['eu-central-1', 'ExplicitlyDenied'],
      ['eu-west-1', 'Allowed'],
      ['us-east-1', 'Allowed'],
    ]) {
      const resource = `arn:aws:ec2:${region}:${DEV}:instance/*`;
      expect([region, await decide(principal(), { action: 'ec2:RunInstances', resource, region })]).toEqual([
        region,
        decision,
      ]);
    }
  });

  test('global calls (IAM, Organizations, STS, Route 53, CloudFront, support) are allowed from any region', async () => {
    const region = 'ap-southeast-2';
    const calls = [
      { action: 'iam:GetRole', resource: `arn:aws:iam::${DEV}:role/workload` },
      { action: 'iam:CreateRole', resource: `arn:aws:iam::${DEV}:role/workload` },
      { action: 'organizations:DescribeOrganization', resource: '*' },
      { action: 'sts:GetCallerIdentity', resource: '*' },
      { action: 'sts:AssumeRole', resource: `arn:aws:iam::${DEV}:role/workload` },
      { action: 'route53:ListHostedZones', resource: '*' },
      { action: 'cloudfront:ListDistributions', resource: '*' },
      { action: 'support:DescribeCases', resource: '*' },
    ];
    for (const call of calls) {
      expect([call.action, await decide(workloadAdmin(), { ...call, region })]).toEqual([
        call.action,
        'Allowed',
      ]);
    }
  });

  test('Security’s deployments are exempt (they deploy the baseline wherever it is asked for)', async () => {
    const resource = `arn:aws:ec2:ap-southeast-2:${DEV}:instance/*`;
    expect(
      await decide(securityDeploy(), { action: 'ec2:RunInstances', resource, region: 'ap-southeast-2' }),
    ).toBe('Allowed');
  });
});
