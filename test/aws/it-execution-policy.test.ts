// IT's pipeline against the deploy side's wall, proved with an IAM policy simulator over the
// synthesized policies: through its CloudFormation execution role and GitHub deploy role every
// escalation of the corpus (support/it-escalations.ts) is denied, IT's everyday deploys are
// allowed, and every role of IT's stacks carries Security's boundary, within which it works.
import { ADMIN_LIKE_MANAGED_POLICIES } from '../../lib/aws/admin-like-policies';
import { IT_SERVICES } from '../../lib/aws/it-execution-policy';
import {
  AUDIT,
  BOUNDARY,
  bounded,
  DEV,
  type DeployWall,
  IT_ROLE,
  LOG_ARCHIVE,
  MANAGEMENT,
  PERMISSION_SET,
  SECURITY_TAG,
  synthesizedWall,
} from './support/deploy-wall';
import { type Attempt, decide, defaultKeyPolicy, type PolicyJson } from './support/iam-simulation';
import { type Case, ESCALATIONS } from './support/it-escalations';

/**
 * A policy resource as deployed in the management account (pseudo parameters and the Refs in
 * `refs` resolved), or undefined where it names another resource's attribute.
 */
function deployedArn(resource: unknown, refs: Record<string, string> = {}): string | undefined {
  const pseudo: Record<string, string> = {
    'AWS::Partition': 'aws',
    'AWS::Region': 'eu-west-1',
    'AWS::AccountId': MANAGEMENT,
    'AWS::URLSuffix': 'amazonaws.com',
  };
  if (typeof resource === 'string') return resource === '*' ? undefined : resource;
  const r = resource as { Ref?: string; 'Fn::Join'?: [string, unknown[]]; 'Fn::Sub'?: unknown };
  if (r.Ref) return pseudo[r.Ref] ?? refs[r.Ref];
  if (typeof r['Fn::Sub'] === 'string') {
    const text = r['Fn::Sub'].replace(/\$\{(AWS::[A-Za-z]+)\}/g, (_, name: string) => pseudo[name] ?? '?');
    return text.includes('${') || text.includes('?') ? undefined : text;
  }
  if (r['Fn::Join']) {
    const parts = r['Fn::Join'][1].map((part) => deployedArn(part, refs));
    return parts.every((x) => x !== undefined) ? parts.join(r['Fn::Join'][0]) : undefined;
  }
  return undefined;
}

let wall: DeployWall;
beforeAll(() => {
  wall = synthesizedWall();
});

