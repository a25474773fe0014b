// The routing corpus (issue #11): config changes on the example org, planned in memory, each
// routed as a hostile reviewer would expect. Privileged changes (every escalation class,
// wildcards, admin-like managed policies, sensitive accounts, Okta admin roles), the
// security side's config, sign-in and MFA, ownership transfers both ways and identity
// changes of privileged people need Security; routine changes stay with IT alone.
import type { PlanReport } from '../../lib/review/plan-report';
import { applyEdits, checkFiles, type Edit, exampleFiles, planEdits } from '../support/config-edits';

const teams = (r: PlanReport) => r.approvals.map((a) => a.team);
const reasonsOf = (r: PlanReport, team: string) => r.approvals.find((a) => a.team === team)?.reasons ?? [];

/** An IT-side permission set inserted into config/it/aws-access.yaml. */
const itSet = (id: string, body: string): Edit => ({
  file: 'it/aws-access.yaml',
  from: '\ngrants:\n',
  to: `  - id: ${id}\n    sessionDuration: PT1H\n${body}\ngrants:\n`,
});
const inline = (action: string, resource = '"*"') =>
  `    inlinePolicy:\n      Statement:\n        - Effect: Allow\n          Action: ${action}\n          Resource: ${resource}\n`;
const managed = (arn: string) => `    managedPolicies: [${arn}]\n`;

