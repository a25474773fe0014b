// Scenario repos: a throwaway git repository holding the example org, committed as the
// base; a test then edits the working tree like a pull request would.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const EXAMPLE = resolve(__dirname, '..', '..', 'config');

export interface Scenario {
  readonly cwd: string;
  /** Replace `from` (which must occur exactly once) with `to` in a config file. */
  edit(file: string, from: string, to: string): void;
  append(file: string, text: string): void;
}

export function scenarioRepo(): Scenario {
  const cwd = mkdtempSync(join(tmpdir(), 'blueprint-scenario-'));
  cpSync(EXAMPLE, join(cwd, 'config'), { recursive: true });
  // Like the real repository: plan output is not part of a change.
  writeFileSync(join(cwd, '.gitignore'), 'plan/\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'base');
  return {
    cwd,
    edit(file, from, to) {
      const path = join(cwd, 'config', file);
      const text = readFileSync(path, 'utf8');
      const count = text.split(from).length - 1;
      if (count !== 1) throw new Error(`expected "${from}" once in ${file}, found it ${count} times`);
      writeFileSync(path, text.replace(from, to));
    },
    append(file, text) {
      const path = join(cwd, 'config', file);
      writeFileSync(path, readFileSync(path, 'utf8') + text);
    },
  };
}
