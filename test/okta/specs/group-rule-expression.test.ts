import fc from 'fast-check';
import { elString, groupRuleExpression } from '../../../lib/okta/specs/group-rule-expression';

const departments = new Map([
  ['engineering', 'Engineering'],
  ['it-security', 'IT & Security'],
  ['rd', 'R\'n\'D "Labs"'],
  ['zurich', 'Zürich Büro 東京'],
  ['paths', 'C:\\Users\\ops'],
]);

describe('elString: SpEL string literals', () => {
  test.each([
    ['plain', "'plain'"],
    ["O'Brien", "'O''Brien'"],
    ["''", "''''''"],
    ['say "hi"', `'say "hi"'`],
    ['back\\slash\\', "'back\\slash\\'"],
    ['Zürich 東京 🚀', "'Zürich 東京 🚀'"],
  ])('%j → %s', (value, literal) => {
    expect(elString(value)).toBe(literal);
  });
});

describe('groupRuleExpression: AND across attributes, OR within one', () => {
  test('one department, by its display name (what users carry)', () => {
    expect(groupRuleExpression({ departments: ['engineering'] }, departments)).toBe(
      "user.department == 'Engineering'",
    );
  });

  test('several departments are ORed', () => {
    expect(groupRuleExpression({ departments: ['engineering', 'it-security'] }, departments)).toBe(
      "(user.department == 'Engineering' || user.department == 'IT & Security')",
    );
  });

  test('the contractor rule', () => {
    expect(groupRuleExpression({ types: ['contractor'] }, departments)).toBe("user.userType == 'contractor'");
  });

  test('department AND titles', () => {
    expect(
      groupRuleExpression(
        { departments: ['engineering'], titles: ['Engineering Manager', 'VP Engineering'] },
        departments,
      ),
    ).toBe(
      "user.department == 'Engineering' && (user.title == 'Engineering Manager' || user.title == 'VP Engineering')",
    );
  });

  test('all three attributes', () => {
    expect(
      groupRuleExpression(
        { departments: ['it-security'], types: ['employee'], titles: ['Analyst'] },
        departments,
      ),
    ).toBe("user.department == 'IT & Security' && user.userType == 'employee' && user.title == 'Analyst'");
  });

  test('quotes in names cannot break out of the literal', () => {
    expect(
      groupRuleExpression({ departments: ['rd'], titles: ["Head of Ops' || true || '"] }, departments),
    ).toBe(`user.department == 'R''n''D "Labs"' && user.title == 'Head of Ops'' || true || '''`);
  });

  test('unicode and backslashes pass through verbatim', () => {
    expect(groupRuleExpression({ departments: ['zurich', 'paths'] }, departments)).toBe(
      "(user.department == 'Zürich Büro 東京' || user.department == 'C:\\Users\\ops')",
    );
  });

  test('an unknown department id is used as is', () => {
    expect(groupRuleExpression({ departments: ['sales'] }, departments)).toBe("user.department == 'sales'");
  });

  test('an empty rule selects everyone', () => {
    expect(groupRuleExpression({}, departments)).toBe('true');
  });
});

describe('elString: property', () => {
  // A SpEL single-quoted literal: the text between the outer quotes, where a quote only
  // ever appears doubled; anything else would end the literal early.
  const parse = (literal: string) => {
    const body = literal.slice(1, -1);
    if (!literal.startsWith("'") || !literal.endsWith("'") || /(^|[^'])'('')*([^']|$)/.test(body))
      return undefined;
    return body.replaceAll("''", "'");
  };

  test('every string round-trips through one literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => parse(elString(s)) === s),
      { numRuns: 500 },
    );
  });
});