describe('privileged IT-side permission sets: an error, and Security must approve', () => {
  const cases: [string, string, string][] = [
    [
      'PassRole with CreateRole and AttachRolePolicy',
      inline('[iam:PassRole, iam:CreateRole, iam:AttachRolePolicy]'),
      'writes IAM policies, boundaries or trust (iam:AttachRolePolicy)',
    ],
    ['sts:AssumeRole on *', inline('sts:AssumeRole'), 'assumes any role (sts:AssumeRole on *)'],
    // A pattern or NotResource reaches roles nobody named: in an account, a role trusting the
    // account (CDK's, a workload's admin role) is anyone's who may assume it.
    [
      'sts:AssumeRole on every resource of one account',
      inline('sts:AssumeRole', 'arn:aws:iam::444444444444:*'),
      'assumes any role (sts:AssumeRole on arn:aws:iam::444444444444:*)',
    ],
    [
      'sts:AssumeRole on roles by a name pattern',
      inline('sts:AssumeRole', 'arn:aws:iam::444444444444:role/ops-*'),
      'assumes any role (sts:AssumeRole on arn:aws:iam::444444444444:role/ops-*)',
    ],
    [
      'sts:AssumeRole on everything but one role (NotResource)',
      '    inlinePolicy:\n      Statement:\n        - Effect: Allow\n          Action: sts:AssumeRole\n          NotResource: arn:aws:iam::444444444444:role/app\n',
      'assumes any role (sts:AssumeRole on everything but arn:aws:iam::444444444444:role/app)',
    ],
    [
      'the wildcard iam:*Role*',
      inline('"iam:*Role*"'),
      'writes IAM policies, boundaries or trust (iam:AttachRolePolicy from iam:*Role*)',
    ],
    ['the wildcard s*:*', inline('"s*:*"'), 'changes Identity Center access (sso:AddRegion from s*:*)'],
    [
      'PassRole with lambda:CreateFunction',
      inline('[iam:PassRole, lambda:CreateFunction]'),
      'passes a role to new compute (iam:PassRole with lambda:CreateFunction)',
    ],
    [
      'PassRole with ec2:RunInstances',
      inline('[iam:PassRole, ec2:RunInstances]'),
      'passes a role to new compute (iam:PassRole with ec2:RunInstances)',
    ],
    [
      'PassRole with cloudformation:CreateStack',
      inline('[iam:PassRole, "cloudformation:Create*"]'),
      'passes a role to new compute (iam:PassRole with cloudformation:CreateStack)',
    ],
    [
      'PassRole with glue:CreateDevEndpoint',
      inline('[iam:PassRole, glue:CreateDevEndpoint]'),
      'passes a role to new compute (iam:PassRole with glue:CreateDevEndpoint)',
    ],
    [
      'PassRole with ecs:RunTask',
      inline('["iam:Pass*", "ecs:*"]'),
      'passes a role to new compute (iam:PassRole with ecs:RegisterTaskDefinition)',
    ],
    [
      'iam:CreatePolicyVersion',
      inline('iam:CreatePolicyVersion'),
      'writes IAM policies, boundaries or trust (iam:CreatePolicyVersion)',
    ],
    [
      'iam:SetDefaultPolicyVersion',
      inline('iam:SetDefaultPolicyVersion'),
      'writes IAM policies, boundaries or trust (iam:SetDefaultPolicyVersion)',
    ],
    [
      'iam:PutUserPolicy',
      inline('iam:PutUserPolicy'),
      'writes IAM policies, boundaries or trust (iam:PutUserPolicy)',
    ],
    [
      'iam:UpdateAssumeRolePolicy',
      inline('iam:UpdateAssumeRolePolicy'),
      'writes IAM policies, boundaries or trust (iam:UpdateAssumeRolePolicy)',
    ],
    [
      'iam:CreateAccessKey',
      inline('iam:CreateAccessKey'),
      'creates IAM credentials or group memberships (iam:CreateAccessKey)',
    ],
    [
      'iam:CreateLoginProfile',
      inline('iam:CreateLoginProfile'),
      'creates IAM credentials or group memberships (iam:CreateLoginProfile)',
    ],
    [
      'iam:UpdateLoginProfile',
      inline('iam:UpdateLoginProfile'),
      'creates IAM credentials or group memberships (iam:UpdateLoginProfile)',
    ],
    [
      'iam:AddUserToGroup',
      inline('iam:AddUserToGroup'),
      'creates IAM credentials or group memberships (iam:AddUserToGroup)',
    ],
    [
      'Identity Center writes',
      inline('sso:CreateAccountAssignment'),
      'changes Identity Center access (sso:CreateAccountAssignment)',
    ],
    [
      'Identity Store writes',
      inline('"identitystore:Create*"'),
      'changes Identity Center users or groups (identitystore:CreateGroup from identitystore:Create*)',
    ],
    [
      'Organizations writes',
      inline('organizations:DetachPolicy'),
      'changes the AWS organization or its SCPs (organizations:DetachPolicy)',
    ],
    [
      'KMS key policy writes',
      inline('kms:PutKeyPolicy'),
      'changes KMS key policies or grants, or destroys keys (kms:PutKeyPolicy)',
    ],
    [
      'stopping CloudTrail',
      inline('cloudtrail:StopLogging'),
      'stops or changes CloudTrail (cloudtrail:StopLogging)',
    ],
    [
      'deleting GuardDuty',
      inline('guardduty:DeleteDetector'),
      'turns off or silences GuardDuty (guardduty:DeleteDetector)',
    ],
    [
      'disabling Security Hub',
      inline('securityhub:DisableSecurityHub'),
      'turns off or silences Security Hub (securityhub:DisableSecurityHub)',
    ],
    [
      'stopping AWS Config',
      inline('config:StopConfigurationRecorder'),
      'turns off or changes AWS Config (config:StopConfigurationRecorder)',
    ],
    [
      'NotAction',
      '    inlinePolicy:\n      Statement:\n        - Effect: Allow\n          NotAction: [iam:*]\n          Resource: "*"\n',
      'allows everything except a list of actions (NotAction)',
    ],
    [
      'SystemAdministrator',
      managed('arn:aws:iam::aws:policy/job-function/SystemAdministrator'),
      'admin-like managed policy SystemAdministrator',
    ],
    [
      'AWSOrganizationsFullAccess',
      managed('arn:aws:iam::aws:policy/AWSOrganizationsFullAccess'),
      'admin-like managed policy AWSOrganizationsFullAccess',
    ],
    [
      'PowerUserAccess',
      managed('arn:aws:iam::aws:policy/PowerUserAccess'),
      'admin-like managed policy PowerUserAccess',
    ],
    [
      'AWSSSOMasterAccountAdministrator',
      managed('arn:aws:iam::aws:policy/AWSSSOMasterAccountAdministrator'),
      'admin-like managed policy AWSSSOMasterAccountAdministrator',
    ],
    [
      'AWSSSODirectoryAdministrator',
      managed('arn:aws:iam::aws:policy/AWSSSODirectoryAdministrator'),
      'admin-like managed policy AWSSSODirectoryAdministrator',
    ],
    [
      'AWSCloudTrail_FullAccess',
      managed('arn:aws:iam::aws:policy/AWSCloudTrail_FullAccess'),
      'admin-like managed policy AWSCloudTrail_FullAccess',
    ],
  ];
  test.each(cases)('%s', (_name, body, because) => {
    const { report, head } = planEdits([itSet('escalate', body)]);
    expect(head.model!.permissionSets.find((s) => s.id === 'escalate')!.privilegedBecause).toBe(because);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'privileged-on-security-side',
        message: 'permission set "escalate" is privileged but declared under config/it/',
        hint: `move it to config/security/privileged.yaml (permissionSets:), or drop what makes it privileged: ${because}`,
      }),
    );
    expect(reasonsOf(report, 'security')).toContain('permission-set escalate added');
  });
});

