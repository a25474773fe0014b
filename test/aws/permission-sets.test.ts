import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { PermissionSets, policyReferences } from '../../lib/aws/permission-sets';

describe('policyReferences', () => {
  test('attaches AWS managed policies by ARN and references customer managed ones by name and path', () => {
    expect(
      policyReferences([
        'arn:aws:iam::aws:policy/ReadOnlyAccess',
        'arn:aws:iam::aws:policy/job-function/Billing',
        'arn:aws:iam::123456789012:policy/DataLakeRead',
        'arn:aws:iam::123456789012:policy/teams/data/DataLakeWrite',
      ]),
    ).toEqual({
      managed: ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/job-function/Billing'],
      customer: [
        { name: 'DataLakeRead', path: '/' },
        { name: 'DataLakeWrite', path: '/teams/data/' },
      ],
    });
  });

  test('rejects what is not a policy ARN', () => {
    expect(() => policyReferences(['ReadOnlyAccess'])).toThrow(
      'expected an IAM policy ARN, got "ReadOnlyAccess"',
    );
  });
});

describe('PermissionSets', () => {
  test('carries relay state and customer managed policy references to the native resource', () => {
    const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Scratch', {
      env: { account: '111111111111', region: 'eu-west-1' },
    });
    const sets = new PermissionSets(stack, 'PermissionSets', {
      instanceArn: 'arn:aws:sso:::instance/ssoins-7223b1d4e6f8a9c0',
      permissionSets: [
        {
          id: 'console',
          side: 'it',
          privileged: false,
          sessionDuration: 'PT2H',
          sessionSeconds: 7200,
          relayState: 'https://console.aws.amazon.com/cloudwatch/home',
          managedPolicies: ['arn:aws:iam::123456789012:policy/teams/Observe'],
          at: { file: 'awsAccess', path: ['permissionSets', 0] },
        },
      ],
    });
    Template.fromStack(stack).hasResourceProperties('AWS::SSO::PermissionSet', {
      Name: 'console',
      SessionDuration: 'PT2H',
      RelayStateType: 'https://console.aws.amazon.com/cloudwatch/home',
      ManagedPolicies: Match.absent(),
      CustomerManagedPolicyReferences: [{ Name: 'Observe', Path: '/teams/' }],
    });
    expect(() => sets.arn('missing')).toThrow('no permission set "missing" in Scratch/PermissionSets');
  });

  test('an adopted set keeps its Identity Center name; the construct id stays the config id', () => {
    const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Scratch', {
      env: { account: '111111111111', region: 'eu-west-1' },
    });
    new PermissionSets(stack, 'PermissionSets', {
      instanceArn: 'arn:aws:sso:::instance/ssoins-7223b1d4e6f8a9c0',
      permissionSets: [
        {
          id: 'administrator-access',
          name: 'AdministratorAccess',
          side: 'security',
          privileged: true,
          sessionDuration: 'PT1H',
          sessionSeconds: 3600,
          managedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
          at: { file: 'privileged', path: ['permissionSets', 0] },
        },
      ],
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::SSO::PermissionSet', { Name: 'AdministratorAccess' });
    expect(Object.keys(template.findResources('AWS::SSO::PermissionSet'))).toEqual([
      expect.stringMatching(/^PermissionSetsadministratoraccess[0-9A-F]{8}$/),
    ]);
  });
});
