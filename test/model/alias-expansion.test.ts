import { CORE_SCHEMA, load } from 'js-yaml';
import { aliasExpansionExceeds } from '../../lib/model/alias-expansion';
import { boundedJson, showValue } from '../../lib/model/diagnostic';
import { SourceFile } from '../../lib/model/source-file';

/** `levels` anchors, each a list of nine aliases of the one before: 9^levels values. */
function laughs(levels: number): string {
  const lines = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < levels; i++)
    lines.push(
      `l${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

describe('aliasExpansionExceeds: alias bombs', () => {
  test('a file without aliases never exceeds, however big', () => {
    const big = { people: Array.from({ length: 50_000 }, (_, i) => ({ id: `p${i}`, tags: ['a', 'b'] })) };
    expect(aliasExpansionExceeds(big)).toBe(false);
  });

  test('anchors reused a few thousand times are fine', () => {
    expect(aliasExpansionExceeds(load(laughs(4), { schema: CORE_SCHEMA }))).toBe(false);
  });

  test('nine levels of nine aliases (387 million values) exceed', () => {
    expect(aliasExpansionExceeds(load(laughs(9), { schema: CORE_SCHEMA }))).toBe(true);
  });

  test('an alias inside its own anchor (a cycle) exceeds', () => {
    expect(aliasExpansionExceeds(load('a: &a [*a]', { schema: CORE_SCHEMA }))).toBe(true);
  });
});

describe('SourceFile: an alias bomb is a positioned error, fast', () => {
  test('reported at the first alias, without walking the data', () => {
    const started = Date.now();
    const source = new SourceFile('config/it/groups.yaml', `groups: []\n${laughs(12)}`);
    expect(source.syntaxErrors()).toEqual([
      {
        severity: 'error',
        code: 'yaml-alias-bomb',
        file: 'config/it/groups.yaml',
        line: 3,
        col: 10,
        path: '',
        message: 'YAML aliases expand this file to more than 100000 extra values (an alias bomb)',
        hint: 'write the values out instead of nesting aliases (*name) of anchors (&name) that hold aliases themselves',
      },
    ]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('showValue: bounded', () => {
  test('the same as JSON.stringify for small values', () => {
    for (const v of [
      1,
      'x',
      null,
      true,
      [1, 'a', null],
      { a: 1, b: [2, { c: 'd' }], u: undefined },
      [undefined],
    ])
      expect(boundedJson(v, 1000)).toBe(JSON.stringify(v));
  });

  test('cuts a huge shared value after its first characters', () => {
    const data = load(laughs(9), { schema: CORE_SCHEMA });
    const started = Date.now();
    expect(showValue(data)).toBe(
      '{"l0":["lol","lol","lol","lol","lol","lol","lol","lol","lol"],"l1":[["lol","l...',
    );
    expect(Date.now() - started).toBeLessThan(100);
  });

  test('a cyclic value is cut too', () => {
    const data = load('a: &a [*a]', { schema: CORE_SCHEMA });
    expect(showValue(data)).toBe(`{"a":[${'['.repeat(71)}...`);
  });
});