describe('access into the management, log-archive and audit accounts is privileged', () => {
  test.each([['management'], ['log-archive'], ['audit']])(
    'an IT grant of read-only into %s: an error, and Security must approve',
    (account) => {
      const { report } = planEdits([
        {
          file: 'it/aws-access.yaml',
          from: '[prod] }\n  - { group: data-analysts',
          to: `[prod, ${account}] }\n  - { group: data-analysts`,
        },
      ]);
      expect(report.diagnostics).toContainEqual(
        expect.objectContaining({
          severity: 'error',
          code: 'privileged-grants',
          path: 'grants[1].accounts[1]',
          message: `IT-side grant gives "read-only" in the ${account} account "${account}"`,
          value: `"${account}"`,
        }),
      );
      expect(teams(report)).toEqual(['it', 'security']);
      expect(reasonsOf(report, 'security')).toEqual(
        expect.arrayContaining([
          'grant engineering/read-only changed',
          expect.stringMatching(/^privileged access changes for \d+ people$/),
        ]),
      );
      const gained = report.access.people
        .flatMap((p) => p.gains)
        .filter((g) => g.target === `${account}/read-only`);
      expect(gained.length).toBeGreaterThan(0);
      expect(gained.every((g) => g.privileged)).toBe(true);
    },
  );

  test('joining billing-admins (billing in the management account) is a privileged gain', () => {
    const { report } = planEdits([
      {
        file: 'security/privileged.yaml',
        from: '      - { person: laura-jensen, until: "2027-02-15", reason: "Financial Controller, monthly close" }\n',
        to: '      - { person: laura-jensen, until: "2027-02-15", reason: "Financial Controller, monthly close" }\n      - { person: victor-huang, until: "2027-01-31", reason: "Covering the monthly close" }\n',
      },
    ]);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.access.people.map((p) => [p.person, p.gains.map((g) => [g.target, g.privileged])])).toEqual(
      [
        [
          'victor-huang',
          [
            ['billing-admins', true],
            ['management/billing', true],
          ],
        ],
      ],
    );
    expect(report.access.totals.privilegedGains).toBe(2);
    expect(teams(report)).toEqual(['security']);
    expect(reasonsOf(report, 'security')).toEqual([
      'file config/security/privileged.yaml',
      'group billing-admins changed',
      'privileged access changes for 1 person',
    ]);
  });
});

describe('Okta admin roles appear as privileged gains and losses', () => {
  test('SUPER_ADMIN for the help desk group: its member gains it, Security approves', () => {
    const { report } = planEdits([
      {
        file: 'security/privileged.yaml',
        from: '  - { group: okta-admins, role: SUPER_ADMIN }',
        to: '  - { group: okta-admins, role: SUPER_ADMIN }\n  - { group: okta-helpdesk, role: SUPER_ADMIN }',
      },
    ]);
    expect(report.access.totals.privilegedGains).toBe(1);
    expect(report.access.people).toEqual([
      expect.objectContaining({
        person: 'kenji-watanabe',
        gains: [
          {
            kind: 'okta-admin-role',
            target: 'SUPER_ADMIN',
            via: 'okta-helpdesk',
            privileged: true,
            reason: 'via group okta-helpdesk',
          },
        ],
      }),
    ]);
    expect(teams(report)).toEqual(['security']);
  });

  test('ORG_ADMIN for the auditors: three people gain it', () => {
    const { report } = planEdits([
      {
        file: 'security/privileged.yaml',
        from: '  - { group: okta-admins, role: SUPER_ADMIN }',
        to: '  - { group: okta-admins, role: SUPER_ADMIN }\n  - { group: security-auditors, role: ORG_ADMIN }',
      },
    ]);
    expect(report.access.totals.privilegedGains).toBe(3);
    expect(reasonsOf(report, 'security')).toContain('okta-admin-role security-auditors/ORG_ADMIN added');
  });

  test('removing HELP_DESK_ADMIN is a privileged loss', () => {
    const { report } = planEdits([
      {
        file: 'security/privileged.yaml',
        from: '  - group: okta-helpdesk\n    role: HELP_DESK_ADMIN\n    targetGroups: [contractors, data-analysts, engineering-managers, go-to-market, product]\n',
        to: '',
      },
    ]);
    expect(report.access.totals).toMatchObject({ privilegedGains: 0, privilegedLosses: 1 });
    expect(report.access.people[0].loses[0]).toMatchObject({
      kind: 'okta-admin-role',
      target: 'HELP_DESK_ADMIN',
    });
  });

  test('an Okta admin role on an everyday group: an error, and Security approves', () => {
    const { report } = planEdits([
      {
        file: 'security/privileged.yaml',
        from: '  - { group: okta-admins, role: SUPER_ADMIN }',
        to: '  - { group: okta-admins, role: SUPER_ADMIN }\n  - { group: oncall, role: APP_ADMIN }',
      },
    ]);
    expect(report.blockers).toEqual([
      expect.stringContaining('Okta admin role APP_ADMIN is assigned to everyday group "oncall"'),
    ]);
    expect(report.access.totals.privilegedGains).toBe(4);
    expect(teams(report)).toEqual(['security']);
  });
});

