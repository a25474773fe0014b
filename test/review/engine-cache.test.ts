// Engine outputs cached by content (lib/review/engine-cache.ts): a side of a plan is reused
// only when everything its outputs are a function of hashes the same (the model but its
// `now`, the running code, the dependencies), and planned again on any change to any of it.
// Engines here are stand-ins that count their calls (what they return is derived from the
// model), so no test synthesizes.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { OrgModel } from '../../lib/model/org-model';
import { checkOrg } from '../../lib/policy/check-org';
import {
  engineInput,
  engineKey,
  readEngineCache,
  runningCodeFingerprint,
  writeEngineCache,
} from '../../lib/review/engine-cache';
import { planAgainstBase } from '../../lib/review/plan-against-base';
import type { EngineOutputs } from '../../lib/review/plan-report';
import { TODAY } from '../support/config-case';
import { type Scenario, scenarioRepo } from '../support/git-scenario';

jest.setTimeout(30_000);

const EXAMPLE = resolve(__dirname, '..', '..', 'config');
const example = (): OrgModel => checkOrg(EXAMPLE, { today: TODAY }).model!;

/** Stand-in engines: one Okta resource per group holding its members, so a member change shows. */
function countingEngines() {
  const calls: string[] = [];
  const engines = (model: OrgModel, role: 'base' | 'head'): EngineOutputs => {
    calls.push(role);
    return {
      okta: {
        'okta-it': model.groups.map((g) => ({
          type: 'okta:index/group:Group',
          name: g.id,
          inputs: { members: g.members.map((m) => m.person) },
        })),
      },
      cdk: {},
    };
  };
  return { calls, engines };
}

async function plan(s: Scenario, cacheDir: string, engines: ReturnType<typeof countingEngines>['engines']) {
  const { report } = await planAgainstBase({
    cwd: s.cwd,
    configDir: join(s.cwd, 'config'),
    display: 'config',
    ref: 'HEAD',
    today: TODAY,
    now: `${TODAY}T10:11:12Z`,
    accessOnly: false,
    engines,
    base: { cacheDir },
  });
  return report!;
}

const addToOncall = (s: Scenario, person: string) =>
  s.edit(
    'it/groups.yaml',
    '      - { person: ravi-patel }\n',
    `      - { person: ravi-patel }\n      - { person: ${person} }\n`,
  );

describe('plan --base, only config changed: engine outputs cached by content', () => {
  const cache = () => mkdtempSync(join(tmpdir(), 'blueprint-engine-cache-'));

  test('a second run on the same change plans neither side again, and reports the same', async () => {
    const s = scenarioRepo();
    addToOncall(s, 'dana-whitfield');
    const dir = cache();
    const first = countingEngines();
    const before = await plan(s, dir, first.engines);
    expect(first.calls).toEqual(['base', 'head']);
    const second = countingEngines();
    expect(await plan(s, dir, second.engines)).toEqual(before);
    expect(second.calls).toEqual([]);
    expect(before.okta![0].changes.map((c) => [c.name, c.change])).toEqual([['oncall', 'changed']]);
  });

  test('a new push (another change on the same base) plans only the head again', async () => {
    const s = scenarioRepo();
    const dir = cache();
    addToOncall(s, 'dana-whitfield');
    await plan(s, dir, countingEngines().engines);
    s.reset();
    addToOncall(s, 'marcus-oyelaran');
    const next = countingEngines();
    const report = await plan(s, dir, next.engines);
    expect(next.calls).toEqual(['head']);
    expect(report.access.people.map((p) => p.person)).toEqual(['marcus-oyelaran']);
  });

  test("a base's entry (not checked as a head) is not taken for a head with the same inputs", async () => {
    const s = scenarioRepo();
    // A comment: config changed, the model did not, so both sides have one key.
    s.append('it/groups.yaml', '# reviewed\n');
    const dir = cache();
    const first = countingEngines();
    await plan(s, dir, first.engines);
    expect(first.calls).toEqual(['base', 'head']);
    const second = countingEngines();
    await plan(s, dir, second.engines);
    expect(second.calls).toEqual([]);
  });

  test('a commit with other code (or config) gets its own entries: nothing is reused across them', async () => {
    const s = scenarioRepo();
    const dir = cache();
    addToOncall(s, 'dana-whitfield');
    await plan(s, dir, countingEngines().engines);
    // The base moves on: the change is committed, and the next one planned against it.
    s.commit('dana joins on-call');
    addToOncall(s, 'marcus-oyelaran');
    const next = countingEngines();
    await plan(s, dir, next.engines);
    // The new base is the old head: its outputs were checked, so it is reused; the head is new.
    expect(next.calls).toEqual(['head']);
    expect(readdirSync(dir).filter((e) => e.startsWith('engines-'))).toHaveLength(3);
  });

  test('without a cache folder every side is planned', async () => {
    const s = scenarioRepo();
    addToOncall(s, 'dana-whitfield');
    const counted = countingEngines();
    const { report } = await planAgainstBase({
      cwd: s.cwd,
      configDir: join(s.cwd, 'config'),
      display: 'config',
      ref: 'HEAD',
      today: TODAY,
      accessOnly: false,
      engines: counted.engines,
    });
    expect(report!.okta![0].changed).toBe(1);
    expect(counted.calls).toEqual(['base', 'head']);
  });
});

