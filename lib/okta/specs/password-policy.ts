// Okta's password and lockout policy from guardrails.yaml `passwords` (the defaults are the
// Okta IDaaS STIG's values): a policy for everyone at priority 1 with its rule, and the same
// settings on Okta's built-in default policy, because the STIG checks "each listed policy".
// Recovery by SMS, voice call or security question is off: each is weaker than the password.
import { durationSeconds } from '../../model/duration';
import type { OrgModel } from '../../model/org-model';
import type { Lookups } from '../lookups';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import { type ResourceSpec, ref, type SpecObject } from '../spec';

export const PASSWORD_POLICY = oktaName('password-policy', 'everyone');

const minutes = (duration: string) => Math.round((durationSeconds(duration) ?? 0) / 60);
const days = (duration: string) => Math.round((durationSeconds(duration) ?? 0) / 86400);

/** The settings the STIG checks, as the provider names them (shared by both policies). */
export function passwordSettings(passwords: OrgModel['guardrails']['passwords']): SpecObject {
  const has = (c: (typeof passwords.require)[number]) => (passwords.require.includes(c) ? 1 : 0);
  return {
    passwordMinLength: passwords.minLength,
    passwordMinLowercase: has('lowercase'),
    passwordMinUppercase: has('uppercase'),
    passwordMinNumber: has('number'),
    passwordMinSymbol: has('symbol'),
    passwordExcludeUsername: true,
    passwordExcludeFirstName: true,
    passwordExcludeLastName: true,
    passwordDictionaryLookup: passwords.rejectCommon,
    passwordHistoryCount: passwords.history,
    passwordMinAgeMinutes: minutes(passwords.minAge),
    passwordMaxAgeDays: days(passwords.maxAge),
    passwordMaxLockoutAttempts: passwords.lockoutAttempts,
    passwordAutoUnlockMinutes: passwords.autoUnlock === undefined ? 0 : minutes(passwords.autoUnlock),
    emailRecovery: 'ACTIVE',
    smsRecovery: 'INACTIVE',
    callRecovery: 'INACTIVE',
    questionRecovery: 'INACTIVE',
  };
}

export function passwordPolicySpecs(model: Pick<OrgModel, 'guardrails'>, lookups: Lookups): ResourceSpec[] {
  const { passwords } = model.guardrails;
  const settings = passwordSettings(passwords);
  const description = `Passwords of at least ${passwords.minLength} characters (${passwords.require.join(', ') || 'no classes required'}), the last ${passwords.history} not reused, changed at most every ${passwords.minAge} and at least every ${passwords.maxAge}; locked after ${passwords.lockoutAttempts} failed attempts.`;
  return [
    {
      type: OKTA.passwordPolicy,
      name: PASSWORD_POLICY,
      component: 'PasswordPolicy',
      inputs: {
        name: 'org-blueprint: passwords',
        description,
        priority: 1,
        status: 'ACTIVE',
        groupsIncluded: [lookups.everyoneGroup()],
        ...settings,
      },
      options: {},
    },
    {
      type: OKTA.passwordPolicyRule,
      name: oktaName('password-rule', 'everyone'),
      component: 'PasswordPolicy',
      inputs: {
        policyId: ref(PASSWORD_POLICY),
        name: 'org-blueprint: passwords',
        priority: 1,
        status: 'ACTIVE',
        passwordChange: 'ALLOW',
        passwordReset: 'ALLOW',
        // A locked account waits for the timer or an admin: self-service unlock would undo the lockout.
        passwordUnlock: 'DENY',
      },
      options: {},
    },
    {
      type: OKTA.defaultPasswordPolicy,
      name: oktaName('password-policy', 'okta-default'),
      component: 'PasswordPolicy',
      inputs: settings,
      options: {},
    },
  ];
}