describe("IT's CloudFormation execution role: escalation is denied", () => {
  test.each(ESCALATIONS)('%s', async (_, attempt, expected) => {
    expect(await decide(wall.execution, attempt)).toBe(expected);
  });

  test.each(ADMIN_LIKE_MANAGED_POLICIES.map((p) => [p.replace('*', 'Example')]))(
    'attaching %s, even to a bounded IT role',
    async (policyArn) => {
      const attempt = {
        action: 'iam:AttachRolePolicy',
        resource: IT_ROLE,
        context: bounded({ 'iam:PolicyARN': policyArn }),
      };
      expect(await decide(wall.execution, attempt)).toBe('ExplicitlyDenied');
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
    expect(await decide(wall.execution, attempt)).toBe('Allowed');
  });

  test("every assignment IT's stacks declare outside the sensitive accounts may be created", async () => {
    const targets = new Set<string>();
    for (const stack of wall.app.stackNames.filter((n) => /^acme-it(-access-\d+)?$/.test(n))) {
      for (const a of Object.values(wall.app.template(stack).findResources('AWS::SSO::Assignment'))) {
        targets.add(a.Properties.TargetId);
      }
    }
    const everyday = [...targets].filter((t) => ![MANAGEMENT, LOG_ARCHIVE, AUDIT].includes(t)).sort();
    expect(everyday.length).toBeGreaterThan(0);
    for (const id of everyday) {
      const attempt = { action: 'sso:CreateAccountAssignment', resource: `arn:aws:sso:::account/${id}` };
      expect([id, await decide(wall.execution, attempt)]).toEqual([id, 'Allowed']);
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
    expect(await decide(wall.pipeline, attempt)).toBe(expected);
  });
});

describe("IT's stacks: every role carries Security's boundary, within which it still works", () => {
  const itStacks = () => wall.app.stackNames.filter((n) => /^acme-it(-|$)/.test(n));

  test('every IAM role of every IT stack has the boundary', () => {
    const roles = itStacks().flatMap((s) =>
      Object.values(wall.app.template(s).findResources('AWS::IAM::Role')),
    );
    expect(roles.length).toBeGreaterThan(5);
    expect(roles.map((r) => r.Properties.PermissionsBoundary)).toEqual(roles.map(() => BOUNDARY));
  });

  test("every resource type of IT's stacks is a service the execution policy allows", () => {
    const SERVICE_OF: Record<string, string> = {
      CloudWatch: 'cloudwatch',
      DynamoDB: 'dynamodb',
      Events: 'events',
      KMS: 'kms',
      Lambda: 'lambda',
      Logs: 'logs',
      SNS: 'sns',
      SQS: 'sqs',
      SSO: 'sso',
      Scheduler: 'scheduler',
      SecretsManager: 'secretsmanager',
      StepFunctions: 'states',
    };
    const types = new Set(
      itStacks().flatMap((s) =>
        Object.values(
          wall.app.assembly.getStackByName(s).template.Resources as Record<string, { Type: string }>,
        ).map((r) => r.Type),
      ),
    );
    const uncovered = [...types]
      .filter((t) => t.startsWith('AWS::') && !t.startsWith('AWS::IAM::') && t !== 'AWS::SSM::Parameter')
      .filter((t) => !IT_SERVICES.includes(SERVICE_OF[t.split('::')[1]] as (typeof IT_SERVICES)[number]));
    expect(uncovered).toEqual([]);
    expect(types.size).toBeGreaterThan(10);
  });

  test('SSM only for the lifecycle directory parameter, which the execution policy may write', async () => {
    const names = itStacks().flatMap((s) =>
      Object.values(wall.app.template(s).findResources('AWS::SSM::Parameter')).map((p) => p.Properties.Name),
    );
    expect(names).toEqual(['/acme-it-lifecycle/directory']);
    const parameter = `arn:aws:ssm:eu-west-1:${MANAGEMENT}:parameter/acme-it-lifecycle/directory`;
    expect(await decide(wall.execution, { action: 'ssm:PutParameter', resource: parameter })).toBe('Allowed');
    const other = `arn:aws:ssm:eu-west-1:${MANAGEMENT}:parameter/acme-security/anything`;
    expect(await decide(wall.execution, { action: 'ssm:PutParameter', resource: other })).toBe(
      'ImplicitlyDenied',
    );
  });

  test('every IT role is for a service IT may pass roles to, so CloudFormation can create it', async () => {
    const roles = itStacks().flatMap((s) =>
      Object.values(wall.app.template(s).findResources('AWS::IAM::Role')),
    );
    const services = roles.flatMap((r) =>
      r.Properties.AssumeRolePolicyDocument.Statement.map(
        (st: { Principal: { Service: string } }) => st.Principal.Service,
      ),
    );
    for (const service of new Set(services)) {
      const attempt = {
        action: 'iam:PassRole',
        resource: IT_ROLE,
        context: { 'iam:PassedToService': service },
      };
      expect([service, await decide(wall.execution, attempt)]).toEqual([service, 'Allowed']);
    }
  });

  test("every action IT's roles are given is within the boundary, on the resources they are given", async () => {
    // [action, resource]: the statement's own resource where it is an ARN once deployed (pseudo
    // parameters resolved), else an example ARN of the action's resource type.
    const grants = new Map<string, [string, string | undefined]>();
    for (const s of itStacks()) {
      const t = wall.app.template(s);
      // A parameter's Ref is its name, which the lifecycle's grants name it by.
      const refs = Object.fromEntries(
        Object.entries(t.findResources('AWS::SSM::Parameter')).map(([id, p]) => [id, p.Properties.Name]),
      );
      for (const p of [
        ...Object.values(t.findResources('AWS::IAM::Policy')),
        ...Object.values(t.findResources('AWS::IAM::ManagedPolicy')),
      ]) {
        for (const st of p.Properties.PolicyDocument.Statement)
          for (const action of [st.Action].flat() as string[])
            for (const resource of [st.Resource].flat().map((r) => deployedArn(r, refs)))
              if (!action.includes('*')) grants.set(`${action} ${resource}`, [action, resource]);
      }
    }
    const granted: PolicyJson = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    const role = { arn: IT_ROLE, identityPolicies: [granted], boundary: wall.roleBoundary };
    const denied: string[] = [];
    for (const [key, [action, resource]] of [...grants].sort()) {
      const resourcePolicy = action.startsWith('kms:') ? defaultKeyPolicy(MANAGEMENT) : undefined;
      // A statement may list resources some of its actions have no type for (Identity Store's
      // GetUserId on a group ARN): those are simulated on the action's own resource type.
      const onGiven = await decide(role, { action, resource, resourcePolicy }).catch(() => undefined);
      const decision = onGiven ?? (await decide(role, { action, resourcePolicy }));
      if (decision !== 'Allowed') denied.push(key);
    }
    expect(denied).toEqual([]);
    expect(new Set([...grants.values()].map(([a]) => a)).size).toBeGreaterThan(20);
    expect([...grants.values()]).toEqual(
      expect.arrayContaining([
        ['ssm:GetParameter', `arn:aws:ssm:eu-west-1:${MANAGEMENT}:parameter/acme-it-lifecycle/directory`],
        ['s3:GetObject', `arn:aws:s3:::cdk-bpit-assets-${MANAGEMENT}-eu-west-1/*.json`],
      ]),
    );
  });

  test('the boundary caps a role IT gives AdministratorAccess', async () => {
    const admin: PolicyJson = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    const role = { arn: IT_ROLE, identityPolicies: [admin], boundary: wall.roleBoundary };
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
