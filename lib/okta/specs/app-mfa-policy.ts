// The authentication policy for apps that require MFA (declared `mfa: true`, or at or
// above the risk tier guardrails.yaml sets): two factors, re-authenticating after the
// default session length. Declared only when some app needs it.
import { durationSeconds } from '../../model/duration';
import type { OrgModel } from '../../model/org-model';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import { type ResourceSpec, ref } from '../spec';

export const APP_MFA_POLICY = oktaName('app-mfa-policy');

/** An ISO-8601 duration in the whole-hour or whole-minute form Okta accepts. */
export function oktaPeriod(duration: string): string {
  const seconds = durationSeconds(duration);
  if (seconds === undefined) throw new Error(`internal: not a duration: ${duration}`);
  return seconds % 3600 === 0 ? `PT${seconds / 3600}H` : `PT${Math.max(1, Math.round(seconds / 60))}M`;
}

export function appMfaPolicySpecs(model: Pick<OrgModel, 'apps' | 'guardrails'>): ResourceSpec[] {
  if (!model.apps.some((a) => a.mfaRequired)) return [];
  const { guardrails } = model;
  return [
    {
      type: OKTA.appSignonPolicy,
      name: APP_MFA_POLICY,
      component: 'AppSignOnPolicy',
      inputs: {
        name: 'Require MFA (org-blueprint)',
        description: `Apps declared mfa: true or at ${guardrails.mfa.requiredFromRisk} risk and above: two factors.`,
      },
      options: {},
    },
    {
      type: OKTA.appSignonPolicyRule,
      name: oktaName('app-mfa-policy-rule'),
      component: 'AppSignOnPolicy',
      inputs: {
        policyId: ref(APP_MFA_POLICY),
        name: 'Two factors',
        priority: 1,
        status: 'ACTIVE',
        access: 'ALLOW',
        factorMode: '2FA',
        reAuthenticationFrequency: oktaPeriod(guardrails.sessions.default),
      },
      options: {},
    },
  ];
}
