// How `plan --base` plans the base with the base commit's own code: a temporary checkout
// running the base's plain `blueprint plan` (here a stand-in CLI that keeps its contract,
// test/fixtures/review/fake-blueprint.cjs), the cache by commit, failures as blockers, and
// bad input on the review path (shallow clones, unknown refs, git failures, dirty trees,
// alias bombs, invalid config in markdown).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../lib/cli/main';
import { loadConfig } from '../../lib/model/load-config';
import type { BaseRunner } from '../../lib/review/base-runner';
import { runBaseCli } from '../../lib/review/base-runner';
import { gitConfigReader } from '../../lib/review/git-config-reader';
import { type PlanAgainstBaseOptions, planAgainstBase } from '../../lib/review/plan-against-base';
import type { EngineOutputs } from '../../lib/review/plan-report';
import { COMMENT_MARKER } from '../../lib/review/render-plan-markdown';
import { captureIo, TODAY } from '../support/config-case';
import { fakeCliScenarioRepo, type Scenario } from '../support/git-scenario';

// Git, a child process and (some) synthesis per test: generous on a busy machine.
jest.setTimeout(30_000);

/** The head as the stand-in's base, minus the one group and topic the base plans. */
const HEAD: EngineOutputs = { okta: { 'okta-it': [] }, cdk: { tiny: { Resources: {} } } };

function options(s: Scenario, extra: Partial<PlanAgainstBaseOptions> = {}): PlanAgainstBaseOptions {
  return {
    cwd: s.cwd,
    configDir: join(s.cwd, 'config'),
    display: 'config',
    ref: 'HEAD',
    today: TODAY,
    accessOnly: false,
    engines: () => HEAD,
    ...extra,
    // The stand-in's base differs from HEAD: always plan it, also when only config changed.
    base: {
      cacheDir: mkdtempSync(join(tmpdir(), 'blueprint-base-cache-')),
      inProcessWhenOnlyConfigChanged: false,
      ...extra.base,
    },
  };
}

const worktrees = (s: Scenario) => s.git('worktree', 'list', '--porcelain').match(/^worktree /gm)?.length;

