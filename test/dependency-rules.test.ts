// One-way layers (see .dependency-cruiser.cjs and README "Layout"): dependency-cruiser cruises
// the repository and every backwards, sideways or circular import fails this test, listed as
// `rule: from → to`. A fixture tree with one backwards arrow per rule shows each rule bites.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const FIXTURE = join(__dirname, 'fixtures', 'dependency-rules');

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: string;
}

/** Each tree's violations as `rule: from → to`, sorted; a package is named without its node_modules path. */
function violations(trees: readonly { cwd: string; folders: readonly string[] }[]): string[][] {
  const out = execFileSync(
    process.execPath,
    [join(__dirname, 'support', 'cruise-layers.mjs'), JSON.stringify(trees)],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const shown = (path: string) => path.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1');
  return (JSON.parse(out) as Violation[][]).map((found) =>
    found.map((v) => `${v.rule}: ${v.from} → ${shown(v.to)}`).sort(),
  );
}

describe('dependency rules', () => {
  const [repository, fixture] = violations([
    { cwd: ROOT, folders: ['bin', 'lib', 'stacks', 'bench', 'policy-pack', 'test-doubles'] },
    { cwd: FIXTURE, folders: ['lib', 'stacks', 'bench', 'test-doubles'] },
  ]);

  test('the repository has no backwards, sideways or circular import', () => {
    expect(repository).toEqual([]);
  });

  test('each rule catches its backwards arrow (a fixture tree with one per rule)', () => {
    expect(fixture).toEqual([
      'aws-engine-alone: lib/aws/construct.ts → stacks/app.ts',
      'bench-no-test: bench/step.bench.ts → test/fake.ts',
      'cli-is-the-top: lib/review/diff.ts → lib/cli/io.ts',
      'doubles-stand-in-for-services: test-doubles/fake-service.ts → lib/review/diff.ts',
      'lifecycle-only-model: lib/lifecycle/step.ts → lib/review/diff.ts',
      'model-is-the-bottom: lib/model/pure.ts → lib/policy/rule.ts',
      'model-no-cloud-sdk: lib/model/pure.ts → aws-cdk-lib',
      'no-circular: lib/model/cycle-a.ts → lib/model/cycle-b.ts',
      'okta-engine-alone: lib/okta/spec.ts → lib/aws/construct.ts',
      'only-tests-and-bench-import-doubles: stacks/app.ts → test-doubles/fake-service.ts',
      'policy-only-model: lib/policy/rule.ts → lib/okta/spec.ts',
      'review-below-cli: lib/review/diff.ts → lib/cli/io.ts',
      'stacks-above-lib: lib/aws/construct.ts → stacks/app.ts',
    ]);
  });
});
