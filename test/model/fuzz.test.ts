// Property: random mutations of the example config never crash validation — they either
// pass or yield diagnostics that each carry a position, a message and a fix.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { stringify } from 'yaml';
import type { ConfigReader } from '../../lib/model/load-config';
import { checkOrg } from '../../lib/policy/check-org';

const CONFIG = resolve(__dirname, '..', '..', 'config');
const files: Record<string, string> = {};
for (const entry of readdirSync(CONFIG, { recursive: true, withFileTypes: true })) {
  if (entry.isFile())
    files[relative(CONFIG, join(entry.parentPath, entry.name))] = readFileSync(
      join(entry.parentPath, entry.name),
      'utf8',
    );
}
const names = Object.keys(files).sort();

const memoryReader = (contents: Record<string, string>): ConfigReader => ({
  list: () => Object.keys(contents).sort(),
  read: (rel) => contents[rel],
});

/** Paths to every node of a parsed document, to pick one to mutate. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...prefix, i])));
  if (value && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...prefix, k])));
  return here;
}

const replacement = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constantFrom('everyone', 'ravi-patel', 'http://x.example', 'P1Y', '2020-01-01', 'zzz'),
);

function expectWellFormed(contents: Record<string, string>) {
  const result = checkOrg('config', { today: '2026-11-23', reader: memoryReader(contents) });
  for (const d of result.diagnostics) {
    expect(d.file).toMatch(/^config\//);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.col).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.hint.length).toBeGreaterThan(0);
  }
  if (!result.ok) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
}

describe('validate never crashes on mutated config', () => {
  test('structural mutations: replace, delete or duplicate any node', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.nat(),
        fc.constantFrom('replace', 'delete', 'duplicate'),
        replacement,
        (file, pick, op, value) => {
          const doc = load(files[file]) as Record<string, unknown>;
          const all = paths(doc).filter((p) => p.length > 0);
          const path = all[pick % all.length];
          // biome-ignore lint/suspicious/noExplicitAny: walking an arbitrary parsed document
          const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], doc);
          const key = path[path.length - 1];
          if (op === 'replace') parent[key] = value;
          else if (op === 'delete')
            Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key];
          else if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
          expectWellFormed({ ...files, [file]: stringify(doc) });
        },
      ),
      { numRuns: 80, seed: 42 },
    );
  });

  test('textual mutations: cut, insert or swap characters anywhere', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.string({ maxLength: 6 }),
        (file, at, cut, insert) => {
          const text = files[file];
          const i = at % (text.length + 1);
          expectWellFormed({ ...files, [file]: text.slice(0, i) + insert + text.slice(i + cut) });
        },
      ),
      { numRuns: 80, seed: 7 },
    );
  });
});
