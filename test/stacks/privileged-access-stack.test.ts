import { Match } from 'aws-cdk-lib/assertions';
import { exampleModel, type SynthesizedApp, sdkCalls, synthApp } from '../aws/support/synth-app';

let app: SynthesizedApp;

beforeAll(() => {
  app = synthApp(exampleModel());
});

const t = () => app.template('acme-security-access');

describe('PrivilegedAccessStack', () => {
  test('holds only the privileged permission sets, with their short sessions', () => {
    t().resourceCountIs('AWS::SSO::PermissionSet', 3);
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
    t().hasResourceProperties('AWS::SSO::PermissionSet', {
      Name: 'billing',
      SessionDuration: 'PT1H',
      ManagedPolicies: ['arn:aws:iam::aws:policy/job-function/Billing'],
      Tags: Match.arrayWith([{ Key: 'blueprint:owner', Value: 'security' }]),
    });
    const it = app.template('acme-it').findResources('AWS::SSO::PermissionSet');
    expect(Object.values(it).map((r) => r.Properties.Name)).not.toContain('administrator');
  });

  test('assigns the admins and auditors in all six accounts, and billing-admins in management only', () => {
    t().resourceCountIs('AWS::SSO::Assignment', 13);
    const groups = sdkCalls(t()).map((c) => c.parameters.AlternateIdentifier.UniqueAttribute.AttributeValue);
    expect(groups.sort()).toEqual(['AWS Administrators', 'Billing Administrators', 'Security Auditors']);
    const [billing] = Object.keys(
      t().findResources('AWS::SSO::PermissionSet', { Properties: { Name: 'billing' } }),
    );
    const targets = Object.values(t().findResources('AWS::SSO::Assignment'))
      .filter((r) => JSON.stringify(r.Properties.PermissionSetArn).includes(billing))
      .map((r) => r.Properties.TargetId);
    expect(targets).toEqual(['111111111111']);
  });

  test('has no shard stacks for a small org', () => {
    expect(app.security.accessShards).toEqual([]);
  });

  test('a standing resource per explicit privileged member and per Security grant: nothing scheduled, ended on removal', () => {
    const standing = Object.values(t().findResources('Custom::ElevationExpirySchedule'))
      .filter((r) => r.Properties.Standing === 'true')
      .map((r) => r.Properties.Schedule.Description);
    expect(standing).toContain(
      'Ends the standing privileged access membership/aws-admins/ravi-patel when it leaves the config',
    );
    expect(standing).toContain(
      'Ends the standing privileged access grant/billing-admins/billing when it leaves the config',
    );
    expect(standing).toEqual([...standing].sort());
    const [ravi] = Object.entries(t().findResources('Custom::ElevationExpirySchedule')).filter(([, r]) =>
      r.Properties.Schedule.Description.includes('membership/aws-admins/ravi-patel'),
    );
    // The logical id an elevation of the same key has: made standing, it is an Update.
    expect(ravi[0]).toMatch(/^ElevationExpiryExpiresmembershipawsadminsravipatel[0-9A-F]{8}$/);
  });
});
