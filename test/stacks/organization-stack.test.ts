import { Match } from 'aws-cdk-lib/assertions';
import type { OrgModel } from '../../lib/model/org-model';
import { exampleModel, type SynthesizedApp, sdkCalls, synthApp } from '../aws/support/synth-app';

let model: OrgModel;
let app: SynthesizedApp;

beforeAll(() => {
  model = exampleModel();
  app = synthApp(model, { deployment: { repository: 'acme/blueprint' } });
});

const org = () => app.template('acme-security-organization');
const OUS = ['ou-a1b2-11111111', 'ou-a1b2-22222222', 'ou-a1b2-33333333'];
const scp = (name: string) =>
  Object.values(org().findResources('AWS::Organizations::Policy')).find((p) => p.Properties.Name === name)!
    .Properties;
const statement = (name: string, sid: string) =>
  scp(name).Content.Statement.find((s: { Sid: string }) => s.Sid === sid);

describe('GuardrailPolicies: SCPs attached to every OU', () => {
  test('three guardrail SCPs and the session deny list, each on every OU', () => {
    org().resourceCountIs('AWS::Organizations::Policy', 4);
    for (const name of [
      'acme-protect-security-services',
      'acme-protect-security-resources',
      'acme-limit-everyday-access',
      'acme-security-session-revocation-deny-list',
    ]) {
      expect(scp(name)).toMatchObject({ Type: 'SERVICE_CONTROL_POLICY', TargetIds: OUS });
    }
  });

  test("no target holds more than Organizations' five SCPs (AWS's FullAWSAccess is one of them)", () => {
    const perTarget = new Map<string, number>();
    for (const policy of Object.values(org().findResources('AWS::Organizations::Policy')))
      for (const target of policy.Properties.TargetIds ?? [])
        perTarget.set(target, (perTarget.get(target) ?? 0) + 1);
    expect(perTarget.size).toBeGreaterThan(0);
    expect(Math.max(...perTarget.values()) + 1).toBeLessThanOrEqual(5);
  });

  test('deny stopping, changing or deleting the organization trail', () => {
    expect(statement('acme-protect-security-services', 'ProtectOrganizationTrail')).toEqual({
      Sid: 'ProtectOrganizationTrail',
      Effect: 'Deny',
      Action: [
        'cloudtrail:CreateTrail',
        'cloudtrail:DeleteTrail',
        'cloudtrail:PutEventSelectors',
        'cloudtrail:StopLogging',
        'cloudtrail:UpdateTrail',
      ],
      Resource: 'arn:aws:cloudtrail:*:111111111111:trail/acme-org-trail',
    });
  });

  test('deny disabling GuardDuty, Security Hub, AWS Config and Access Analyzer to all but Security', () => {
    const s = statement('acme-protect-security-services', 'ProtectThreatDetection');
    expect(s.Action).toEqual(
      // AWS's examples action by action: test/aws/scp-example-coverage.test.ts
      expect.arrayContaining([
        'guardduty:Delete*',
        'guardduty:Disassociate*',
        'securityhub:Disable*',
        'securityhub:BatchDisableStandards',
        'config:Stop*',
        'config:Delete*',
        'access-analyzer:Delete*',
      ]),
    );
    expect(s.Condition).toEqual({
      ArnNotLike: {
        'aws:PrincipalArn': [
          'arn:aws:iam::*:role/acme-security-deploy',
          'arn:aws:iam::*:role/cdk-bpsecurity-*',
          'arn:aws:iam::*:role/stacksets-exec-*',
        ],
      },
    });
  });

  test('deny leaving the organization and any use of the root user', () => {
    expect(statement('acme-protect-security-services', 'StayInOrganization')).toMatchObject({
      Effect: 'Deny',
      Action: 'organizations:LeaveOrganization',
    });
    expect(statement('acme-protect-security-services', 'NoRootUser')).toMatchObject({
      Effect: 'Deny',
      Action: '*',
      Condition: { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } },
    });
  });

  test("deny changes to Security's stacks, roles, log archive and tagged resources by anyone but Security", () => {
    expect(statement('acme-protect-security-resources', 'SecurityStacks')).toMatchObject({
      Resource: [
        'arn:aws:cloudformation:*:*:stack/acme-security-*/*',
        'arn:aws:cloudformation:*:*:stack/StackSet-acme-*/*',
      ],
      Condition: {
        ArnNotLike: {
          'aws:PrincipalArn': expect.arrayContaining(['arn:aws:iam::*:role/acme-security-deploy']),
        },
      },
    });
    expect(statement('acme-protect-security-resources', 'LogArchive').Resource).toEqual([
      'arn:aws:s3:::o-a1b2c3d4e5-logs-222222222222',
      'arn:aws:s3:::o-a1b2c3d4e5-access-logs-222222222222',
    ]);
    expect(
      statement('acme-protect-security-resources', 'SecurityTaggedResources').Condition.StringEquals,
    ).toEqual({
      'aws:ResourceTag/blueprint:owner': 'security',
    });
  });
});