describe('engineKey', () => {
  const parts = { code: 'code', dependencies: 'deps' };
  const model = example();
  const key = engineKey({ ...parts, model });

  /** Every leaf of the model, as a path from the root. */
  function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (value === null || typeof value !== 'object') return [path];
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return entries.flatMap(([k, v]) => leaves(v, [...path, k]));
  }

  test('changes with any leaf of the model but `now`: every stack and Okta resource is a function of them', () => {
    const paths = leaves(model).filter((p) => p[0] !== 'now');
    expect(paths.length).toBeGreaterThan(1000);
    // One unfrozen copy, each leaf changed in turn (a string gains a character, a number
    // grows, a boolean flips) and put back.
    const copy = structuredClone(model) as unknown as Record<string | number, unknown>;
    const unchanged = paths.filter((path) => {
      let node = copy;
      for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
      const last = path.at(-1)!;
      const v = node[last];
      node[last] =
        typeof v === 'string' ? `${v}x` : typeof v === 'number' ? v + 1 : typeof v === 'boolean' ? !v : 'x';
      const same = engineKey({ ...parts, model: copy as unknown as OrgModel }) === key;
      node[last] = v;
      return same;
    });
    expect(unchanged).toEqual([]);
  });

  test('changes with an item added or removed, the code, the dependencies', () => {
    const fewer = { ...model, people: model.people.slice(1) };
    expect(engineKey({ ...parts, model: fewer })).not.toBe(key);
    expect(engineKey({ ...parts, code: 'other', model })).not.toBe(key);
    expect(engineKey({ ...parts, dependencies: 'other', model })).not.toBe(key);
  });

  test('is the same at another instant of the day: the engines are given the start of the day', () => {
    const later = { ...model, now: `${TODAY}T17:45:00Z` };
    expect(engineKey({ ...parts, model: later })).toBe(key);
    expect(engineInput(later).now).toBe(`${TODAY}T00:00:00Z`);
    expect(engineInput(later).people).toBe(model.people);
  });
});

describe('the cache entries', () => {
  test('a damaged entry or one whose folder name matches but whose key differs is a miss', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blueprint-engine-cache-'));
    const key = 'a'.repeat(64);
    const outputs: EngineOutputs = { okta: {}, cdk: { s: { Resources: {} } } };
    writeEngineCache(dir, key, { outputs, checked: true });
    expect(readEngineCache(dir, key)).toEqual({ outputs, checked: true });
    // Same first 40 characters (the folder name), another key.
    expect(readEngineCache(dir, `${'a'.repeat(40)}${'b'.repeat(24)}`)).toBeUndefined();
    writeFileSync(join(dir, `engines-${'a'.repeat(40)}`, 'engines.json'), '{ not json');
    expect(readEngineCache(dir, key)).toBeUndefined();
  });
});

describe('runningCodeFingerprint', () => {
  test('is the running code (this repository) and is stable', () => {
    expect(runningCodeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(runningCodeFingerprint()).toBe(runningCodeFingerprint(resolve(__dirname, '..', '..')));
  });

  test('changes with any file of the code, new or edited, and ignores what is not code', () => {
    const root = mkdtempSync(join(tmpdir(), 'blueprint-code-'));
    mkdirSync(join(root, 'lib', 'aws'), { recursive: true });
    // Not the code's folder (it lacks this module): no fingerprint, so no cache.
    expect(runningCodeFingerprint(root)).toBeUndefined();
    mkdirSync(join(root, 'lib', 'review'));
    writeFileSync(join(root, 'lib', 'review', 'engine-cache.ts'), '// the module\n');
    writeFileSync(join(root, 'lib', 'aws', 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'package-lock.json'), '{}\n');
    const before = runningCodeFingerprint(root);
    writeFileSync(join(root, 'README.md'), 'docs\n');
    mkdirSync(join(root, 'config'));
    writeFileSync(join(root, 'config', 'org.yaml'), 'name: x\n');
    expect(runningCodeFingerprint(root)).toBe(before);
    writeFileSync(join(root, 'lib', 'aws', 'a.ts'), 'export const a = 2;\n');
    const edited = runningCodeFingerprint(root);
    expect(edited).not.toBe(before);
    writeFileSync(join(root, 'lib', 'aws', '.b.ts'), '');
    expect(runningCodeFingerprint(root)).not.toBe(edited);
    writeFileSync(join(root, 'package-lock.json'), '{ "v": 2 }\n');
    expect(runningCodeFingerprint(root)).not.toBe(edited);
  });
});
