import {
  comparePatterns,
  exclusions,
  matches,
  parseFilterPattern,
  witnesses,
} from '../../lib/aws/filter-pattern';

describe('CloudWatch Logs JSON filter patterns', () => {
  test('&& binds tighter than ||; bare and quoted values; * is a wildcard', () => {
    const p = parseFilterPattern('{ ($.a = x) || $.b = "y*" && $.c.d != "z" }');
    expect(matches(p, { a: 'x' })).toBe(true);
    expect(matches(p, { b: 'yes', c: { d: 'w' } })).toBe(true);
    expect(matches(p, { b: 'yes', c: { d: 'z' } })).toBe(false);
    expect(matches(p, { b: 'yes' })).toBe(false);
  });

  test('NOT EXISTS matches an absent field only', () => {
    const p = parseFilterPattern('{ $.t = "Root" && $.by NOT EXISTS }');
    expect(matches(p, { t: 'Root' })).toBe(true);
    expect(matches(p, { t: 'Root', by: 'x' })).toBe(false);
  });

  test('witnesses satisfy each conjunction; exclusions break one condition each', () => {
    const p = parseFilterPattern('{ ($.s = e) && (($.n = A) || ($.n = B)) && ($.ip != "d") }');
    expect(witnesses(p)).toEqual([
      { s: 'e', n: 'A', ip: 'other' },
      { s: 'e', n: 'B', ip: 'other' },
    ]);
    expect(exclusions(p)).toEqual([
      { s: 'e', n: 'A', ip: 'd' },
      { s: 'e', n: 'B', ip: 'd' },
    ]);
    expect(witnesses(parseFilterPattern('{ $.n = A && $.n = B }'))).toEqual([]);
  });

  test('compares: missed, not excluded, and extra events', () => {
    const benchmark = '{ (($.n = A) || ($.n = B)) && ($.ip != "d") }';
    expect(comparePatterns('{ ($.n = A) || ($.n = C) }', benchmark)).toEqual({
      missed: [{ n: 'B', ip: 'other' }],
      unexcluded: [{ n: 'A', ip: 'd' }],
      // A comparison on an absent field fails, so an A without the benchmark's ip is extra too.
      extra: [{ n: 'A' }, { n: 'C' }],
    });
    const ours = '{ (($.n = A) || ($.n = B) || ($.n = C)) && ($.ip != "d") }';
    expect(comparePatterns(ours, benchmark, (e) => e.n === 'C')).toEqual({
      missed: [],
      unexcluded: [],
      extra: [],
    });
  });

  test.each([
    ['$.a = 1', 'expected a JSON filter pattern in braces, got "$.a = 1"'],
    ['{ ($.a = 1 }', 'the filter pattern ends early: "{ ($.a = 1 }"'],
    ['{ a = 1 }', 'expected a selector like $.eventName, got "a"'],
    ['{ $.a > 1 }', 'expected =, != or NOT EXISTS after $.a, got >'],
    ['{ ($.a = 1)) }', 'unexpected ")" in "{ ($.a = 1)) }"'],
    ['{ $.a = "x }', 'cannot read the filter pattern at 6: " \\"x "'],
  ])('rejects %s', (pattern, message) => {
    expect(() => parseFilterPattern(pattern)).toThrow(message);
  });
});
