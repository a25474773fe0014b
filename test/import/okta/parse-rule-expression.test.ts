import { parseRuleExpression } from '../../../lib/import/okta/parse-rule-expression';
import type { GroupRule } from '../../../lib/model/org-model';
import { groupRuleExpression } from '../../../lib/okta/specs/group-rule-expression';

describe('parseRuleExpression: reads back the rules the blueprint writes', () => {
  test.each<[GroupRule]>([
    [{ departments: ['engineering'] }],
    [{ departments: ['engineering', 'product'], types: ['employee'] }],
    [{ types: ['employee', 'contractor'], titles: ["O'Brien's Manager", 'VP \\ Sales'] }],
  ])('round trip of %j', (rule) => {
    const names = new Map([
      ['engineering', 'Engineering'],
      ['product', 'Product & Design'],
    ]);
    const parsed = parseRuleExpression(groupRuleExpression(rule, names));
    expect(parsed).toEqual({
      ...(rule.departments ? { departments: rule.departments.map((d) => names.get(d)) } : {}),
      ...(rule.types ? { types: rule.types } : {}),
      ...(rule.titles ? { titles: rule.titles } : {}),
    });
  });

  test('"true" selects everyone', () => {
    expect(parseRuleExpression('true')).toEqual({});
  });

  test.each([
    [
      "user.costCenter == 'CC-7'",
      'it tests "user.costCenter"; rules can test only user.department, user.userType and user.title',
    ],
    ["user.department != 'Sales'", 'it uses "!=", which the config\'s rules cannot say'],
    ['user.department == user.title', 'it compares user.department other than with == on a quoted value'],
    ["user.department == 'A' || user.title == 'B'", 'it uses "||" where only && fits'],
    ["(user.department == 'A' || user.title == 'B')", 'it ORs different attributes'],
    ["user.title == 'A' && user.title == 'B'", 'it tests titles in two places'],
    [
      "isMemberOfAnyGroup('00g1')",
      'it tests "isMemberOfAnyGroup"; rules can test only user.department, user.userType and user.title',
    ],
    ["user.title == 'open", 'the expression has an unterminated string'],
  ])('%s cannot be written in groups.yaml: %s', (expression, why) => {
    expect(parseRuleExpression(expression)).toEqual({ unsupported: why });
  });
});
