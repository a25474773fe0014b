// The privileged definition: escalation classes from AWS's own access levels, named actions
// that exist in the IAM action dataset, wildcards expanded against it, admin-like managed
// policies, and what stays everyday.
import { expandIamAction, iamActionsOf } from '../../lib/model/iam-action-dataset';
import {
  ASSUME_ROLE_ACTIONS,
  COMPUTE_WITH_ROLE,
  ESCALATION_CLASSES,
} from '../../lib/model/privilege-escalation';
import {
  isAdminLikeManagedPolicy,
  privilegeOfPolicy,
  privilegeOfStatements,
} from '../../lib/model/privileged-policy';

const allow = (Action: string | string[], Resource: string | string[] = '*') => [
  { Effect: 'Allow', Action, Resource },
];

describe('the escalation data', () => {
  test('every named action exists in the IAM action dataset', () => {
    const named = [
      ...ESCALATION_CLASSES.flatMap((c) => (c.actions ?? []).map((a) => `${c.service}:${a}`)),
      ...COMPUTE_WITH_ROLE,
      ...ASSUME_ROLE_ACTIONS,
    ];
    const missing = named.filter((a) => {
      const [service, name] = a.split(':');
      return !iamActionsOf(service).some((x) => x.name === name);
    });
    expect(missing).toEqual([]);
  });

  test('every class names at least one action of its service', () => {
    for (const c of ESCALATION_CLASSES)
      expect([c.service, expandIamAction(`${c.service}:*`).length > 0]).toEqual([c.service, true]);
  });

  test('wildcards expand against the dataset, case-insensitively', () => {
    expect(expandIamAction('iam:*LoginProfile').map((a) => a.action)).toEqual([
      'iam:CreateLoginProfile',
      'iam:DeleteLoginProfile',
      'iam:GetLoginProfile',
      'iam:UpdateLoginProfile',
    ]);
    expect(expandIamAction('STS:assumerole').map((a) => a.action)).toEqual(['sts:AssumeRole']);
    expect(expandIamAction('nosuchservice:*')).toEqual([]);
    expect(expandIamAction('not-an-action')).toEqual([]);
  });

  test('expanding is cached per pattern: a thousand evaluations of s*:* take well under a second', () => {
    privilegeOfStatements(allow('s*:*'));
    const start = performance.now();
    for (let i = 0; i < 1000; i++) privilegeOfStatements(allow(['s*:*', 'ec2:Describe*', 'iam:Get*']));
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('privileged statements', () => {
  test.each<[string, ReturnType<typeof allow>, string | undefined]>([
    ['iam:PassRole alone is not escalation', allow('iam:PassRole'), undefined],
    [
      'compute creation alone is not escalation',
      allow(['lambda:*', 'ec2:RunInstances', 'cloudformation:*']),
      undefined,
    ],
    [
      'PassRole and compute in separate statements',
      [...allow('iam:PassRole'), ...allow('lambda:CreateFunction')],
      'passes a role to new compute (iam:PassRole with lambda:CreateFunction)',
    ],
    [
      'sts:AssumeRole on one role is not privileged',
      allow('sts:AssumeRole', 'arn:aws:iam::444444444444:role/app'),
      undefined,
    ],
    [
      'sts:AssumeRole on every account\u2019s role',
      allow('sts:AssumeRole', 'arn:aws:iam::*:role/admin'),
      'assumes any role (sts:AssumeRole on arn:aws:iam::*:role/admin)',
    ],
    ['read-only IAM is everyday', allow(['iam:Get*', 'iam:List*']), undefined],
    ['a Deny is never privileged', [{ Effect: 'Deny', Action: '*', Resource: '*' }], undefined],
    ['"*" is', allow('*'), 'allows every action ("*")'],
    [
      'iam:* is',
      allow('iam:*'),
      'writes IAM policies, boundaries or trust (iam:AttachGroupPolicy from iam:*)',
    ],
    [
      'a SAML provider is trust',
      allow('iam:CreateSAMLProvider'),
      'changes who IAM trusts (iam:CreateSAMLProvider)',
    ],
    [
      'KMS key deletion',
      allow('kms:ScheduleKeyDeletion'),
      'changes KMS key policies or grants, or destroys keys (kms:ScheduleKeyDeletion)',
    ],
    [
      'Access Analyzer archive rules',
      allow('access-analyzer:CreateArchiveRule'),
      'silences IAM Access Analyzer (access-analyzer:CreateArchiveRule)',
    ],
  ])('%s', (_name, statements, expected) => {
    expect(privilegeOfStatements(statements)).toBe(expected);
  });
});

describe('managed policies', () => {
  test.each([
    ['arn:aws:iam::aws:policy/AdministratorAccess', true],
    ['arn:aws:iam::aws:policy/job-function/SystemAdministrator', true],
    ['arn:aws:iam::aws:policy/AWSSSOReadOnly', false],
    ['arn:aws:iam::aws:policy/AWSSSOMemberAccountAdministrator', true],
    ['arn:aws-us-gov:iam::aws:policy/IAMFullAccess', true],
    ['arn:aws:iam::aws:policy/ReadOnlyAccess', false],
    ['arn:aws:iam::aws:policy/SecurityAudit', false],
    ['arn:aws:iam::aws:policy/job-function/ViewOnlyAccess', false],
    ['arn:aws:iam::aws:policy/AmazonAthenaFullAccess', false],
    ['arn:aws:iam::123456789012:policy/AdministratorAccess', false],
  ])('%s: %s', (arn, expected) => {
    expect(isAdminLikeManagedPolicy(arn)).toBe(expected);
  });

  test('the guardrails can add policies to the list', () => {
    const arn = 'arn:aws:iam::aws:policy/AmazonS3FullAccess';
    expect(privilegeOfPolicy({ managedPolicies: [arn] }, [])).toBeUndefined();
    expect(privilegeOfPolicy({ managedPolicies: [arn] }, [arn])).toBe(
      'admin-like managed policy AmazonS3FullAccess',
    );
  });

  test("the example org's everyday developer set stays everyday", () => {
    expect(
      privilegeOfPolicy(
        {
          managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
          inlinePolicy: {
            Statement: allow([
              'cloudformation:*',
              'lambda:*',
              'logs:*',
              's3:*',
              'dynamodb:*',
              'sqs:*',
              'sns:*',
              'ssm:StartSession',
            ]),
          },
        },
        [],
      ),
    ).toBeUndefined();
  });
});
