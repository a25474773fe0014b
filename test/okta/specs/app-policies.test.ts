// Every app's authentication policy is Security's and managed: IT's apps by risk (one factor,
// a device-bound second factor, or phishing-resistant factors for the AWS sign-in app), and
// Okta's own Admin Console and Dashboard through a managed top rule in the policy Okta gave them.
import { Lookups } from '../../../lib/okta/lookups';
import { ref } from '../../../lib/okta/spec';
import { appPolicyOf, appPolicySpecs } from '../../../lib/okta/specs/app-policies';
import { exampleModel } from '../support/example';

const model = exampleModel();
const appId = (app: { id: string }) => `id-of-${app.id}`;

describe('appPolicySpecs', () => {
  const lookups = new Lookups();
  const specs = appPolicySpecs(model, lookups, { appId });
  const spec = (name: string) => specs.find((s) => s.name === name)!;

  test('every app is assigned a managed policy: none falls to Okta’s default', () => {
    const assigned = specs.filter((s) => s.type === 'okta:app/accessPolicyAssignment:AccessPolicyAssignment');
    expect(assigned.map((s) => s.inputs.appId)).toEqual(model.apps.map(appId));
    expect(
      Object.fromEntries(assigned.map((s) => [s.name, (s.inputs.policyId as { $ref: string }).$ref])),
    ).toEqual({
      'app-policy-assignment.admin-console': 'app-policy.mfa',
      'app-policy-assignment.aws-identity-center': 'app-policy.aws-sign-in',
      'app-policy-assignment.bamboohr': 'app-policy.mfa',
      'app-policy-assignment.datadog': 'app-policy.default',
      'app-policy-assignment.figma': 'app-policy.default',
      'app-policy-assignment.github': 'app-policy.mfa',
      'app-policy-assignment.google-workspace': 'app-policy.mfa',
      'app-policy-assignment.netsuite': 'app-policy.mfa',
      'app-policy-assignment.salesforce': 'app-policy.mfa',
      'app-policy-assignment.slack': 'app-policy.default',
      'app-policy-assignment.status-page': 'app-policy.default',
      'app-policy-assignment.zendesk': 'app-policy.default',
    });
  });

  test('each policy Security creates denies what its rule does not allow', () => {
    const policies = specs.filter((s) => s.type === 'okta:index/appSignonPolicy:AppSignonPolicy');
    expect(policies.map((p) => [p.name, p.inputs.name, p.inputs.catchAll])).toEqual([
      ['app-policy.default', 'org-blueprint: default', false],
      ['app-policy.mfa', 'org-blueprint: MFA', false],
      ['app-policy.aws-sign-in', 'org-blueprint: AWS sign-in', false],
    ]);
  });

  test('MFA apps: a device-bound second factor, never "any two factors"', () => {
    expect(spec('app-policy-rule.mfa').inputs).toEqual({
      policyId: ref('app-policy.mfa'),
      priority: 1,
      status: 'ACTIVE',
      access: 'ALLOW',
      name: 'MFA',
      factorMode: '2FA',
      constraints: ['{"possession":{"deviceBound":"REQUIRED"}}'],
      reAuthenticationFrequency: 'PT12H',
    });
  });

  test('the AWS sign-in app: phishing-resistant factors only (Okta FastPass, FIDO2)', () => {
    expect(spec('app-policy-rule.aws-sign-in').inputs).toMatchObject({
      factorMode: '2FA',
      constraints: ['{"possession":{"deviceBound":"REQUIRED","phishingResistant":"REQUIRED"}}'],
    });
  });

  test('apps below the MFA tier: one factor, re-authenticating after the default session', () => {
    expect(spec('app-policy-rule.default').inputs).toMatchObject({
      factorMode: '1FA',
      reAuthenticationFrequency: 'PT12H',
    });
  });

  test('the Okta Admin Console: a phishing-resistant top rule in its own policy, admin lifetime, idle timeout', () => {
    expect(spec('app-policy-rule.admin-console').inputs).toEqual({
      policyId: { $lookup: 'okta-app-policy.admin-console', property: 'id' },
      priority: 1,
      status: 'ACTIVE',
      access: 'ALLOW',
      name: 'org-blueprint: Okta administrators',
      factorMode: '2FA',
      constraints: ['{"possession":{"deviceBound":"REQUIRED","phishingResistant":"REQUIRED"}}'],
      reAuthenticationFrequency: 'PT1H',
      inactivityPeriod: 'PT15M',
    });
    expect(lookups.list().filter((l) => l.name.startsWith('okta-app'))).toEqual([
      {
        kind: 'invoke',
        name: 'okta-app.admin-console',
        token: 'okta:app/getApp:getApp',
        args: { label: 'Okta Admin Console', activeOnly: true },
      },
      {
        kind: 'invoke',
        name: 'okta-app-policy.admin-console',
        token: 'okta:index/getAppSignonPolicy:getAppSignonPolicy',
        args: { appId: { $lookup: 'okta-app.admin-console', property: 'id' } },
      },
      {
        kind: 'invoke',
        name: 'okta-app.dashboard',
        token: 'okta:app/getApp:getApp',
        args: { label: 'Okta Dashboard', activeOnly: true },
      },
      {
        kind: 'invoke',
        name: 'okta-app-policy.dashboard',
        token: 'okta:index/getAppSignonPolicy:getAppSignonPolicy',
        args: { appId: { $lookup: 'okta-app.dashboard', property: 'id' } },
      },
    ]);
  });

  test('the Okta Dashboard: two factors, phishing-resistant, ended after the idle timeout', () => {
    expect(spec('app-policy-rule.dashboard').inputs).toMatchObject({
      policyId: { $lookup: 'okta-app-policy.dashboard', property: 'id' },
      factorMode: '2FA',
      constraints: ['{"possession":{"deviceBound":"REQUIRED","phishingResistant":"REQUIRED"}}'],
      reAuthenticationFrequency: 'PT12H',
      inactivityPeriod: 'PT15M',
    });
  });

  test('mfa.phishingResistant can leave targets out: they fall back to a device-bound factor', () => {
    const relaxed = {
      ...model,
      guardrails: { ...model.guardrails, mfa: { ...model.guardrails.mfa, phishingResistant: [] } },
    };
    const aws = model.apps.find((a) => a.id === 'aws-identity-center')!;
    expect(appPolicyOf(aws, relaxed)).toBe('mfa');
    const names = appPolicySpecs(relaxed, new Lookups(), { appId }).map((s) => s.name);
    expect(names).not.toContain('app-policy.aws-sign-in');
    const dashboard = appPolicySpecs(relaxed, new Lookups(), { appId }).find(
      (s) => s.name === 'app-policy-rule.dashboard',
    )!;
    expect(dashboard.inputs.constraints).toEqual(['{"possession":{"deviceBound":"REQUIRED"}}']);
  });

  test('only the policies some app uses are declared', () => {
    const lowRisk = { ...model, apps: model.apps.filter((a) => appPolicyOf(a, model) === 'default') };
    expect(
      appPolicySpecs(lowRisk, new Lookups(), { appId })
        .filter((s) => s.type === 'okta:index/appSignonPolicy:AppSignonPolicy')
        .map((s) => s.name),
    ).toEqual(['app-policy.default']);
  });
});
