// The workflows preview, deploy and check drift on every Okta stack the config makes: `it`,
// its `it-people-<n>` shards for a large org, and `security`. Each Okta loop reads its list
// from `$(npx blueprint okta-stacks <side>)`; run as the shell would (each command run, as
// written, in the working directory, and replaced by its output), the lists must be the Pulumi
// program's own stack names, for the example org and the L org.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { main } from '../../lib/cli/main';
import { oktaDesiredState } from '../../lib/okta/desired-state';
import { checkOrg } from '../../lib/policy/check-org';
import { generateOrg, writeOrg } from '../../lib/synthetic/generate-org';
import { captureIo } from '../support/config-case';

const TODAY = '2026-11-23';
const ROOT = resolve(__dirname, '..', '..');
type Step = { name?: string; run?: string };
type Workflow = { jobs: Record<string, { steps: Step[] }> };
const steps = (name: string, job: string): Step[] =>
  (load(readFileSync(join(ROOT, '.github', 'workflows', `${name}.yml`), 'utf8')) as Workflow).jobs[job].steps;

const SUBSTITUTION = /\$\(npx blueprint ([^)]*)\)/g;

/** The `blueprint` command lines a step's `$(npx blueprint …)` substitutions run. */
const substitutions = (run: string): string[] => [...run.matchAll(SUBSTITUTION)].map((m) => m[1]);

/**
 * `<name>=$(npx blueprint …) || exit 1`: a listing captured first, its failure failing the
 * step; or, in drift, `|| listed=0`, a failure reported as drift (see below).
 */
const LISTING = /^\s*([a-z_]+)=\$\(npx blueprint ([^)]*)\) \|\| (?:exit 1|listed=0)$/gm;

/** The stacks a `for stack in …` loop of a step visits, each `$<listing>` replaced by its command's output. */
function loopStacks(run: string, output: (command: string) => string): string[] {
  const loop = /for stack in ([^;]+); do/.exec(run);
  if (!loop) throw new Error(`no stack loop in ${run}`);
  const listings = new Map([...run.matchAll(LISTING)].map((m) => [m[1]!, m[2]!]));
  return loop[1]!
    .replace(/\$([a-z_]+)/g, (_, name: string) => {
      const command = listings.get(name);
      if (!command) throw new Error(`$${name} is not a listing captured with || exit 1 in ${run}`);
      return output(command);
    })
    .split(/\s+/)
    .filter(Boolean);
}

/** Names as a command prints them: one per line. */
const lines = (names: readonly string[]) => names.map((n) => `${n}\n`).join('');

const oktaStep = (name: string, job: string, title: RegExp) =>
  steps(name, job).find((s) => title.test(s.name ?? ''))!;

const OKTA_STEPS = [
  ['deploy', 'it', /Okta/],
  ['pr', 'preview', /pulumi preview/],
  ['drift', 'drift', /Okta drift/],
] as const;

/** The working directory of the L org, its config in config/ as in the repository. */
let large: string;
beforeAll(() => {
  large = mkdtempSync(join(tmpdir(), 'workflow-stacks-'));
  writeOrg(join(large, 'config'), generateOrg({ size: 'L', today: TODAY }));
}, 30_000);
afterAll(() => rmSync(large, { recursive: true, force: true }));

describe.each([
  ['the example org', () => ROOT],
  ['the L org (10,000 people: seven shards)', () => large],
])('Okta stacks in CI, %s', (_, cwdOf) => {
  /** The program's stacks, in its order, and a side's. */
  let all: string[];
  let program: (side: 'it' | 'security') => string[];
  /** The output of each `blueprint` command the steps substitute, run once each (the L org: 10,000 people). */
  const outputs = new Map<string, string>();
  const output = (command: string) => outputs.get(command)!;
  beforeAll(async () => {
    const specs = oktaDesiredState(checkOrg(join(cwdOf(), 'config'), { today: TODAY }).model!);
    all = specs.map((s) => s.stack);
    program = (side) => specs.filter((s) => s.side === side).map((s) => s.stack);
    for (const [name, job, title] of OKTA_STEPS)
      for (const command of substitutions(oktaStep(name, job, title).run!)) {
        if (outputs.has(command)) continue;
        const io = captureIo(cwdOf());
        expect({ command, code: await main(command.split(' '), io), stderr: io.stderr() }).toEqual({
          command,
          code: 0,
          stderr: '',
        });
        outputs.set(command, io.stdout());
      }
  }, 60_000);

  test('the steps run `blueprint okta-stacks it` and `… security`, which list the program’s stacks, it before its shards', () => {
    expect([...outputs.keys()].sort()).toEqual(['okta-stacks it', 'okta-stacks security']);
    expect(output('okta-stacks it')).toBe(lines(program('it')));
    expect(output('okta-stacks security')).toBe('security\n');
    expect(program('it')[0]).toBe('it');
  });

  test('deploy: IT’s job deploys every IT stack, Security’s job the security stack', () => {
    const it = oktaStep('deploy', 'it', /Okta/);
    expect(loopStacks(it.run!, output)).toEqual(program('it'));
    expect(it.run).toContain('pulumi up --stack "$stack" --policy-pack policy-pack --yes --non-interactive');
    const security = oktaStep('deploy', 'security', /Okta/);
    expect(security.run).toBe('pulumi up --stack security --policy-pack policy-pack --yes --non-interactive');
  });

  test('pr: previews every stack with the policy pack', () => {
    const preview = oktaStep('pr', 'preview', /pulumi preview/);
    expect(loopStacks(preview.run!, output)).toEqual(all);
    expect(preview.run).toContain(
      'pulumi preview --stack "$stack" --policy-pack policy-pack --non-interactive',
    );
  });

  test('drift: checks every stack; a listing that fails or is empty is reported as drift, and AWS is still checked', () => {
    const drift = oktaStep('drift', 'drift', /Okta drift/);
    expect(loopStacks(drift.run!, output)).toEqual(all);
    expect(drift.run).toContain(
      'if [ "$listed" = 0 ] || [ -z "$it_stacks" ] || [ -z "$security_stacks" ]; then\n  status=1\n',
    );
    expect(drift.run).not.toContain('exit 1');
  });
});

test('every listing is captured before its loop, so a failed `okta-stacks` fails the step (a loop over $(…) ignores it)', () => {
  for (const [name, job, title] of OKTA_STEPS) {
    const run = oktaStep(name, job, title).run!;
    expect([name, /for stack in [^;]*\$\(/.test(run)]).toEqual([name, false]);
    expect([name, [...run.matchAll(LISTING)].length]).toEqual([name, substitutions(run).length]);
  }
});

test('shards get the it stack’s settings wherever they are used', () => {
  for (const [name, job, title] of OKTA_STEPS)
    expect(oktaStep(name, job, title).run).toContain('pulumi config cp --stack it --dest "$stack"');
});