describe('security-side config: logging, monitoring, guardrails', () => {
  test.each<[string, Edit, string]>([
    [
      'shorter log retention',
      { file: 'security/logging.yaml', from: 'retention: P7Y', to: 'retention: P1Y' },
      'logging logging changed',
    ],
    [
      'Okta log stream removed',
      {
        file: 'security/logging.yaml',
        from: 'oktaLogStream:\n  name: acme-okta-system-log\n  account: audit\n  region: eu-west-1\n  # The EventBridge archive of every Okta event (replayable), kept this long.\n  archiveRetention: P1Y\n',
        to: '',
      },
      'logging logging changed',
    ],
    [
      'GuardDuty off',
      {
        file: 'security/monitoring.yaml',
        from: 'guardDuty: { enabled: true,',
        to: 'guardDuty: { enabled: false,',
      },
      'monitoring monitoring changed',
    ],
    [
      'an Okta alert dropped',
      {
        file: 'security/monitoring.yaml',
        from: '        eventType: [user.session.impersonation.grant, user.session.impersonation.initiate]\n    - id: log-stream-deactivated\n      title: The Okta log stream into AWS was deactivated\n      implements:\n        okta: https://developer.okta.com/docs/reference/api/event-types/\n        title: "Event types: system.log_stream.lifecycle.deactivate"\n      match:\n        eventType: system.log_stream.lifecycle.deactivate\n',
        to: '        eventType: [user.session.impersonation.grant, user.session.impersonation.initiate]\n',
      },
      'monitoring monitoring changed',
    ],
    [
      'longer privileged memberships',
      { file: 'security/guardrails.yaml', from: 'maxMembership: P90D', to: 'maxMembership: P365D' },
      'guardrails guardrails changed',
    ],
    [
      'MFA required from a higher tier',
      { file: 'security/guardrails.yaml', from: 'requiredFromRisk: high', to: 'requiredFromRisk: critical' },
      'guardrails guardrails changed',
    ],
  ])('%s', (_name, edit, reason) => {
    const { report } = planEdits([edit]);
    expect(teams(report)).toContain('security');
    expect(reasonsOf(report, 'security')).toContain(reason);
  });
});

describe('sign-in and MFA', () => {
  test('lowering the risk of the AWS sign-in app', () => {
    const { report } = planEdits([
      {
        file: 'it/apps.yaml',
        from: '    owner: it\n    risk: critical\n    data: restricted\n    lastVendorReview: "2026-10-05"',
        to: '    owner: it\n    risk: high\n    data: restricted\n    lastVendorReview: "2026-10-05"',
      },
    ]);
    expect(teams(report)).toEqual(['it', 'security']);
    expect(reasonsOf(report, 'security')).toEqual([
      'app aws-identity-center changed (the AWS Identity Center sign-in app)',
      'app aws-identity-center risk lowered critical → high',
    ]);
  });

  test('turning MFA off on the AWS sign-in app', () => {
    const { report } = planEdits([
      {
        file: 'it/apps.yaml',
        from: '    lastVendorReview: "2026-10-05"\n    mfa: true\n',
        to: '    lastVendorReview: "2026-10-05"\n    mfa: false\n',
      },
    ]);
    expect(reasonsOf(report, 'security')).toEqual([
      'app aws-identity-center changed (the AWS Identity Center sign-in app)',
    ]);
  });

  test('an app that no longer requires MFA', () => {
    const { report } = planEdits([
      {
        file: 'it/apps.yaml',
        from: '    owner: engineering\n    risk: high\n    data: restricted\n    lastVendorReview: "2026-05-06"\n    mfa: true\n',
        to: '    owner: engineering\n    risk: medium\n    data: restricted\n    lastVendorReview: "2026-05-06"\n    mfa: false\n',
      },
    ]);
    expect(reasonsOf(report, 'security')).toEqual([
      'app github no longer requires MFA',
      'app github risk lowered high → medium',
    ]);
    expect(reasonsOf(report, 'engineering')).toEqual(['app github changed']);
  });
});

