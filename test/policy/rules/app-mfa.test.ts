import { ruleLines } from '../rule-case';

describe('app-mfa: apps at or above the MFA risk tier require MFA', () => {
  test('compliant: the high-risk app requires MFA, the medium one need not', () => {
    expect(ruleLines('app-mfa')).toEqual([]);
  });

  test('non-compliant: a high-risk app without MFA (the critical one with MFA passes)', () => {
    expect(ruleLines('app-mfa', 'high-risk-without-mfa')).toEqual([
      'config/it/apps.yaml:6:11: error: apps[0].risk: app "pager" is high risk but does not require MFA (got "high")',
      '    fix: add "mfa: true" (guardrails require MFA from risk tier high)',
    ]);
  });
});