describe('plan --base: the base planned with its own code', () => {
  test("the base's plan runs in a checkout of the base commit, for the config folder and day given", async () => {
    const s = fakeCliScenarioRepo();
    const { report } = await planAgainstBase(options(s));
    expect(report!.blockers).toEqual([]);
    // The base planned one group and one topic the head does not have: both show as removed.
    expect(report!.okta).toEqual([
      {
        stack: 'okta-it',
        added: 0,
        changed: 0,
        removed: 1,
        changes: [
          {
            type: 'okta:index/group:Group',
            name: 'group.base-only',
            change: 'removed',
            inputs: [],
            deprovisions: 'deleting it removes the access it grants',
          },
        ],
      },
    ]);
    expect(report!.aws!.map((d) => [d.stack, d.resources])).toEqual([
      ['tiny', [{ logicalId: 'Topic', type: 'AWS::SNS::Topic', impact: 'destroy', properties: [] }]],
    ]);
    expect(worktrees(s)).toBe(1);
  });

  test('the base commit is planned once: a second run reads the cache, with no checkout', async () => {
    const s = fakeCliScenarioRepo();
    const cacheDir = mkdtempSync(join(tmpdir(), 'blueprint-base-cache-'));
    const runs: { worktree: string; configRel: string; today: string; checkouts?: number }[] = [];
    const counting: BaseRunner = (run) => {
      runs.push({
        worktree: run.worktree,
        configRel: run.configRel,
        today: run.today,
        checkouts: worktrees(s),
      });
      return runBaseCli(run);
    };
    const first = await planAgainstBase(options(s, { base: { cacheDir, runner: counting } }));
    const commit = s.git('rev-parse', 'HEAD').trim();
    expect(readdirSync(cacheDir)).toEqual([expect.stringMatching(new RegExp(`^${commit}-[0-9a-f]{16}$`))]);
    expect(runs).toEqual([{ worktree: expect.any(String), configRel: 'config', today: TODAY, checkouts: 2 }]);
    expect(existsSync(runs[0].worktree)).toBe(false);
    const second = await planAgainstBase(options(s, { base: { cacheDir, runner: counting } }));
    expect(runs).toHaveLength(1);
    expect(second.report).toEqual(first.report);
    // Another day is another base: planned again.
    await planAgainstBase(options(s, { today: '2026-11-24', base: { cacheDir, runner: counting } }));
    expect(runs).toHaveLength(2);
    expect(readdirSync(cacheDir)).toHaveLength(2);
    expect(worktrees(s)).toBe(1);
  });

  test('a base whose plan fails is a blocker naming its error, and its checkout is removed', async () => {
    const s = fakeCliScenarioRepo();
    writeFileSync(join(s.cwd, 'FAIL_PLAN'), '');
    s.commit('a base that fails to plan');
    s.git('rm', '-q', 'FAIL_PLAN');
    const { report } = await planAgainstBase(options(s));
    const commit = s.git('rev-parse', '--short=7', 'HEAD').trim();
    expect(report!.blockers).toEqual([
      `base: the base commit ${commit} could not be planned with its own code: its plan exited 1: config/it/people.yaml:3:5: error: people[0].email: invalid email`,
    ]);
    // Nothing is assumed deployed: everything the head plans is new (and routed as such).
    expect(report!.aws).toEqual([]);
    expect(worktrees(s)).toBe(1);
  });

  test('a base whose plan succeeds but writes no plan is a blocker too', async () => {
    const s = fakeCliScenarioRepo();
    writeFileSync(join(s.cwd, 'bin', 'blueprint.cjs'), "console.log('nothing to plan');\n");
    s.commit('a CLI that plans nothing');
    s.git('checkout', '-q', 'HEAD~1', '--', 'bin');
    const { report } = await planAgainstBase(options(s));
    expect(report!.blockers).toEqual([
      `base: the base commit ${s.git('rev-parse', '--short=7', 'HEAD').trim()} could not be planned with its own code: its plan wrote no usable output (the plan wrote no cdk.out/manifest.json)`,
    ]);
  });

  test('a head that fails to synthesize leaves no checkout of the base behind', async () => {
    const s = fakeCliScenarioRepo();
    const failing = () => {
      throw new Error('synth failed');
    };
    await expect(planAgainstBase(options(s, { engines: failing }))).rejects.toThrow('synth failed');
    expect(worktrees(s)).toBe(1);
  });

  test('a base too old to have the CLI is a blocker saying so', async () => {
    const s = fakeCliScenarioRepo();
    s.git('rm', '-q', 'bin/blueprint.cjs');
    s.commit('before the CLI');
    s.reset();
    s.git('checkout', '-q', 'HEAD~1', '--', 'bin');
    const { report } = await planAgainstBase(options(s));
    expect(report!.blockers).toEqual([
      `base: the base commit ${s.git('rev-parse', '--short=7', 'HEAD').trim()} could not be planned with its own code: the base commit has no bin/blueprint.cjs: it is too old to be planned with its own code`,
    ]);
  });

  test('access-only plans never check out the base, and say they cannot see code changes', async () => {
    const s = fakeCliScenarioRepo();
    const never: BaseRunner = () => Promise.reject(new Error('planned the base'));
    s.editFile(
      'bin/blueprint.cjs',
      "if (args[0] !== 'plan')",
      "if (args[0] !== 'plan' && args[0] !== 'diff')",
    );
    const { report } = await planAgainstBase(options(s, { accessOnly: true, base: { runner: never } }));
    expect(report!.blockers).toEqual([]);
    expect(report!.mode).toBe('access-only');
    // It cannot see what a code change does, and says so.
    expect(report!.notes).toEqual([
      'the working tree has uncommitted changes, planned as part of the head: bin/blueprint.cjs',
      'code changed: an access-only plan does not compare templates or Okta state; run the full plan to see what it changes',
    ]);
  });
});

test('only config changed: the running code plans the base in-process, no checkout, then the head', async () => {
  const s = fakeCliScenarioRepo();
  s.edit('it/groups.yaml', 'name: Go-to-Market', 'name: Revenue Team');
  const never: BaseRunner = () => Promise.reject(new Error('planned the base in a checkout'));
  const calls: string[] = [];
  const engines = (model: { name: string }, role: 'base' | 'head') => {
    calls.push(`${role}: ${model.name}`);
    return HEAD;
  };
  const { report } = await planAgainstBase(
    options(s, { engines, base: { runner: never, inProcessWhenOnlyConfigChanged: true } }),
  );
  expect(calls).toEqual(['base: Acme', 'head: Acme']);
  expect(report!.blockers).toEqual([]);
  expect(report!.okta).toEqual([]);
});

describe('plan --base: notes', () => {
  test('uncommitted changes and changed dependencies are named; plan output is not', async () => {
    const s = fakeCliScenarioRepo();
    s.editFile('package.json', '"private": true', '"private": true, "dependencies": { "left-pad": "1.3.0" }');
    s.append('it/people.yaml', '');
    writeFileSync(join(s.cwd, 'notes.txt'), 'new\n');
    const out = mkdtempSync(join(s.cwd, 'out-'));
    writeFileSync(join(out, 'plan.json'), '{}');
    const { report } = await planAgainstBase(options(s, { outputFolders: [out] }));
    expect(report!.notes).toEqual([
      "dependencies changed (package.json or package-lock.json): the base was synthesized with the head's node_modules",
      'the working tree has uncommitted changes, planned as part of the head: notes.txt, package.json',
    ]);
  });

  test('a clean working tree has no notes', async () => {
    const { report } = await planAgainstBase(options(fakeCliScenarioRepo()));
    expect(report!.notes).toBeUndefined();
  });
});

