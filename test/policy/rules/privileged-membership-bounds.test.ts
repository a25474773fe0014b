import { ruleLines } from '../rule-case';

describe('privileged-membership-bounds: privileged memberships carry an until within the tolerance and a reason', () => {
  test('compliant: until within P90D of today, with a reason', () => {
    expect(ruleLines('privileged-membership-bounds')).toEqual([]);
  });

  test('non-compliant: no until, an until past the tolerance, no reason', () => {
    expect(ruleLines('privileged-membership-bounds', 'privileged-membership')).toEqual([
      'config/security/privileged.yaml:5:9: error: groups[0].members[0]: privileged membership of "richard-hendricks" in "admins" has no reason (got "richard-hendricks")',
      '    fix: add reason: why this person needs the access (a ticket or incident is best)',
      'config/security/privileged.yaml:5:9: error: groups[0].members[0]: privileged membership of "richard-hendricks" in "admins" has no until date (got "richard-hendricks")',
      '    fix: add until: a date no later than 2027-02-21 (guardrails allow P90D)',
      'config/security/privileged.yaml:6:40: error: groups[0].members[1].until: privileged membership of "gavin-belson" in "admins" runs past the P90D tolerance (got "2027-06-30")',
      '    fix: set until to 2027-02-21 or earlier, and renew it when it expires',
      'config/security/privileged.yaml:7:9: error: groups[0].members[2]: privileged membership of "jared-dunn" in "admins" has no reason (got "jared-dunn")',
      '    fix: add reason: why this person needs the access (a ticket or incident is best)',
    ]);
  });
});
