// `blueprint plan --base` on a one-line change: a git repository holding the org, its
// config committed as the base, and one new membership in the working tree.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planAgainstBase } from '../lib/review/plan-against-base';
import { defaultEngines, removedPeopleCheck } from '../stacks/review-engines';
import type { BenchCase, BenchStep } from './bench-step';
import { BENCH_TODAY } from './fixtures';

/** A repo per case, created once: base commit plus a one-line change in the working tree. */
function changeRepo(configDir: string, benchCase: BenchCase): string {
  const cwd = join(tmpdir(), `org-blueprint-bench-repo-${benchCase}-${BENCH_TODAY}`);
  if (existsSync(join(cwd, '.git'))) return cwd;
  cpSync(configDir, join(cwd, 'config'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'base');
  // One line: the first explicit membership list gains someone who is not in it yet.
  const groups = join(cwd, 'config', 'it', 'groups.yaml');
  const text = readFileSync(groups, 'utf8');
  const newcomer = personNotIn(cwd, text);
  const edited = text.includes('members: [')
    ? text.replace('members: [', `members: [{ person: ${newcomer} }, `)
    : text.replace(
        /( +)- \{ person: [a-z0-9-]+ \}\n/,
        (line, indent) => `${line}${indent}- { person: ${newcomer} }\n`,
      );
  writeFileSync(groups, edited);
  return cwd;
}

/** The first person (in people.yaml order) the groups file does not mention. */
function personNotIn(cwd: string, groupsText: string): string {
  const people = readFileSync(join(cwd, 'config', 'it', 'people.yaml'), 'utf8');
  const ids = [...people.slice(people.indexOf('\npeople:')).matchAll(/id: ([a-z0-9-]+)/g)].map((m) => m[1]);
  return ids.find((id) => !groupsText.includes(`person: ${id} `))!;
}

async function run(configDir: string, benchCase: BenchCase, accessOnly: boolean) {
  const cwd = changeRepo(configDir, benchCase);
  const { report } = await planAgainstBase({
    cwd,
    configDir: join(cwd, 'config'),
    display: 'config',
    ref: 'HEAD',
    today: BENCH_TODAY,
    accessOnly,
    engines: defaultEngines,
    crossChecks: removedPeopleCheck,
  });
  if (!report) throw new Error('bench change does not validate');
  return { peopleChanged: report.access.people.length, blockers: report.blockers.length };
}

export const planBaseBench: BenchStep = {
  name: 'plan --base',
  cases: ['example', 'S', 'M', 'L'],
  target: 'example < 10 s; L < 60 s',
  runs: 1,
  run: (dir, benchCase) => run(dir, benchCase, false),
};

export const planAccessOnlyBench: BenchStep = {
  name: 'plan --access-only',
  cases: ['L'],
  target: 'L < 3 s',
  run: (dir, benchCase) => run(dir, benchCase, true),
};