describe('DelegatedAdministrators: the audit account runs the security services', () => {
  test('for GuardDuty in every region, AWS Config and Access Analyzer', () => {
    const calls = sdkCalls(org());
    const guardDuty = calls.filter((c) => c.action === 'enableOrganizationAdminAccount');
    expect(guardDuty.map((c) => c.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    for (const c of guardDuty) expect(c.parameters).toEqual({ AdminAccountId: '333333333333' });
    const registered = calls
      .filter((c) => c.action === 'registerDelegatedAdministrator')
      .map((c) => c.parameters);
    expect(registered).toEqual([
      { AccountId: '333333333333', ServicePrincipal: 'config.amazonaws.com' },
      { AccountId: '333333333333', ServicePrincipal: 'access-analyzer.amazonaws.com' },
    ]);
  });

  test('for Security Hub, natively', () => {
    org().hasResourceProperties('AWS::SecurityHub::DelegatedAdmin', { AdminAccountId: '333333333333' });
  });
});

describe('MemberBaseline: a service-managed StackSet', () => {
  test('auto-deploys to every OU and every configured region, home region first', () => {
    org().hasResourceProperties('AWS::CloudFormation::StackSet', {
      StackSetName: 'acme-member-baseline',
      PermissionModel: 'SERVICE_MANAGED',
      AutoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: false },
      Capabilities: ['CAPABILITY_NAMED_IAM'],
      StackInstancesGroup: [
        { DeploymentTargets: { OrganizationalUnitIds: OUS }, Regions: ['eu-west-1', 'us-east-1'] },
      ],
      OperationPreferences: Match.objectLike({
        RegionConcurrencyType: 'SEQUENTIAL',
        RegionOrder: ['eu-west-1', 'us-east-1'],
      }),
    });
  });

  test('carries the member baseline template and activates trusted access first', () => {
    const [stackSet] = Object.values(org().findResources('AWS::CloudFormation::StackSet'));
    const body = JSON.parse(stackSet.Properties.TemplateBody);
    expect(Object.keys(body.Resources).sort()).toEqual([
      'ConfigDeliveryChannel',
      'ConfigRecorder',
      'ConfigRecorderRole',
      'ItAccessCeiling',
    ]);
    expect(body.Resources.ItAccessCeiling).toMatchObject({
      Type: 'AWS::IAM::ManagedPolicy',
      Condition: 'IsHomeRegion',
      Properties: { ManagedPolicyName: 'acme-security-it-access-ceiling' },
    });
    expect(sdkCalls(org()).find((c) => c.action === 'activateOrganizationsAccess')).toMatchObject({
      service: 'CloudFormation',
    });
    expect(stackSet.DependsOn).toContainEqual(expect.stringMatching(/^MemberBaselineActivateTrustedAccess/));
  });

  test('records the management account itself (StackSets skip it) and delivers to the log archive', () => {
    org().hasResourceProperties('AWS::Config::ConfigurationRecorder', {
      Name: 'default',
      RecordingGroup: { AllSupported: true, IncludeGlobalResourceTypes: true },
    });
    org().hasResourceProperties('AWS::Config::DeliveryChannel', {
      S3BucketName: 'o-a1b2c3d4e5-logs-222222222222',
    });
    org().hasResourceProperties('AWS::IAM::Role', { RoleName: 'acme-config-recorder' });
  });
});

describe('GithubDeployRoles', () => {
  const t = () => app.template('acme-security-deploy-roles');
  const trust = (env: string) => ({
    StringEquals: {
      'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
      'token.actions.githubusercontent.com:sub': `repo:acme/blueprint:environment:${env}`,
    },
  });

  test('trust GitHub OIDC, pinned to the repository and the owner GitHub environment', () => {
    t().hasResourceProperties('AWS::IAM::OIDCProvider', {
      Url: 'https://token.actions.githubusercontent.com',
      ClientIdList: ['sts.amazonaws.com'],
    });
    for (const [name, env] of [
      ['acme-it-deploy', 'it'],
      ['acme-security-deploy', 'security'],
    ]) {
      t().hasResourceProperties('AWS::IAM::Role', {
        RoleName: name,
        MaxSessionDuration: 3600,
        AssumeRolePolicyDocument: {
          Statement: [Match.objectLike({ Action: 'sts:AssumeRoleWithWebIdentity', Condition: trust(env) })],
        },
      });
    }
  });

  test("let each owner assume only its own CDK bootstrap roles; IT's never Security's stacks", () => {
    const policy = (name: string) =>
      Object.values(t().findResources('AWS::IAM::ManagedPolicy')).find(
        (p) => p.Properties.ManagedPolicyName === name,
      )!.Properties.PolicyDocument.Statement;
    expect(policy('acme-security-deploy-policy')).toEqual([
      expect.objectContaining({ Effect: 'Allow', Resource: 'arn:aws:iam::*:role/cdk-bpsecurity-*' }),
    ]);
    const it = policy('acme-it-deploy-policy');
    expect(it).toContainEqual(
      expect.objectContaining({ Effect: 'Allow', Resource: 'arn:aws:iam::*:role/cdk-bpit-*' }),
    );
    expect(it).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: ['sts:AssumeRole', 'sts:TagSession'],
        Resource: 'arn:aws:iam::*:role/cdk-bpsecurity-*',
      }),
    );
    expect(it).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 'cloudformation:*',
        Resource: 'arn:aws:cloudformation:*:*:stack/acme-security-*/*',
      }),
    );
  });
});