describe('plan --base: bad input', () => {
  const plan = async (cwd: string, ...args: string[]) => {
    const io = captureIo(cwd);
    const code = await main(['plan', ...args], io);
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  };

  test('a shallow clone without the base says so and how to fetch it', async () => {
    const s = fakeCliScenarioRepo();
    s.append('it/people.yaml', '\n');
    s.commit('the change');
    const clone = mkdtempSync(join(tmpdir(), 'blueprint-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${s.cwd}`, clone]);
    expect(await plan(clone, '--base', 'HEAD~1')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: --base "HEAD~1" is not in this shallow clone: fetch the history first (actions/checkout with "fetch-depth: 0", or "git fetch --unshallow origin")\n',
    });
  });

  test('an unknown ref, a folder outside the repository and no repository at all: one line, exit 2', async () => {
    const s = fakeCliScenarioRepo();
    expect(await plan(s.cwd, '--base', 'no-such-branch')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: --base "no-such-branch" is not a commit in this repository (try "origin/main" or "HEAD~1")\n',
    });
    const outside = fakeCliScenarioRepo().cwd;
    const other = await plan(s.cwd, '--base', 'HEAD', '--config', join(outside, 'config'));
    expect(other).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: --config "${join(outside, 'config')}" is outside the git repository at ${s.cwd}: --base reads the base config from that repository's history, so pass a config folder inside it\n`,
    });
    const bare = mkdtempSync(join(tmpdir(), 'blueprint-no-repo-'));
    execFileSync('cp', ['-r', join(s.cwd, 'config'), bare]);
    expect(await plan(bare, '--base', 'HEAD', '--access-only')).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: --base needs a git repository, and ${bare} is not inside one: run plan inside the repository that holds the config\n`,
    });
  });

  const BOMB = [
    'lol0: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    ...Array.from(
      { length: 9 },
      (_, i) => `lol${i + 1}: &${'bcdefghij'[i]} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`,
    ),
  ].join('\n');

  test('an alias bomb in the head config: a positioned error within a second', async () => {
    const s = fakeCliScenarioRepo();
    s.append('security/monitoring.yaml', `${BOMB}\n`);
    const started = Date.now();
    const { code, stdout } = await plan(s.cwd, '--base', 'HEAD');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^config\/security\/monitoring\.yaml:\d+:\d+: error: YAML aliases expand this file to more than 100000 extra values \(an alias bomb\)\n/,
    );
  });

  test('an alias bomb in the base config: the base does not validate, within a second', async () => {
    const s = fakeCliScenarioRepo();
    s.append('security/monitoring.yaml', `${BOMB}\n`);
    s.commit('a base with a bomb');
    s.git('checkout', '-q', 'HEAD~1', '--', 'config');
    // Read from git as plan --base reads it: a positioned error, within a second.
    const started = Date.now();
    const base = loadConfig('config', gitConfigReader(s.cwd, s.git('rev-parse', 'HEAD').trim(), 'config'));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(base.diagnostics).toEqual([
      expect.objectContaining({
        file: 'config/security/monitoring.yaml',
        code: 'yaml-alias-bomb',
        message: 'YAML aliases expand this file to more than 100000 extra values (an alias bomb)',
      }),
    ]);
    // The whole plan: the base does not validate (unguarded, this took minutes and 2 GB).
    const { code, stdout } = await plan(s.cwd, '--base', 'HEAD', '--access-only', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).base.valid).toBe(false);
  });

  test('markdown on an invalid head config still starts with the sticky-comment marker', async () => {
    const s = fakeCliScenarioRepo();
    s.edit('it/people.yaml', 'victor.huang@acme.example', 'victor.huang@elsewhere.example');
    const { code, stdout } = await plan(s.cwd, '--base', 'HEAD', '--format', 'markdown');
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      COMMENT_MARKER,
      '## ⛔ org-blueprint plan — the config is invalid',
      '',
      '```text',
    ]);
    expect(lines[4]).toMatch(/^config\/it\/people\.yaml:\d+:\d+: error: people\[\d+\]\.email: /);
    expect(stdout).toMatch(/```\n\n✗ config is invalid: 1 error, \d+ warnings?; nothing was planned\n$/);
  });
});
