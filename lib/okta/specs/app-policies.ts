// Authentication policies, Security's for every app: each of IT's apps is assigned one, so none
// falls to Okta's unmanaged default policy, and Okta's own apps get a managed top rule.
// - `default`: apps below the MFA tier: one factor, re-authenticating after `sessions.default`.
// - `mfa`: apps declared `mfa: true` or at/above `mfa.requiredFromRisk`: a password and a
//   device-bound possession factor (Okta Verify, FIDO2/WebAuthn). Never "any two factors":
//   email, SMS, voice and security questions cannot be the second factor.
// - `aws-sign-in`: the AWS Identity Center app: phishing-resistant factors only (Okta FastPass,
//   FIDO2/WebAuthn), unless `mfa.phishingResistant` leaves it out (then `mfa`).
// - The Okta Admin Console (STIG V-273191, V-273193) and the Okta Dashboard (V-273190,
//   V-273194) keep the policies Okta gave them (found from the app's id); a rule at priority
//   1 in each asks for two factors, phishing-resistant where `mfa.phishingResistant` says,
//   re-authenticating after the admin (or default) lifetime and after `sessions.idle` idle.
// Every policy Security creates denies whatever its rule does not allow (`catchAll: false`).
// IT's apps carry `skipAuthenticationPolicy` (apps.ts), so the assignment here is the only one.
import type { App, OrgModel } from '../../model/org-model';
import type { Lookups } from '../lookups';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import { type ResourceSpec, ref, type SpecObject, type SpecValue } from '../spec';
import { identityCenterApps } from './identity-center-app';
import { oktaPeriod } from './okta-period';

export type AppPolicyId = 'default' | 'mfa' | 'aws-sign-in';

/** A password (or FastPass) and a possession factor bound to the device: not email, SMS or voice. */
export const DEVICE_BOUND = JSON.stringify({ possession: { deviceBound: 'REQUIRED' } });

/** Okta FastPass or FIDO2/WebAuthn: a possession factor that cannot be phished. */
export const PHISHING_RESISTANT = JSON.stringify({
  possession: { deviceBound: 'REQUIRED', phishingResistant: 'REQUIRED' },
});

export const appPolicyName = (id: AppPolicyId) => oktaName('app-policy', id);

/** Each managed policy's title: its rule's name, and its Okta name after `org-blueprint: `. */
export const APP_POLICY_TITLES: Readonly<Record<AppPolicyId, string>> = {
  default: 'default',
  mfa: 'MFA',
  'aws-sign-in': 'AWS sign-in',
};

/** The Okta name of a managed policy. */
export const appPolicyLabel = (id: AppPolicyId) => `org-blueprint: ${APP_POLICY_TITLES[id]}`;

/** The policy an app gets. */
export function appPolicyOf(app: App, model: Pick<OrgModel, 'apps' | 'guardrails'>): AppPolicyId {
  const aws = identityCenterApps(model.apps).some((a) => a.id === app.id);
  if (aws && model.guardrails.mfa.phishingResistant.includes('aws-sign-in')) return 'aws-sign-in';
  return app.mfaRequired || aws ? 'mfa' : 'default';
}

function rule(name: string, policyId: SpecValue, inputs: SpecObject): ResourceSpec {
  return {
    type: OKTA.appSignonPolicyRule,
    name,
    component: 'AppPolicies',
    inputs: { policyId, priority: 1, status: 'ACTIVE', access: 'ALLOW', ...inputs },
    options: {},
  };
}

function managedPolicy(id: AppPolicyId, description: string, rules: SpecObject): ResourceSpec[] {
  const name = appPolicyName(id);
  return [
    {
      type: OKTA.appSignonPolicy,
      name,
      component: 'AppPolicies',
      inputs: { name: appPolicyLabel(id), description, catchAll: false },
      options: {},
    },
    rule(oktaName('app-policy-rule', id), ref(name), { name: APP_POLICY_TITLES[id], ...rules }),
  ];
}

export function appPolicySpecs(
  model: Pick<OrgModel, 'apps' | 'guardrails'>,
  lookups: Lookups,
  options: { readonly appId: (app: App) => SpecValue },
): ResourceSpec[] {
  const { guardrails } = model;
  const { sessions, mfa } = guardrails;
  const used = new Set(model.apps.map((a) => appPolicyOf(a, model)));
  const reAuth = oktaPeriod(sessions.default);
  const phishingResistant = (target: (typeof mfa.phishingResistant)[number]) =>
    mfa.phishingResistant.includes(target) ? PHISHING_RESISTANT : DEVICE_BOUND;
  const policies: ResourceSpec[] = [
    ...(used.has('default')
      ? managedPolicy(
          'default',
          `Apps below ${mfa.requiredFromRisk} risk that do not declare mfa: one factor.`,
          {
            factorMode: '1FA',
            reAuthenticationFrequency: reAuth,
          },
        )
      : []),
    ...(used.has('mfa')
      ? managedPolicy(
          'mfa',
          `Apps declared mfa: true or at ${mfa.requiredFromRisk} risk and above: a password and a device-bound factor (Okta Verify, FIDO2), never email, SMS, voice or a security question.`,
          { factorMode: '2FA', constraints: [DEVICE_BOUND], reAuthenticationFrequency: reAuth },
        )
      : []),
    ...(used.has('aws-sign-in')
      ? managedPolicy(
          'aws-sign-in',
          'AWS IAM Identity Center: phishing-resistant factors only (Okta FastPass, FIDO2/WebAuthn).',
          { factorMode: '2FA', constraints: [PHISHING_RESISTANT], reAuthenticationFrequency: reAuth },
        )
      : []),
  ];
  const assignments: ResourceSpec[] = model.apps.map((app) => ({
    type: OKTA.appAccessPolicyAssignment,
    name: oktaName('app-policy-assignment', app.id),
    component: 'AppPolicies',
    inputs: { appId: options.appId(app), policyId: ref(appPolicyName(appPolicyOf(app, model))) },
    options: {},
  }));
  const oktaApps: ResourceSpec[] = [
    rule(oktaName('app-policy-rule', 'admin-console'), lookups.oktaAppPolicy('admin-console'), {
      name: 'org-blueprint: Okta administrators',
      factorMode: '2FA',
      constraints: [phishingResistant('admin-console')],
      reAuthenticationFrequency: oktaPeriod(sessions.adminConsole),
      inactivityPeriod: oktaPeriod(sessions.idle),
    }),
    rule(oktaName('app-policy-rule', 'dashboard'), lookups.oktaAppPolicy('dashboard'), {
      name: 'org-blueprint: everyone',
      factorMode: '2FA',
      constraints: [phishingResistant('dashboard')],
      reAuthenticationFrequency: reAuth,
      inactivityPeriod: oktaPeriod(sessions.idle),
    }),
  ];
  return [...policies, ...assignments, ...oktaApps];
}