describe("Identity Center's sign-in app under any spelling of its address", () => {
  const acs = 'https://eu-west-1.signin.aws.amazon.com/platform/saml/acs/7223b1d4-e6f8-a9c0';
  const awsApp = (ssoUrl: string) =>
    `  - id: aws-console\n    name: AWS console\n    vendor: Amazon\n    owner: it\n    risk: low\n    data: internal\n    lastVendorReview: "2026-10-05"\n    groups: [everyone]\n    sso:\n      type: saml\n      ssoUrl: ${ssoUrl}\n      audience: https://eu-west-1.signin.aws.amazon.com/platform/saml/d-93670a1b2c\n`;
  const added = (ssoUrl: string): Edit => ({
    file: 'it/apps.yaml',
    from: 'apps:\n',
    to: `apps:\n${awsApp(ssoUrl)}`,
  });

  // A hostname is case-insensitive and 443 is https's port: these reach Identity Center's ACS.
  test.each([
    'https://EU-WEST-1.SIGNIN.AWS.AMAZON.COM/platform/saml/acs/7223b1d4-e6f8-a9c0',
    'https://eu-west-1.signin.aws.amazon.com:443/platform/saml/acs/7223b1d4-e6f8-a9c0',
    'https://eu-west-1.signin.aws.amazon.com./platform/saml/acs/7223b1d4-e6f8-a9c0',
    'https://eu-west-1.signin.aws.amazon.com/platform//saml/acs/7223b1d4-e6f8-a9c0',
    'https://eu-west-1.signin.aws.amazon.com/platform/%73aml/acs/7223b1d4-e6f8-a9c0',
    'https://us-gov-west-1.signin.amazonaws-us-gov.com/platform/saml/acs/7223b1d4-e6f8-a9c0',
  ])('a new app signing in at %s: Security approves', (ssoUrl) => {
    const { report } = planEdits([added(ssoUrl)]);
    expect(reasonsOf(report, 'security')).toContain(
      'app aws-console added (the AWS Identity Center sign-in app)',
    );
  });

  test('a new app signing in at the usual address: Security approves', () => {
    const { report } = planEdits([added(acs)]);
    expect(reasonsOf(report, 'security')).toContain(
      'app aws-console added (the AWS Identity Center sign-in app)',
    );
  });

  // An earlier, Security-approved edit left the host in capitals: the app stays Identity Center's.
  test('the sign-in app, its host in capitals, assigned to another group', () => {
    const shouting: Edit = {
      file: 'it/apps.yaml',
      from: `ssoUrl: ${acs}`,
      to: `ssoUrl: ${acs.replace('eu-west-1.signin.aws.amazon.com', 'EU-WEST-1.SIGNIN.AWS.AMAZON.COM')}`,
    };
    const { report } = planEdits(
      [
        {
          file: 'it/apps.yaml',
          from: '    groups: [engineering, data-analysts]\n    # SCIM',
          to: '    groups: [engineering, data-analysts, product]\n    # SCIM',
        },
      ],
      { baseEdits: [shouting] },
    );
    expect(reasonsOf(report, 'security')).toEqual([
      'app aws-identity-center changed (the AWS Identity Center sign-in app)',
    ]);
  });
});

