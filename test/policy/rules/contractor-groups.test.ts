import { ruleLines } from '../rule-case';

describe('contractor-groups: contractors are kept out of the groups the tolerances list', () => {
  test('compliant: the contractor is only in groups the guardrails allow', () => {
    expect(ruleLines('contractor-groups')).toEqual([]);
  });

  test('non-compliant: a rule that selects a contractor, and a listed contractor', () => {
    expect(ruleLines('contractor-groups', 'contractor-in-forbidden-groups')).toEqual([
      'config/it/groups.yaml:7:11: error: groups[1].rule: the rule of "operations" selects contractor "jared-dunn", but guardrails forbid the group for contractors (got "jared-dunn")',
      '    fix: narrow the rule with "types: [employee]"',
      'config/it/groups.yaml:12:19: error: groups[2].members[1].person: contractor "jared-dunn" is a member of "oncall", which guardrails forbid for contractors (got "jared-dunn")',
      '    fix: remove the membership, or ask Security to change contractors.forbiddenGroups in guardrails.yaml',
    ]);
  });
});
