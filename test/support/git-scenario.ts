// Scenario repos: a throwaway git repository holding the example org, committed as the
// base; a test then edits the working tree like a pull request would. `codeScenarioRepo`
// also holds the blueprint's code (lib/, stacks/, bin/, ...) with node_modules linked in,
// so the base can be planned with its own code. Commits are made with a fixed author and
// date: the same files give the same commit id, so a planned base is cached across repos.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT = resolve(__dirname, '..', '..');
const EXAMPLE = join(PROJECT, 'config');
/** What `blueprint plan` needs of the project, besides node_modules. */
const CODE = [
  'bin',
  'build',
  'lib',
  'stacks',
  'policy-pack',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'cdk.json',
];

export interface Scenario {
  readonly cwd: string;
  /** Replace `from` (which must occur exactly once) with `to` in a config file. */
  edit(file: string, from: string, to: string): void;
  append(file: string, text: string): void;
  /** Replace `from` (exactly once) with `to` in a file relative to the repository root. */
  editFile(file: string, from: string, to: string): void;
  /** Runs git in the repository. */
  git(...args: string[]): string;
  /** Commits everything as `message`, with the fixed author and date. */
  commit(message: string): void;
  /** Back to the last commit: the working tree's changes and new files discarded. */
  reset(): void;
}

const FIXED = {
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2026-11-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_COMMITTER_DATE: '2026-11-01T00:00:00Z',
};

function replaceOnce(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`expected "${from}" once in ${path}, found it ${count} times`);
  writeFileSync(path, text.replace(from, to));
}

function scenarioIn(cwd: string): Scenario {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...FIXED } });
  git('init', '-q', '-b', 'main');
  const scenario: Scenario = {
    cwd,
    edit: (file, from, to) => replaceOnce(join(cwd, 'config', file), from, to),
    append(file, text) {
      const path = join(cwd, 'config', file);
      writeFileSync(path, readFileSync(path, 'utf8') + text);
    },
    editFile: (file, from, to) => replaceOnce(join(cwd, file), from, to),
    git,
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '--no-verify', '-m', message);
    },
    reset() {
      git('checkout', '-q', '--', '.');
      git('clean', '-fdq');
    },
  };
  scenario.commit('base');
  return scenario;
}

export function scenarioRepo(): Scenario {
  const cwd = mkdtempSync(join(tmpdir(), 'blueprint-scenario-'));
  cpSync(EXAMPLE, join(cwd, 'config'), { recursive: true });
  // Like the real repository: plan output is not part of a change.
  writeFileSync(join(cwd, '.gitignore'), '/plan/\n');
  return scenarioIn(cwd);
}

/** The example org and the blueprint's code, as the project's own repository holds them. */
export function codeScenarioRepo(): Scenario {
  const cwd = mkdtempSync(join(tmpdir(), 'blueprint-code-scenario-'));
  cpSync(EXAMPLE, join(cwd, 'config'), { recursive: true });
  for (const entry of CODE) cpSync(join(PROJECT, entry), join(cwd, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(cwd, 'node_modules'), 'junction');
  writeFileSync(join(cwd, '.gitignore'), '/node_modules\n/plan/\n/cdk.out/\n');
  return scenarioIn(cwd);
}

/**
 * The example org with a stand-in for the blueprint's CLI (test/fixtures/review/
 * fake-blueprint.cjs) that plans in milliseconds: for tests of how the base is planned
 * (checkout, cache, failures), not of what the real code plans.
 */
export function fakeCliScenarioRepo(): Scenario {
  const cwd = mkdtempSync(join(tmpdir(), 'blueprint-fake-cli-scenario-'));
  cpSync(EXAMPLE, join(cwd, 'config'), { recursive: true });
  mkdirSync(join(cwd, 'bin'));
  cpSync(
    join(PROJECT, 'test', 'fixtures', 'review', 'fake-blueprint.cjs'),
    join(cwd, 'bin', 'blueprint.cjs'),
  );
  writeFileSync(join(cwd, 'package.json'), '{ "name": "fake-cli-scenario", "private": true }\n');
  writeFileSync(join(cwd, '.gitignore'), '/node_modules\n/plan/\n/cdk.out/\n');
  return scenarioIn(cwd);
}