describe('an app recreated under a new id keeps its history', () => {
  // Same SSO target, new id: "no longer requires MFA" and "risk lowered" compare by id, so
  // without this the app would simply be new, and a new low-risk app needs no MFA.
  const recreated: Edit = {
    file: 'it/apps.yaml',
    from: '  - id: github\n    name: GitHub Enterprise\n    vendor: GitHub\n    owner: engineering\n    risk: high\n    data: restricted\n    lastVendorReview: "2026-05-06"\n    mfa: true\n',
    to: `  - id: github-ent\n    name: GitHub Enterprise\n    vendor: GitHub\n    owner: engineering\n    risk: low\n    data: restricted\n    lastVendorReview: "2026-05-06"\n    mfa: false\n`,
  };
  test('GitHub re-added as github-ent, low risk and no MFA: Security approves', () => {
    const { report } = planEdits([recreated]);
    expect(teams(report)).toContain('security');
    expect(reasonsOf(report, 'security')).toEqual([
      'app github-ent takes over from app github (same SSO target https://github.com/orgs/acme/saml/consume): no longer requires MFA; risk lowered high → low',
    ]);
  });

  test('the same target with the same MFA and risk: no Security reason', () => {
    const { report } = planEdits([
      {
        file: 'it/apps.yaml',
        from: '  - id: github\n    name: GitHub Enterprise\n',
        to: '  - id: github-ent\n    name: GitHub Enterprise\n',
      },
    ]);
    expect(reasonsOf(report, 'security')).toEqual([]);
  });
});

describe('ownership transfers need both owners', () => {
  const toSecurity: Edit = {
    file: 'it/apps.yaml',
    from: '  - id: figma\n    name: Figma\n    vendor: Figma\n    owner: it\n',
    to: '  - id: figma\n    name: Figma\n    vendor: Figma\n    owner: security\n',
  };
  const backToIt: Edit = {
    file: 'it/apps.yaml',
    from: '  - id: figma\n    name: Figma\n    vendor: Figma\n    owner: security\n',
    to: '  - id: figma\n    name: Figma\n    vendor: Figma\n    owner: it\n',
  };

  test('an IT app handed to Security', () => {
    const { report } = planEdits([toSecurity]);
    expect(teams(report)).toEqual(['it', 'security']);
    expect(reasonsOf(report, 'security')).toContain('app figma changed (owner it → security)');
    expect(reasonsOf(report, 'it')).toContain('app figma changed (owner it → security)');
  });

  test('a security-owned app taken by IT: the old owner, Security, approves', () => {
    const { report } = planEdits([backToIt], { baseEdits: [toSecurity] });
    expect(teams(report)).toEqual(['it', 'security']);
    expect(reasonsOf(report, 'security')).toEqual(['app figma changed (owner security → it)']);
  });

  test("a security-owned app's other settings: Security, its owner, approves", () => {
    const { report } = planEdits(
      [
        {
          file: 'it/apps.yaml',
          from: 'groups: [product, engineering]',
          to: 'groups: [product, engineering, operations]',
        },
      ],
      { baseEdits: [toSecurity] },
    );
    expect(reasonsOf(report, 'security')).toEqual(['app figma changed']);
  });

  test('a group moved from one IT team to another needs both', () => {
    const { report } = planEdits([
      {
        file: 'it/groups.yaml',
        from: '  - id: finance-approvers\n    name: Finance Approvers\n    owner: finance\n',
        to: '  - id: finance-approvers\n    name: Finance Approvers\n    owner: engineering\n',
      },
    ]);
    expect(reasonsOf(report, 'finance')).toEqual([
      'group finance-approvers changed (owner finance → engineering)',
    ]);
    expect(reasonsOf(report, 'engineering')).toEqual([
      'group finance-approvers changed (owner finance → engineering)',
    ]);
  });

  test('a group given to Security', () => {
    const { report } = planEdits([
      {
        file: 'it/groups.yaml',
        from: '    name: Production On-call\n    owner: engineering\n',
        to: '    name: Production On-call\n    owner: security\n',
      },
    ]);
    expect(teams(report)).toEqual(['engineering', 'it', 'security']);
    expect(reasonsOf(report, 'security')).toEqual(['group oncall changed (owner engineering → security)']);
  });
});

