import { ruleLines } from '../rule-case';

describe('privileged-access-after-end: no privileged access past the end date', () => {
  test('compliant: the base org (privileged members with no end date)', () => {
    expect(ruleLines('privileged-access-after-end')).toEqual([]);
  });

  test('non-compliant (an error): a leaver still in a privileged group, a grant outliving the end date', () => {
    // erlich-bachman left too, but his membership expired before: it is already gone.
    expect(ruleLines('privileged-access-after-end', 'privileged-access-after-end')).toEqual([
      'config/security/privileged.yaml:6:19: error: groups[0].members[1].person: "jared-dunn" left on 2026-11-10 but still holds privileged group "admins" (got "jared-dunn")',
      '    fix: delete this membership: a leaver holds no privileged access',
      'config/security/privileged.yaml:7:40: error: groups[0].members[2].until: privileged membership of "gavin-belson" in "admins" runs until 2027-01-15, past their end date 2026-12-31 (got "2027-01-15")',
      '    fix: set until to 2026-12-31 or earlier',
    ]);
  });

  test('access-after-end (the warning) leaves privileged groups to this rule', () => {
    // Only the everyday on-call membership of the base is reported, not the admins group.
    expect(ruleLines('access-after-end', 'privileged-access-after-end')).toEqual([
      'config/it/groups.yaml:9:19: warning: groups[1].members[1].person: "jared-dunn" left on 2026-11-10 but is still a member of "oncall" (got "jared-dunn")',
      '    fix: delete this membership: a leaver keeps no access',
    ]);
  });
});
