// Every valid config plans: the shapes of config that leave a stack little or nothing to hold
// (every detection service off; IT's access only, as an import of an Identity Center without
// privileged sets writes; a privileged set nobody is granted; an Okta elevation and no
// permission set, whose expiry still needs the access stack) synthesize with every stack
// holding at least one resource, so CloudFormation's "Resources must be non-empty" (F0001)
// cannot fail them. `blueprint plan` on the smallest config, with validation, is in
// smallest-org.test.ts; these synthesize without it (what F0001 checks is asserted directly).
// A config whose size passes a limit a construct enforces plans to that one line, not a trace.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPlan } from '../../lib/cli/commands/plan';
import { checkOrg } from '../../lib/policy/check-org';
import { cdkPlanStep } from '../../stacks/cdk-plan-step';
import { synthApp } from '../aws/support/synth-app';
import { captureIo, FIXTURES, TODAY } from '../support/config-case';

/** smallest-org with the case's files (test/fixtures/every-config-plans/<name>) over it, in `<cwd>/config`. */
function caseFolder(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), `blueprint-${name}-`)), 'config');
  cpSync(join(FIXTURES, 'smallest-org'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'every-config-plans', name), dir, { recursive: true });
  return dir;
}

function smallestWith(name: string) {
  const dir = caseFolder(name);
  const checked = checkOrg(dir, { today: TODAY });
  if (!checked.ok || !checked.model) throw new Error(`fixture ${name} is invalid`);
  return checked.model;
}

/** Each synthesized stack's name and how many resources its template holds. */
function resourceCounts(name: string): [string, number][] {
  const { assembly } = synthApp(smallestWith(name));
  return assembly.stacks
    .map((s): [string, number] => [s.stackName, Object.keys(s.template.Resources ?? {}).length])
    .sort(([a], [b]) => a.localeCompare(b));
}

const SECURITY_BASE = [
  'smallco-security-deploy-roles',
  'smallco-security-detection-us-east-1',
  'smallco-security-log-archive',
  'smallco-security-org-trail',
  'smallco-security-organization',
];

describe.each([
  ['nothing-enabled', ['smallco-it', ...SECURITY_BASE]],
  ['it-access-only', ['smallco-it', ...SECURITY_BASE]],
  [
    'privileged-set-without-grants',
    ['smallco-it', 'smallco-security-access', ...SECURITY_BASE].sort((a, b) => a.localeCompare(b)),
  ],
  [
    'okta-elevation-only',
    ['smallco-it', 'smallco-security-access', ...SECURITY_BASE].sort((a, b) => a.localeCompare(b)),
  ],
])('a valid config, %s', (name, stacks) => {
  let counts: [string, number][];
  beforeAll(() => {
    counts = resourceCounts(name);
  });

  test('synthesizes exactly the stacks that have something to hold', () => {
    expect(counts.map(([stack]) => stack)).toEqual(stacks);
  });

  test('every stack holds at least one resource', () => {
    expect(counts.filter(([, n]) => n === 0)).toEqual([]);
  });
});

describe('a valid config a construct refuses (an AWS limit its size passes)', () => {
  test('plans to one clear line, exit 1, no stack trace', async () => {
    const dir = caseFolder('sixteen-plus-privileged-sets');
    const io = captureIo(join(dir, '..'));
    expect(await runPlan({ config: 'config', out: 'plan' }, io, [cdkPlanStep])).toBe(1);
    expect(io.stdout()).toContain(
      '\n✗ AWS (CDK) stacks: 1 finding; the org cannot be deployed as planned:\n' +
        '  SCP limit-everyday-access is 5189 characters, over the 5120 Organizations allows\n',
    );
  });
});
