import { ruleLines } from '../rule-case';

describe('access-after-end: nobody keeps access after their end date', () => {
  test('compliant: a contractor with an end date whose membership ends before it', () => {
    expect(ruleLines('access-after-end')).toEqual([]);
  });

  test('non-compliant: leavers still listed or assigned, and a membership outliving its end date', () => {
    // dinesh-chugtai left too, but only through a rule (offboarding removes that) and an
    // already expired membership: neither is reported.
    expect(ruleLines('access-after-end', 'leaver-keeps-access')).toEqual([
      'config/it/apps.yaml:10:33: warning: apps[0].people[1]: "jared-dunn" left on 2026-11-10 but is still assigned to app "wiki" (got "jared-dunn")',
      '    fix: delete this assignment: a leaver keeps no access',
      'config/it/groups.yaml:9:19: warning: groups[1].members[1].person: "jared-dunn" left on 2026-11-10 but is still a member of "oncall" (got "jared-dunn")',
      '    fix: delete this membership: a leaver keeps no access',
      'config/it/groups.yaml:10:19: warning: groups[1].members[2].person: "erlich-bachman" left on 2026-10-01 but is still a member of "oncall" (got "erlich-bachman")',
      '    fix: delete this membership: a leaver keeps no access',
      'config/it/groups.yaml:11:40: warning: groups[1].members[3].until: membership of "gavin-belson" in "oncall" runs until 2027-01-31, past their end date 2026-12-31 (got "2027-01-31")',
      '    fix: set until to 2026-12-31 or earlier',
    ]);
  });
});
