// Routing from what resources do, for changes that only show in the engines' output (a code
// change, or config that changes templates): small hand-written base and head EngineOutputs
// on the example org, so no synthesis is needed.
import type { Template } from '../../lib/review/aws-diff';
import type { OktaSpecLike } from '../../lib/review/okta-diff';
import type { PlanReport } from '../../lib/review/plan-report';
import { planEdits } from '../support/config-edits';

const lambda = (key: string, role = 'HandlerRole') => ({
  Type: 'AWS::Lambda::Function',
  Properties: {
    Code: { S3Bucket: 'assets', S3Key: key },
    Role: { 'Fn::GetAtt': [role, 'Arn'] },
    Runtime: 'nodejs22.x',
  },
});
const permissionSet = (name: string, props: Record<string, unknown>) => ({
  Type: 'AWS::SSO::PermissionSet',
  Properties: { InstanceArn: 'arn:aws:sso:::instance/ssoins-7223b1d4e6f8a9c0', Name: name, ...props },
});
const assignment = (set: string, accountId: string) => ({
  Type: 'AWS::SSO::Assignment',
  Properties: {
    InstanceArn: 'arn:aws:sso:::instance/ssoins-7223b1d4e6f8a9c0',
    PermissionSetArn: { 'Fn::GetAtt': [set, 'PermissionSetArn'] },
    PrincipalId: 'group-id',
    PrincipalType: 'GROUP',
    TargetId: accountId,
    TargetType: 'AWS_ACCOUNT',
  },
});
const developerPolicy = (actions: string[]) => ({
  ManagedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
  InlinePolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] },
});
const scp = (deny: string[]) => ({
  Type: 'AWS::Organizations::Policy',
  Properties: {
    Name: 'protect-guardrails',
    Type: 'SERVICE_CONTROL_POLICY',
    Content: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: deny, Resource: '*' }] },
  },
});

function baseCdk(): Record<string, Template> {
  return {
    'acme-it': {
      Resources: {
        Handler: lambda('code-1.zip'),
        Developer: permissionSet('developer', developerPolicy(['lambda:*', 'sqs:*'])),
        DeveloperDev: assignment('Developer', '444444444444'),
      },
    },
    'acme-security-organization': { Resources: { Guardrails: scp(['cloudtrail:StopLogging']) } },
  };
}

const spec = (type: string, name: string, inputs: Record<string, unknown>): OktaSpecLike => ({
  type,
  name,
  inputs,
});
function baseOkta(): Record<string, OktaSpecLike[]> {
  return {
    'okta-it': [
      spec('okta:app/saml:Saml', 'app.github', {
        label: 'GitHub',
        authenticationPolicy: { ref: 'policy.app-mfa-policy' },
      }),
      spec('okta:user/user:User', 'user.ravi-patel', {
        login: 'ravi.patel@acme.example',
        email: 'ravi.patel@acme.example',
      }),
      spec('okta:user/user:User', 'user.zara-ahmed', {
        login: 'zara.ahmed@acme.example',
        email: 'zara.ahmed@acme.example',
      }),
    ],
    'okta-security': [
      spec('okta:policy/signon:Signon', 'policy.admin-sign-on', { name: 'Admins', priority: 1 }),
    ],
  };
}

/** Routes a head built by `change` from the base's outputs (`changeBase` edits the base's; no config change, no files). */
function route(
  change: (head: { cdk: Record<string, Template>; okta: Record<string, OktaSpecLike[]> }) => void,
  changeBase: (base: {
    cdk: Record<string, Template>;
    okta: Record<string, OktaSpecLike[]>;
  }) => void = () => {},
): PlanReport {
  const base = { cdk: baseCdk(), okta: baseOkta() };
  const head = { cdk: baseCdk(), okta: baseOkta() };
  changeBase(base);
  change(head);
  return planEdits([], { engines: { base, head }, changedFiles: [] }).report;
}
const teams = (r: PlanReport) => r.approvals.map((a) => a.team);
const reasonsOf = (r: PlanReport, team: string) => r.approvals.find((a) => a.team === team)?.reasons ?? [];

