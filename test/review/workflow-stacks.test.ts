// The workflows preview, deploy and check drift on every Okta stack the config makes: `it`,
// its `it-people-<n>` shards for a large org, and `security`. Each Okta loop reads its list
// from bin/okta-stacks.ts; run as the shell would (the command replaced by its output), the
// lists must be the Pulumi program's own stack names, for the example org and the L org.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { oktaStackNames } from '../../bin/okta-stacks';
import { oktaDesiredState } from '../../lib/okta/desired-state';
import { checkOrg } from '../../lib/policy/check-org';
import { generateOrg, writeOrg } from '../../lib/synthetic/generate-org';

const TODAY = '2026-11-23';
const ROOT = resolve(__dirname, '..', '..');
type Step = { name?: string; run?: string };
type Workflow = { jobs: Record<string, { steps: Step[] }> };
const steps = (name: string, job: string): Step[] =>
  (load(readFileSync(join(ROOT, '.github', 'workflows', `${name}.yml`), 'utf8')) as Workflow).jobs[job].steps;

/** The stacks a `for stack in …` loop of a step visits, each `$(npx tsx bin/okta-stacks.ts <side>)` expanded. */
function loopStacks(run: string, names: (side: 'it' | 'security') => string[]): string[] {
  const loop = /for stack in ([^;]+); do/.exec(run);
  if (!loop) throw new Error(`no stack loop in ${run}`);
  return loop[1]
    .replace(/\$\(npx tsx bin\/okta-stacks\.ts (it|security)\)/g, (_, side) => names(side).join(' '))
    .split(/\s+/)
    .filter(Boolean);
}

const oktaStep = (name: string, job: string, title: RegExp) =>
  steps(name, job).find((s) => title.test(s.name ?? ''))!;

let large: string;
beforeAll(() => {
  large = mkdtempSync(join(tmpdir(), 'workflow-stacks-'));
  writeOrg(large, generateOrg({ size: 'L', today: TODAY }));
}, 30_000);
afterAll(() => rmSync(large, { recursive: true, force: true }));

describe.each([
  ['the example org', () => join(ROOT, 'config')],
  ['the L org (10,000 people: seven shards)', () => large],
])('Okta stacks in CI, %s', (_, dirOf) => {
  let all: string[];
  // Each listing loads the org (the L org: 10,000 people), so each side is listed once.
  const listed = new Map<string, string[]>();
  const names = (side: 'it' | 'security') => {
    if (!listed.has(side)) listed.set(side, oktaStackNames(dirOf(), side, TODAY));
    return listed.get(side)!;
  };
  beforeAll(() => {
    all = oktaDesiredState(checkOrg(dirOf(), { today: TODAY }).model!).map((s) => s.stack);
  }, 30_000);

  test('bin/okta-stacks.ts lists the program’s stacks, a side at a time, it before its shards', () => {
    expect([...names('it'), ...names('security')]).toEqual(all);
    expect(names('it')[0]).toBe('it');
    expect(names('security')).toEqual(['security']);
  });

  test('deploy: IT’s job deploys every IT stack, Security’s job the security stack', () => {
    const it = oktaStep('deploy', 'it', /Okta/);
    expect(loopStacks(it.run!, names)).toEqual(names('it'));
    expect(it.run).toContain('pulumi up --stack "$stack" --policy-pack policy-pack --yes --non-interactive');
    const security = oktaStep('deploy', 'security', /Okta/);
    expect(security.run).toBe('pulumi up --stack security --policy-pack policy-pack --yes --non-interactive');
  });

  test('pr: previews every stack with the policy pack', () => {
    const preview = oktaStep('pr', 'preview', /pulumi preview/);
    expect(loopStacks(preview.run!, names)).toEqual(all);
    expect(preview.run).toContain(
      'pulumi preview --stack "$stack" --policy-pack policy-pack --non-interactive',
    );
  });

  test('drift: checks every stack', () => {
    const drift = oktaStep('drift', 'drift', /Okta drift/);
    expect(loopStacks(drift.run!, names)).toEqual(all);
  });
});

test('shards get the it stack’s settings wherever they are used', () => {
  for (const run of [
    oktaStep('deploy', 'it', /Okta/).run!,
    oktaStep('pr', 'preview', /pulumi preview/).run!,
    oktaStep('drift', 'drift', /Okta drift/).run!,
  ])
    expect(run).toContain('pulumi config cp --stack it --dest "$stack"');
});
