import { ruleLines } from '../rule-case';

describe('privileged-session-length: privileged permission sets have short sessions', () => {
  test('compliant: PT1H, the tolerance', () => {
    expect(ruleLines('privileged-session-length')).toEqual([]);
  });

  test('non-compliant: a PT4H administrator session (the PT1H auditor set passes)', () => {
    expect(ruleLines('privileged-session-length', 'long-privileged-session')).toEqual([
      'config/security/privileged.yaml:7:43: error: permissionSets[0].sessionDuration: privileged permission set "administrator" allows PT4H sessions (got "PT4H")',
      '    fix: set sessionDuration to PT1H or less',
    ]);
  });
});