describe('routing from the AWS templates', () => {
  test('a new role with AdministratorAccess, trusted by an outside account, in IT’s stack', () => {
    const r = route((h) => {
      h.cdk['acme-it'].Resources.ItAdminRole = {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::999999999999:root' },
                Action: 'sts:AssumeRole',
              },
            ],
          },
          ManagedPolicyArns: [
            { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/AdministratorAccess']] },
          ],
        },
      };
    });
    expect(teams(r)).toEqual(['security']);
    expect(reasonsOf(r, 'security')).toEqual([
      'AWS: 1 IAM statement change in acme-it (cdk diff)',
      'AWS: 1 managed policy attachment change in acme-it (cdk diff)',
      'AWS: AWS::IAM::Role ItAdminRole created in acme-it (IAM: admin-like managed policy AdministratorAccess; trusted by outside account 999999999999)',
      'AWS: permissions broadened in acme-it (cdk diff)',
    ]);
  });

  test('every IT permission set given AdministratorAccess by a code change', () => {
    const r = route((h) => {
      h.cdk['acme-it'].Resources.Developer.Properties.ManagedPolicies = [
        'arn:aws:iam::aws:policy/AdministratorAccess',
      ];
    });
    expect(reasonsOf(r, 'security')).toContain(
      'AWS: AWS::SSO::PermissionSet Developer updated in acme-it (privileged permission set: admin-like managed policy AdministratorAccess)',
    );
  });

  test('an inline policy that adds iam:PassRole to a set that can create functions', () => {
    const r = route((h) => {
      h.cdk['acme-it'].Resources.Developer = permissionSet(
        'developer',
        developerPolicy(['lambda:*', 'sqs:*', 'iam:PassRole']),
      );
    });
    expect(reasonsOf(r, 'security')).toContain(
      'AWS: AWS::SSO::PermissionSet Developer updated in acme-it (privileged permission set: passes a role to new compute (iam:PassRole with lambda:CreateFunction))',
    );
  });

  test('an assignment into the management account', () => {
    const r = route((h) => {
      h.cdk['acme-it'].Resources.DeveloperMgmt = assignment('Developer', '111111111111');
    });
    expect(teams(r)).toEqual(['security']);
    expect(reasonsOf(r, 'security')).toEqual([
      'AWS: AWS::SSO::Assignment DeveloperMgmt created in acme-it (privileged assignment: into management (management))',
      'AWS: permissions broadened in acme-it (cdk diff)',
    ]);
  });

  test('an SCP change', () => {
    const r = route((h) => {
      h.cdk['acme-security-organization'].Resources.Guardrails = scp([]);
    });
    expect(teams(r)).toEqual(['security']);
    expect(reasonsOf(r, 'security')).toEqual([
      'AWS: AWS::Organizations::Policy Guardrails updated in acme-security-organization (Organizations and SCPs)',
    ]);
  });

  test('any change in a Security stack, whatever its type', () => {
    const r = route((h) => {
      h.cdk['acme-security-organization'].Resources.Helper = lambda('helper.zip', 'HelperRole');
    });
    expect(reasonsOf(r, 'security')).toEqual([
      'AWS: AWS::Lambda::Function Helper created in acme-security-organization (Security stack)',
    ]);
  });

  test('a Lambda that runs as another role', () => {
    const r = route((h) => {
      h.cdk['acme-it'].Resources.Handler = lambda('code-1.zip', 'OtherRole');
    });
    expect(reasonsOf(r, 'security')).toEqual([
      'AWS: AWS::Lambda::Function Handler updated in acme-it (runs as a different role (Role))',
    ]);
  });

  test('a security group opened to the world', () => {
    const r = route((h) => {
      h.cdk['acme-it'].Resources.Sg = {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: 'x',
          SecurityGroupIngress: [{ CidrIp: '0.0.0.0/0', IpProtocol: 'tcp', FromPort: 22, ToPort: 22 }],
        },
      };
    });
    expect(reasonsOf(r, 'security')).toEqual(
      expect.arrayContaining([
        'AWS: AWS::EC2::SecurityGroup Sg created in acme-it (security groups)',
        'AWS: 1 security group rule change in acme-it (cdk diff)',
      ]),
    );
  });

  test('a Lambda code-only change is IT’s alone', () => {
    const r = route((h) => {
      h.cdk['acme-it'].Resources.Handler = lambda('code-2.zip');
    });
    expect(teams(r)).toEqual(['it']);
    expect(reasonsOf(r, 'it')).toEqual(['AWS: 1 resource changed in acme-it (Handler)']);
  });

  // IT's lifecycle credential reaches every user (Okta's resource sets cannot leave people out):
  // code running with it can unsuspend a privileged leaver Security still lists, or reset a
  // privileged person's factors. Which code does that cannot be told from a diff, so a new
  // build of the function that holds it is Security's to approve.
  test('a code change to the lifecycle function holding IT’s Okta credential', () => {
    const withOkta = (key: string) => {
      const f = lambda(key);
      return {
        ...f,
        Properties: {
          ...f.Properties,
          Environment: { Variables: { OKTA_SECRET_ARN: { Ref: 'OktaCredential' } } },
        },
      };
    };
    const r = route(
      (h) => {
        h.cdk['acme-it'].Resources.OktaTasks = withOkta('code-2.zip');
        h.cdk['acme-it'].Resources.Handler = lambda('code-2.zip');
      },
      (b) => {
        b.cdk['acme-it'].Resources.OktaTasks = withOkta('code-1.zip');
      },
    );
    expect(teams(r)).toEqual(['it', 'security']);
    expect(reasonsOf(r, 'security')).toEqual([
      "AWS: AWS::Lambda::Function OktaTasks updated in acme-it (new code for a function holding IT's Okta credential, which reaches every person's status and factors, privileged people's too)",
    ]);
    expect(reasonsOf(r, 'it')).toEqual(['AWS: 1 resource changed in acme-it (Handler)']);
  });

  // Its code could skip deny-aws or the session revocation of a leaver.
  test('a code change to the lifecycle function that ends leavers’ AWS access', () => {
    const awsAccess = (key: string) => {
      const f = lambda(key);
      const Environment = { Variables: { SESSION_REVOCATION_FUNCTION: 'acme-security-session-revocation' } };
      return { ...f, Properties: { ...f.Properties, Environment } };
    };
    const r = route(
      (h) => {
        h.cdk['acme-it'].Resources.AwsAccessTasks = awsAccess('code-2.zip');
      },
      (b) => {
        b.cdk['acme-it'].Resources.AwsAccessTasks = awsAccess('code-1.zip');
      },
    );
    expect(reasonsOf(r, 'security')).toEqual([
      "AWS: AWS::Lambda::Function AwsAccessTasks updated in acme-it (new code for the function that ends leavers' AWS access and sessions (through Security's session revocation))",
    ]);
  });

  test('an everyday permission set’s description and session length are IT’s alone', () => {
    const r = route((h) => {
      Object.assign(h.cdk['acme-it'].Resources.Developer.Properties, {
        Description: 'Builders',
        SessionDuration: 'PT4H',
      });
    });
    expect(teams(r)).toEqual(['it']);
    expect(reasonsOf(r, 'it')).toEqual(['AWS: 1 resource changed in acme-it (Developer)']);
  });

  test('any inline policy edit counts as broadened in cdk diff, so even a narrowing goes to Security', () => {
    const r = route((h) => {
      h.cdk['acme-it'].Resources.Developer = permissionSet('developer', developerPolicy(['lambda:*']));
    });
    expect(r.aws![0].permissionsBroadened).toBe(true);
    expect(reasonsOf(r, 'security')).toEqual([
      'AWS: 2 IAM statement changes in acme-it (cdk diff)',
      'AWS: permissions broadened in acme-it (cdk diff)',
    ]);
  });
});

