// `blueprint plan --base` on a change to an org: a git repository holding the blueprint's
// code and the org's config, committed as the base, and one change in the working tree.
// Both are whole CLI processes, as a user runs them; the base is planned with its own code.
// - config change: one new membership; only config changed, so the base's code is this
//   code and the CLI synthesizes the base in-process too; from a cold cache, and with the
//   base planned before (a new push to a pull request: its cache holds the base's outputs,
//   by content, from the run on the previous push);
// - code change: a role with AdministratorAccess added to stacks/it-stack.ts, planned by
//   the whole CLI process (`node bin/blueprint.cjs plan --base HEAD`); the base in a
//   checkout running its plain `blueprint plan`, from a cold cache on every run.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchCase, BenchStep } from './bench-step';
import { runCli } from './cli-process';
import { BENCH_TODAY } from './fixtures';

const PROJECT = resolve(__dirname, '..');
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

type Change = 'config' | 'code';

/** A hash of the code the repo copies, so a repo is rebuilt when the code changes. */
function codeHash(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) add(full);
      else hash.update(full).update(readFileSync(full));
    }
  };
  for (const dir of CODE.filter((e) => !e.includes('.'))) add(join(PROJECT, dir));
  for (const file of CODE.filter((e) => e.includes('.')))
    hash.update(file).update(readFileSync(join(PROJECT, file)));
  return hash.digest('hex').slice(0, 12);
}

