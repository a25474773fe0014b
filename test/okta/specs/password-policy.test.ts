// The password and lockout policy: the STIG's values by default, on a policy for everyone
// and on Okta's built-in default policy alike, and whatever guardrails.yaml sets instead.
import { Lookups } from '../../../lib/okta/lookups';
import { ref } from '../../../lib/okta/spec';
import { passwordPolicySpecs } from '../../../lib/okta/specs/password-policy';
import { exampleModel } from '../support/example';

const model = exampleModel();

describe('passwordPolicySpecs', () => {
  const specs = passwordPolicySpecs(model, new Lookups());
  const spec = (name: string) => specs.find((s) => s.name === name)!;

  const STIG = {
    passwordMinLength: 15, // V-273195
    passwordMinUppercase: 1, // V-273196
    passwordMinLowercase: 1, // V-273197
    passwordMinNumber: 1, // V-273198
    passwordMinSymbol: 1, // V-273199
    passwordMinAgeMinutes: 1440, // V-273200
    passwordMaxAgeDays: 60, // V-273201
    passwordDictionaryLookup: true, // V-273208
    passwordHistoryCount: 5, // V-273209
    passwordMaxLockoutAttempts: 3, // V-273189
  };

  test('everyone, first in priority: the STIG values, lockout after 3 attempts, no weak recovery', () => {
    expect(spec('password-policy.everyone').inputs).toEqual({
      name: 'org-blueprint: passwords',
      description:
        'Passwords of at least 15 characters (lowercase, uppercase, number, symbol), the last 5 not reused, changed at most every PT24H and at least every P60D; locked after 3 failed attempts.',
      priority: 1,
      status: 'ACTIVE',
      groupsIncluded: [{ $lookup: 'everyone-group', property: 'id' }],
      ...STIG,
      passwordExcludeUsername: true,
      passwordExcludeFirstName: true,
      passwordExcludeLastName: true,
      passwordAutoUnlockMinutes: 0,
      emailRecovery: 'ACTIVE',
      smsRecovery: 'INACTIVE',
      callRecovery: 'INACTIVE',
      questionRecovery: 'INACTIVE',
    });
  });

  test('its rule lets people change and reset their password, never unlock themselves', () => {
    expect(spec('password-rule.everyone').inputs).toEqual({
      policyId: ref('password-policy.everyone'),
      name: 'org-blueprint: passwords',
      priority: 1,
      status: 'ACTIVE',
      passwordChange: 'ALLOW',
      passwordReset: 'ALLOW',
      passwordUnlock: 'DENY',
    });
  });

  test("Okta's built-in default policy gets the same settings (the STIG checks each listed policy)", () => {
    const builtIn = spec('password-policy.okta-default');
    expect(builtIn.type).toBe('okta:index/policyPasswordDefault:PolicyPasswordDefault');
    expect(builtIn.inputs).toMatchObject(STIG);
    const { name, description, priority, status, groupsIncluded, ...settings } =
      spec('password-policy.everyone').inputs;
    expect(builtIn.inputs).toEqual(settings);
  });

  test('guardrails.yaml can change every value', () => {
    const passwords = {
      minLength: 20,
      require: ['lowercase' as const, 'number' as const],
      rejectCommon: false,
      history: 10,
      minAge: 'P2D',
      maxAge: 'P90D',
      lockoutAttempts: 5,
      autoUnlock: 'PT30M',
    };
    const custom = passwordPolicySpecs({ guardrails: { ...model.guardrails, passwords } }, new Lookups());
    expect(custom.find((s) => s.name === 'password-policy.okta-default')!.inputs).toMatchObject({
      passwordMinLength: 20,
      passwordMinLowercase: 1,
      passwordMinUppercase: 0,
      passwordMinNumber: 1,
      passwordMinSymbol: 0,
      passwordDictionaryLookup: false,
      passwordHistoryCount: 10,
      passwordMinAgeMinutes: 2880,
      passwordMaxAgeDays: 90,
      passwordMaxLockoutAttempts: 5,
      passwordAutoUnlockMinutes: 30,
    });
  });
});