describe('routing from the Okta desired state', () => {
  test('an org-wide sign-on policy changed', () => {
    const r = route((h) => {
      h.okta['okta-security'][0] = spec('okta:policy/signon:Signon', 'policy.admin-sign-on', {
        name: 'Admins',
        priority: 9,
      });
    });
    expect(reasonsOf(r, 'security')).toEqual([
      'Okta: okta:policy/signon:Signon policy.admin-sign-on changed in okta-security (Okta sign-on, password or MFA policy)',
    ]);
  });

  test('an admin role declared in IT’s Okta stack by a code change', () => {
    const r = route((h) => {
      h.okta['okta-it'].push(
        spec('okta:group/role:Role', 'admin-role.oncall.super-admin', { roleType: 'SUPER_ADMIN' }),
      );
    });
    expect(teams(r)).toEqual(['security']);
    expect(reasonsOf(r, 'security')).toEqual([
      'Okta: okta:group/role:Role admin-role.oncall.super-admin added in okta-it (Okta admin role)',
    ]);
  });

  test('an app’s MFA policy detached', () => {
    const r = route((h) => {
      h.okta['okta-it'][0] = spec('okta:app/saml:Saml', 'app.github', { label: 'GitHub' });
    });
    expect(reasonsOf(r, 'security')).toEqual([
      'Okta: okta:app/saml:Saml app.github changed in okta-it (MFA policy detached from the app)',
    ]);
  });

  test('the login of a privileged person', () => {
    const r = route((h) => {
      h.okta['okta-it'][1] = spec('okta:user/user:User', 'user.ravi-patel', {
        login: 'ravi@evil.example',
        email: 'ravi.patel@acme.example',
      });
    });
    expect(reasonsOf(r, 'security')).toEqual([
      'Okta: okta:user/user:User user.ravi-patel changed in okta-it (login or email of ravi-patel, who holds privileged group aws-admins)',
    ]);
  });

  test('the login of an everyday person, and a new bookmark app: IT’s alone', () => {
    const r = route((h) => {
      h.okta['okta-it'][2] = spec('okta:user/user:User', 'user.zara-ahmed', {
        login: 'zara.a@acme.example',
        email: 'zara.a@acme.example',
      });
      h.okta['okta-it'].push(
        spec('okta:app/bookmark:Bookmark', 'app.wiki', { label: 'Wiki', url: 'https://wiki.acme.example' }),
      );
    });
    expect(teams(r)).toEqual(['it']);
    expect(reasonsOf(r, 'it')).toEqual(['Okta: 2 changes in okta-it']);
  });
});