/** A repo per case and change, created once: base commit plus the change in the working tree. */
function changeRepo(configDir: string, benchCase: BenchCase, change: Change): string {
  const cwd = join(tmpdir(), `org-blueprint-bench-repo-${benchCase}-${change}-${BENCH_TODAY}-${codeHash()}`);
  if (existsSync(join(cwd, '.git'))) return cwd;
  rmSync(cwd, { recursive: true, force: true });
  cpSync(configDir, join(cwd, 'config'), { recursive: true });
  for (const entry of CODE) cpSync(join(PROJECT, entry), join(cwd, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(cwd, 'node_modules'), 'junction');
  writeFileSync(join(cwd, '.gitignore'), '/node_modules\n/plan/\n/cdk.out/\n/dist/\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'base');
  if (change === 'config') addMembership(cwd);
  else addAdminRole(cwd);
  // As after `npm install` (or `npm ci` in the pr workflow): the CLI compiled from the head's
  // code, so the process timed is the one a user runs, not the tsx fallback.
  execFileSync(process.execPath, ['-e', "require('./build/cli-bundle.cjs').build()"], {
    cwd,
    stdio: 'ignore',
  });
  return cwd;
}

/** One line: the first explicit membership list gains someone who is not in it yet. */
function addMembership(cwd: string): void {
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
}

function addAdminRole(cwd: string): void {
  const file = join(cwd, 'stacks', 'it-stack.ts');
  const text = readFileSync(file, 'utf8')
    .replace(
      "import type { Construct } from 'constructs';",
      "import { Validations } from 'aws-cdk-lib';\nimport { AccountPrincipal, ManagedPolicy, Role } from 'aws-cdk-lib/aws-iam';\nimport type { Construct } from 'constructs';",
    )
    .replace(
      '    for (const extend of props.extensions ?? []) extend(this);',
      // cdk-nag fails the plan on an AWS managed policy unless the change acknowledges it, as a
      // real pull request would have to.
      "    const vendorAdmin = new Role(this, 'VendorAdmin', {\n      assumedBy: new AccountPrincipal('999999999999'),\n      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')],\n    });\n    Validations.of(vendorAdmin).acknowledge({ id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AdministratorAccess]', reason: 'the vendor support role' });\n    for (const extend of props.extensions ?? []) extend(this);",
    );
  if (!text.includes('VendorAdmin'))
    throw new Error('stacks/it-stack.ts no longer has the lines the bench edits');
  writeFileSync(file, text);
}

/** The first person (in people.yaml order) the groups file does not mention. */
function personNotIn(cwd: string, groupsText: string): string {
  const people = readFileSync(join(cwd, 'config', 'it', 'people.yaml'), 'utf8');
  const ids = [...people.slice(people.indexOf('\npeople:')).matchAll(/id: ([a-z0-9-]+)/g)].map((m) => m[1]);
  return ids.find((id) => !groupsText.includes(`person: ${id} `))!;
}

/** A fresh cache, so every run plans the base with its own code. */
const coldCache = () => mkdtempSync(join(tmpdir(), 'org-blueprint-bench-cache-'));

/**
 * A cache holding the base's outputs and nothing of the change: the base commit planned
 * against itself (the change stashed meanwhile), once per repo.
 */
function baseCache(cwd: string): string {
  const primed = `${cwd}-base-cache`;
  if (existsSync(primed)) return primed;
  const staging = `${primed}.staging`;
  rmSync(staging, { recursive: true, force: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });
  git('stash', '-q');
  try {
    runCli(['plan', '--base', 'HEAD', '--format', 'json', '--out', join(staging, 'plan')], cwd, [0, 1], {
      BLUEPRINT_CACHE_DIR: staging,
    });
  } finally {
    git('stash', 'pop', '-q');
  }
  rmSync(join(staging, 'plan'), { recursive: true, force: true });
  cpSync(staging, primed, { recursive: true });
  rmSync(staging, { recursive: true, force: true });
  return primed;
}

function runConfigChange(configDir: string, benchCase: BenchCase, accessOnly: boolean, cached = false) {
  const cwd = changeRepo(configDir, benchCase, 'config');
  const cacheDir = coldCache();
  if (cached) cpSync(baseCache(cwd), cacheDir, { recursive: true });
  try {
    const args = ['plan', '--base', 'HEAD', '--format', 'json', ...(accessOnly ? ['--access-only'] : [])];
    // Exit 1 is a plan with blockers (e.g. a blast radius to acknowledge): still a plan.
    const { stdout, peakRssMb, cpuS } = runCli(args, cwd, [0, 1], { BLUEPRINT_CACHE_DIR: cacheDir });
    const report = JSON.parse(stdout);
    if (!report.access) throw new Error(`bench change does not validate: ${stdout.slice(0, 500)}`);
    return { peopleChanged: report.access.people.length, blockers: report.blockers.length, peakRssMb, cpuS };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

function runCodeChange(configDir: string, benchCase: BenchCase) {
  const cwd = changeRepo(configDir, benchCase, 'code');
  const cacheDir = coldCache();
  const out = mkdtempSync(join(tmpdir(), 'org-blueprint-bench-plan-'));
  try {
    const json = execFileSync(
      process.execPath,
      ['bin/blueprint.cjs', 'plan', '--base', 'HEAD', '--format', 'json', '--out', out],
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        env: { ...process.env, BLUEPRINT_TODAY: BENCH_TODAY, BLUEPRINT_CACHE_DIR: cacheDir },
      },
    );
    const report = JSON.parse(json) as { aws: { resources: unknown[] }[]; blockers: string[] };
    const resources = report.aws.reduce((n, s) => n + s.resources.length, 0);
    if (resources === 0) throw new Error('the code change shows no AWS change');
    return { awsResourcesChanged: resources, blockers: report.blockers.length };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

export const planBaseBench: BenchStep = {
  name: 'plan --base',
  cases: ['example', 'S', 'M', 'L'],
  target: 'example ≤ ½ cdk synth; L < 60 s',
  // Each run from a cold cache of its own: the median of 3, like the synth it is compared with.
  runs: 3,
  prepare: (dir, benchCase) => void changeRepo(dir, benchCase, 'config'),
  run: (dir, benchCase) => runConfigChange(dir, benchCase, false),
};

export const planBaseCachedBench: BenchStep = {
  name: 'plan --base (base cached)',
  cases: ['example', 'L'],
  target: 'example ≤ ½ cdk synth',
  runs: 3,
  prepare: (dir, benchCase) => void baseCache(changeRepo(dir, benchCase, 'config')),
  run: (dir, benchCase) => runConfigChange(dir, benchCase, false, true),
};

export const planBaseCodeBench: BenchStep = {
  name: 'plan --base (code change)',
  cases: ['example', 'L'],
  target: 'L < 60 s',
  runs: 1,
  prepare: (dir, benchCase) => void changeRepo(dir, benchCase, 'code'),
  run: (dir, benchCase) => runCodeChange(dir, benchCase),
};

export const planAccessOnlyBench: BenchStep = {
  name: 'plan --access-only',
  cases: ['L'],
  target: 'L < 1.5 s',
  prepare: (dir, benchCase) => void changeRepo(dir, benchCase, 'config'),
  run: (dir, benchCase) => runConfigChange(dir, benchCase, true),
};
