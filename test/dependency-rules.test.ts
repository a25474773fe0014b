// One-way layers (model → policy → engines → composition → review → cli, see
// .dependency-cruiser.cjs): dependency-cruiser cruises the repository and every backwards,
// sideways or circular import fails this test, listed as `rule: from → to`.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

/** Each violation as `rule: from → to`, sorted; a package is named without its node_modules path. */
function violations(cwd: string, folders: readonly string[]): string[] {
  const out = execFileSync(
    process.execPath,
    [DEPCRUISE, '--config', CONFIG, '--output-type', 'json', ...folders],
    { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const found: Violation[] = JSON.parse(out).summary.violations;
  const shown = (path: string) => path.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1');
  return found.map((v) => `${v.rule.name}: ${v.from} → ${shown(v.to)}`).sort();
}

describe('dependency rules', () => {
  test('the repository has no backwards, sideways or circular import', () => {
    expect(violations(ROOT, ['bin', 'lib', 'stacks', 'bench', 'policy-pack'])).toEqual([]);
  });

  test('each rule catches its backwards arrow (a fixture tree with one per rule)', () => {
    expect(violations(join(__dirname, 'fixtures', 'dependency-rules'), ['lib', 'stacks', 'bench'])).toEqual([
      'aws-engine-alone: lib/aws/construct.ts → stacks/app.ts',
      'bench-no-test: bench/step.bench.ts → test/fake.ts',
      'cli-is-the-top: lib/review/diff.ts → lib/cli/io.ts',
      'lifecycle-only-model: lib/lifecycle/step.ts → lib/review/diff.ts',
      'model-is-the-bottom: lib/model/pure.ts → lib/policy/rule.ts',
      'model-no-cloud-sdk: lib/model/pure.ts → aws-cdk-lib',
      'no-circular: lib/model/cycle-a.ts → lib/model/cycle-b.ts',
      'okta-engine-alone: lib/okta/spec.ts → lib/aws/construct.ts',
      'policy-only-model: lib/policy/rule.ts → lib/okta/spec.ts',
      'review-below-cli: lib/review/diff.ts → lib/cli/io.ts',
      'stacks-above-lib: lib/aws/construct.ts → stacks/app.ts',
    ]);
  });
});