describe('identity changes of privileged people', () => {
  test.each([
    ['ravi-patel', 'ravi.patel', 'privileged group aws-admins'],
    ['amara-diallo', 'amara.diallo', 'privileged group okta-admins'],
    ['ethan-clarke', 'ethan.clarke', 'privileged group billing-admins'],
  ])("%s's email", (id, local, holds) => {
    const { report } = planEdits([
      { file: 'it/people.yaml', from: `email: ${local}@acme.example`, to: `email: ${local}2@acme.example` },
    ]);
    expect(teams(report)).toEqual(['it', 'security']);
    expect(reasonsOf(report, 'security')).toEqual([
      `person ${id} email ${local}@acme.example → ${local}2@acme.example (their Okta login; holds ${holds})`,
    ]);
  });

  // Ravi left on 2026-10-01 and is deprovisioned, but still listed in aws-admins (Security
  // removes him later). Removing his end date is a re-hire: the lifecycle activates his Okta
  // user and he is an AWS administrator again.
  const raviLeft: Edit = {
    file: 'it/people.yaml',
    from: '    start: "2021-01-18"\n  - id: mei-chen',
    to: '    start: "2021-01-18"\n    end: "2026-10-01"\n  - id: mei-chen',
  };
  test('a privileged leaver re-hired (end date removed): Security approves', () => {
    const { report } = planEdits([{ file: 'it/people.yaml', from: raviLeft.to, to: raviLeft.from }], {
      baseEdits: [raviLeft],
    });
    expect(report.access.people.map((p) => [p.person, p.status])).toEqual([
      ['ravi-patel', { from: 'deprovisioned', to: 'active' }],
    ]);
    expect(teams(report)).toEqual(['it', 'security']);
    expect(reasonsOf(report, 'security')).toEqual([
      'person ravi-patel status deprovisioned → active, end 2026-10-01 → none (holds privileged group aws-admins)',
    ]);
  });

  test('a privileged person staying longer (end date moved later): Security approves', () => {
    const { report } = planEdits(
      [{ file: 'it/people.yaml', from: 'end: "2026-12-01"', to: 'end: "2027-06-01"' }],
      { baseEdits: [{ ...raviLeft, to: raviLeft.to.replace('2026-10-01', '2026-12-01') }] },
    );
    expect(reasonsOf(report, 'security')).toEqual([
      'person ravi-patel end 2026-12-01 → 2027-06-01 (holds privileged group aws-admins)',
    ]);
  });

  test('an everyday leaver re-hired: IT alone', () => {
    const { report } = planEdits([
      {
        file: 'it/people.yaml',
        from: '    start: "2022-08-29"\n    end: "2026-11-13"\n',
        to: '    start: "2022-08-29"\n',
      },
    ]);
    expect(report.access.people.map((p) => [p.person, p.status])).toEqual([
      ['isabel-santos', { from: 'suspended', to: 'active' }],
    ]);
    expect(teams(report)).toEqual(['it']);
  });
});

describe("who Security's guardrails apply to", () => {
  // guardrails.contractors.forbiddenGroups keys on the employment type, which is IT's data: a
  // contractor relabelled an employee leaves the guardrail, and the next pull request (IT's
  // alone) can add them to finance-approvers. So the relabelling itself is Security's.
  const seanEmployee: Edit = {
    file: 'it/people.yaml',
    from: '    manager: priya-raman\n    type: contractor\n    start: "2025-09-01"',
    to: '    manager: priya-raman\n    type: employee\n    start: "2025-09-01"',
  };
  const reason =
    'person sean-obrien type contractor → employee (out of reach of guardrails.contractors.forbiddenGroups: finance-approvers, aws-admins, okta-admins, security-auditors, billing-admins)';

  test('a contractor made an employee: Security approves', () => {
    const { report } = planEdits([seanEmployee]);
    expect(teams(report)).toEqual(['it', 'security']);
    expect(reasonsOf(report, 'security')).toEqual([reason]);
  });

  test('a contractor made an employee and added to finance-approvers, forbidden to contractors', () => {
    const { report } = planEdits([
      seanEmployee,
      {
        file: 'it/groups.yaml',
        from: '      - { person: laura-jensen }\n',
        to: '      - { person: laura-jensen }\n      - { person: sean-obrien }\n',
      },
    ]);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(reasonsOf(report, 'security')).toEqual([reason]);
  });

  test('an employee made a contractor comes under the guardrail: IT alone', () => {
    const { report } = planEdits([{ file: 'it/people.yaml', from: seanEmployee.to, to: seanEmployee.from }], {
      baseEdits: [seanEmployee],
    });
    expect(teams(report)).toEqual(['it']);
  });
});

describe("Security's own notifications", () => {
  test('Security no longer told of leavers (offboarding.notify): Security approves', () => {
    const { report } = planEdits([
      { file: 'it/lifecycle.yaml', from: '  notify: [security]', to: '  notify: []' },
    ]);
    expect(teams(report)).toEqual(['it', 'security']);
    expect(reasonsOf(report, 'security')).toEqual([
      'lifecycle offboarding no longer notifies security (a Security team)',
    ]);
  });

  test('another team added to offboarding.notify: IT alone', () => {
    const { report } = planEdits([
      { file: 'it/lifecycle.yaml', from: '  notify: [security]', to: '  notify: [security, it]' },
    ]);
    expect(teams(report)).toEqual(['it']);
  });
});