describe("IT's CloudFormation execution policy", () => {
  const statements = () =>
    Object.values(app.template('acme-security-deploy-roles').findResources('AWS::IAM::ManagedPolicy')).find(
      (p) => p.Properties.ManagedPolicyName === 'acme-it-cfn-execution',
    )!.Properties.PolicyDocument.Statement;
  const sid = (id: string) => statements().find((s: { Sid: string }) => s.Sid === id);

  test("allows IAM only on roles and policies named after IT's stacks, roles only with Security's boundary", () => {
    expect(sid('ItRolesWithinTheBoundary')).toMatchObject({
      Effect: 'Allow',
      Resource: 'arn:aws:iam::*:role/acme-it*',
      Condition: {
        StringEquals: {
          'iam:PermissionsBoundary': 'arn:aws:iam::111111111111:policy/acme-security-it-role-boundary',
        },
      },
    });
    expect(sid('ItRolesWithinTheBoundary').Action).toContain('iam:CreateRole');
    expect(sid('ItPolicies').Resource).toBe('arn:aws:iam::*:policy/acme-it*');
    expect(
      statements().filter((s: { Action: string | string[] }) => [s.Action].flat().includes('iam:*')),
    ).toEqual([expect.objectContaining({ Sid: 'NeverSecurityOrThePipeline', Effect: 'Deny' })]);
  });

  test("Security's boundary for IT's roles sits beside it, outside IT's IAM namespace", () => {
    app.template('acme-security-deploy-roles').hasResourceProperties('AWS::IAM::ManagedPolicy', {
      ManagedPolicyName: 'acme-security-it-role-boundary',
    });
  });

  test("denies anything tagged as Security's, Security's stacks and roles, IT's own pipeline, and the organization", () => {
    expect(sid('NeverSecurity')).toMatchObject({
      Effect: 'Deny',
      Action: '*',
      Condition: { StringEquals: { 'aws:ResourceTag/blueprint:owner': 'security' } },
    });
    expect(sid('NeverSecurityOrThePipeline').Resource).toEqual([
      'arn:aws:cloudformation:*:*:stack/acme-security-*/*',
      'arn:aws:iam::*:policy/acme-it-cfn-execution',
      'arn:aws:iam::*:policy/acme-it-deploy-policy',
      'arn:aws:iam::*:policy/acme-security-*',
      'arn:aws:iam::*:role/acme-it-deploy',
      'arn:aws:iam::*:role/acme-security-*',
      'arn:aws:iam::*:role/cdk-bpsecurity-*',
    ]);
    expect(sid('NeverTheOrganization')).toMatchObject({
      Effect: 'Deny',
      Action: ['account:*', 'organizations:*'],
    });
  });
});
