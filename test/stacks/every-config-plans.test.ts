// Every valid config plans: the shapes of config that leave a stack little or nothing to hold
// (every detection service off; IT's access only, as an import of an Identity Center without
// privileged sets writes; a privileged set nobody is granted) synthesize with every stack
// holding at least one resource, so CloudFormation's "Resources must be non-empty" (F0001)
// cannot fail them. `blueprint plan` on the smallest config, with validation, is in
// smallest-org.test.ts; these synthesize without it (what F0001 checks is asserted directly).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOrg } from '../../lib/policy/check-org';
import { synthApp } from '../aws/support/synth-app';
import { FIXTURES, TODAY } from '../support/config-case';

/** smallest-org with the case's files (test/fixtures/every-config-plans/<name>) over it. */
function smallestWith(name: string) {
  const dir = join(mkdtempSync(join(tmpdir(), `blueprint-${name}-`)), 'config');
  cpSync(join(FIXTURES, 'smallest-org'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'every-config-plans', name), dir, { recursive: true });
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
