import { Match } from 'aws-cdk-lib/assertions';
import { exampleModel, type SynthesizedApp, sdkCalls, synthApp } from '../aws/support/synth-app';

let app: SynthesizedApp;

beforeAll(() => {
  app = synthApp(exampleModel());
});

const t = () => app.template('acme-security-access');

describe('PrivilegedAccessStack', () => {
  test('holds only the privileged permission sets, with their short sessions', () => {
    t().resourceCountIs('AWS::SSO::PermissionSet', 2);
    t().hasResourceProperties('AWS::SSO::PermissionSet', {
      Name: 'administrator',
      SessionDuration: 'PT1H',
      ManagedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
      Tags: Match.arrayWith([{ Key: 'blueprint:owner', Value: 'security' }]),
    });
    t().hasResourceProperties('AWS::SSO::PermissionSet', {
      Name: 'security-audit',
      SessionDuration: 'PT1H',
      ManagedPolicies: ['arn:aws:iam::aws:policy/SecurityAudit', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
    });
    const it = app.template('acme-it').findResources('AWS::SSO::PermissionSet');
    expect(Object.values(it).map((r) => r.Properties.Name)).not.toContain('administrator');
  });

  test('assigns the privileged groups in all six accounts', () => {
    t().resourceCountIs('AWS::SSO::Assignment', 12);
    const groups = sdkCalls(t()).map((c) => c.parameters.AlternateIdentifier.UniqueAttribute.AttributeValue);
    expect(groups.sort()).toEqual(['AWS Administrators', 'Security Auditors']);
  });

  test('has no shard stacks for a small org', () => {
    expect(app.security.accessShards).toEqual([]);
  });
});