describe('routine changes stay with IT alone', () => {
  test.each<[string, Edit[], string[]]>([
    [
      'an everyday person changes email',
      [{ file: 'it/people.yaml', from: 'email: zara.ahmed@', to: 'email: zara.a@' }],
      ['it'],
    ],
    [
      'a new everyday group',
      [
        {
          file: 'it/groups.yaml',
          append: '  - id: book-club\n    name: Book Club\n    members:\n      - { person: mei-chen }\n',
        },
      ],
      ['it'],
    ],
    [
      'a person joins an everyday group',
      [
        {
          file: 'it/groups.yaml',
          from: '      - { person: mei-chen }\n      - { person: hannah-schulz',
          to: '      - { person: mei-chen }\n      - { person: zara-ahmed }\n      - { person: hannah-schulz',
        },
      ],
      ['engineering', 'it'],
    ],
    [
      'a new bookmark app',
      [
        {
          file: 'it/apps.yaml',
          append:
            '  - id: wiki\n    name: Wiki\n    vendor: Acme\n    owner: it\n    risk: low\n    data: internal\n    lastVendorReview: "2026-10-01"\n    groups: [employees]\n    sso: { type: bookmark, url: https://wiki.acme.example }\n',
        },
      ],
      ['it'],
    ],
    [
      'a narrower everyday permission set',
      [{ file: 'it/aws-access.yaml', from: 'sqs:*, sns:*,', to: 'sqs:*,' }],
      ['it'],
    ],
    [
      'a permission set description',
      [
        {
          file: 'it/aws-access.yaml',
          from: 'description: Query the analytics lake.',
          to: 'description: Query the lake.',
        },
      ],
      ['it'],
    ],
    [
      'a person joins finance-approvers (an everyday group: no AWS access)',
      [
        {
          file: 'it/groups.yaml',
          from: '      - { person: victor-huang }\n',
          to: '      - { person: victor-huang }\n      - { person: zara-ahmed }\n',
        },
      ],
      ['finance', 'it'],
    ],
    [
      'a finance approver without privileged access changes email',
      [{ file: 'it/people.yaml', from: 'email: victor.huang@', to: 'email: victor.h@' }],
      ['it'],
    ],
    [
      'a title change',
      [{ file: 'it/people.yaml', from: 'title: Accountant', to: 'title: Senior Accountant' }],
      ['it'],
    ],
  ])('%s', (_name, edits, expected) => {
    const { report } = planEdits(edits);
    expect(report.blockers).toEqual([]);
    expect(teams(report)).toEqual(expected);
  });
});

describe('what Okta evaluates must be what the plan evaluates', () => {
  test("a department renamed to another's name: Okta's rules (by name) would add its people to that department's groups, so it is an error", () => {
    // The model matches rules by department id, Okta by the name users carry
    // (user.department == 'Engineering'): every Sales person would join engineering (AWS
    // developer access, contractors included) while the access diff shows no change.
    const checked = checkFiles(
      applyEdits(exampleFiles(), [
        {
          file: 'it/people.yaml',
          from: '  - { id: sales, name: Sales }',
          to: '  - { id: sales, name: Engineering }',
        },
      ]),
    );
    expect(checked.model).toBeUndefined();
    expect(checked.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'duplicate-department-name',
        file: 'config/it/people.yaml',
        line: 6,
        col: 24,
        path: 'departments[2].name',
        message: 'department "sales" takes the name "Engineering" of department "engineering"',
        value: '"Engineering"',
        hint: "Okta's group rules select people by their department's name (user.department): give each department its own name",
      }),
    ]);
  });

  test('an everyday group named like a privileged one: Identity Center finds groups by name, so it is an error', () => {
    const checked = checkFiles(
      applyEdits(exampleFiles(), [
        {
          file: 'it/groups.yaml',
          append:
            '  - id: aws-admin-helpers\n    name: aws administrators\n    members:\n      - { person: zara-ahmed }\n',
        },
      ]),
    );
    expect(checked.model).toBeUndefined();
    expect(checked.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'duplicate-group-name',
        file: 'config/it/groups.yaml',
        path: `groups[${exampleFiles().get('it/groups.yaml')!.split('\n  - id: ').length - 1}].name`,
        message: 'group "aws-admin-helpers" takes the name "aws administrators" of group "aws-admins"',
        value: '"aws administrators"',
        hint: 'Okta and Identity Center know a group by its name (the AWS assignments look it up by name): give each group its own name',
      }),
    ]);
  });
});
