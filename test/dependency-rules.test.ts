// One-way layers (see .dependency-cruiser.cjs and README "Layout"): dependency-cruiser cruises
// the repository and every backwards, sideways or circular import fails this test, listed as
// `rule: from → to`. A fixture tree breaks every rule with a backwards arrow of its own, so each
// rule is shown to bite (a rule no fixture arrow breaks fails the test), and every folder of
// code must be in a layer whose rule is an allow-list, so a new folder cannot slip between them.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const FIXTURE = join(__dirname, 'fixtures', 'dependency-rules');

interface Rule {
  readonly name: string;
  readonly from: { readonly path?: string };
  readonly to: { readonly path?: string; readonly pathNot?: string; readonly circular?: boolean };
}
const RULES: readonly Rule[] = require('../.dependency-cruiser.cjs').forbidden;

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

const CODE = /\.(ts|js|cjs|mjs)$/;
const NOT_CODE = new Set(['node_modules', 'dist', 'cdk.out', 'plan', 'coverage', 'test']);

function holdsCode(dir: string): boolean {
  return readdirSync(dir, { withFileTypes: true }).some((e) =>
    e.isDirectory() ? e.name !== 'node_modules' && holdsCode(join(dir, e.name)) : CODE.test(e.name),
  );
}

/** A tree's top-level folders of code, but test/ (which may import anything) and build output. */
function codeFolders(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !NOT_CODE.has(e.name))
    .map((e) => e.name)
    .filter((name) => holdsCode(join(root, name)))
    .sort();
}

/** The layers: each folder of lib/, and every other top-level folder of code. */
const LAYERS = codeFolders(ROOT).flatMap((f) =>
  f === 'lib'
    ? readdirSync(join(ROOT, 'lib'), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => `lib/${e.name}`)
    : [f],
);

describe('dependency rules', () => {
  const [repository, fixture] = violations([
    { cwd: ROOT, folders: codeFolders(ROOT) },
    { cwd: FIXTURE, folders: codeFolders(FIXTURE) },
  ]);

  test('the repository has no backwards, sideways or circular import', () => {
    expect(repository).toEqual([]);
  });

  test('the fixture tree breaks each rule with its backwards arrows', () => {
    expect(fixture).toEqual([
      'aws-engine-alone: lib/aws/construct.ts → stacks/app.ts',
      'aws-engine-alone: lib/aws/importer.ts → lib/import/read.ts',
      'bench-no-test: bench/step.bench.ts → test/fake.ts',
      'bin-imports-the-product: bin/blueprint.ts → bench/figures.ts',
      'build-stands-alone: build/bundle.cjs → lib/plan/plan-step.ts',
      'cli-below-bin: lib/cli/main.ts → bin/blueprint.ts',
      'cli-is-the-top: lib/review/diff.ts → lib/cli/io.ts',
      'contracts-only-model: lib/naming/event-source.ts → lib/plan/plan-step.ts',
      'contracts-only-model: lib/plan/plan-step.ts → lib/review/diff.ts',
      'doubles-stand-in-for-services: test-doubles/clock.ts → test/fake.ts',
      'doubles-stand-in-for-services: test-doubles/fake-service.ts → lib/review/diff.ts',
      'github-below-stacks: lib/github/client.ts → stacks/app.ts',
      'import-below-stacks: lib/import/read.ts → lib/report/table.ts',
      'init-only-model: lib/init/starter.ts → lib/okta/spec.ts',
      'lifecycle-only-model: lib/lifecycle/step.ts → lib/review/diff.ts',
      'model-is-the-bottom: lib/model/pure.ts → lib/policy/rule.ts',
      'model-no-cloud-sdk: lib/model/pure.ts → aws-cdk-lib',
      'no-circular: lib/model/cycle-a.ts → lib/model/cycle-b.ts',
      'okta-engine-alone: lib/okta/spec.ts → lib/aws/construct.ts',
      'only-tests-and-bench-import-doubles: stacks/app.ts → test-doubles/fake-service.ts',
      'only-tests-import-tests: test-doubles/clock.ts → test/fake.ts',
      'policy-no-cloud-sdk: lib/policy/cloud.ts → constructs',
      'policy-only-model: lib/policy/rule.ts → lib/okta/spec.ts',
      'policy-pack-imports-only-build: policy-pack/pack.ts → lib/policy/rule.ts',
      'report-below-stacks: lib/report/access.ts → lib/review/diff.ts',
      'review-below-stacks: lib/review/approvers.ts → lib/github/client.ts',
      'review-below-stacks: lib/review/diff.ts → lib/cli/io.ts',
      'stacks-above-lib: lib/aws/construct.ts → stacks/app.ts',
      'stacks-above-lib: lib/github/client.ts → stacks/app.ts',
      'stacks-below-cli: stacks/app.ts → test-doubles/fake-service.ts',
      'stacks-below-cli: stacks/steps.ts → bench/figures.ts',
      'synthetic-only-model: lib/synthetic/org.ts → lib/policy/rule.ts',
    ]);
  });

  test('every rule of .dependency-cruiser.cjs is broken by a fixture arrow', () => {
    const broken = new Set(fixture.map((v) => v.slice(0, v.indexOf(':'))));
    expect(RULES.map((r) => r.name).filter((name) => !broken.has(name))).toEqual([]);
  });

  test('every folder of code is in a layer with an allow-list rule', () => {
    const allowLists = RULES.filter((r) => r.to.pathNot !== undefined);
    const ruleless = LAYERS.filter(
      (layer) => !allowLists.some((r) => new RegExp(r.from.path ?? '$^').test(`${layer}/x.ts`)),
    );
    expect(ruleless).toEqual([]);
    // An allow-list sees every folder: one the rules' "own code" omits could be imported from anywhere.
    const unseen = allowLists.flatMap((r) =>
      LAYERS.filter((layer) => !new RegExp(r.to.path ?? '$^').test(`${layer}/x.ts`)).map(
        (l) => `${r.name}: ${l}`,
      ),
    );
    expect(unseen).toEqual([]);
  });
});
