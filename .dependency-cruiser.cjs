// The one-way layers of the blueprint, checked by test/dependency-rules.test.ts (and by
// `npx depcruise bin build lib stacks bench policy-pack test-doubles`). Each folder's rule is an
// allow-list: it may import its own folder and the layers below it (README "Layout" draws them):
//
//   bin/                                                entry points
//    ▼
//   lib/cli                                             commands
//    ▼
//   stacks/                                             composition: the CDK app, the Pulumi programs,
//    ▼                                                  the plan steps, the review's engine outputs
//   lib/github                                          the approvals check, the repository ruleset
//    ▼
//   lib/review · lib/report · lib/import                never each other
//    ▼
//   lib/aws (CDK) · lib/okta (Pulumi specs)             engines: never each other
//    ▼
//   lib/policy · lib/plan · lib/naming · lib/init ·     each imports only lib/model
//   lib/lifecycle · lib/synthetic
//    ▼
//   lib/model                                           no cloud SDK
//
// build/ (the esbuild script) imports nothing of the repository; the entry points run its
// bundles. policy-pack/ (loaded by Pulumi, with its own package.json) imports only build/.
// test/ and bench/ sit on top; the test doubles they share (test-doubles/: the fake Okta,
// clocks) stand in for services and import only lib/model and lib/lifecycle; lib/synthetic's
// orgs are for them too, not the product.
// Folders are CODEOWNERS scopes too, so a wrong arrow is also a wrong owner.

/** Import paths of the cloud engines and SDKs. */
const CLOUD_SDKS =
  'node_modules/(aws-cdk-lib|constructs|cdk-nag|@aws-cdk|@pulumi|@aws-sdk|@okta|@aws-lambda-powertools)/';
/** Everything of the repository's own code, for the allow-lists. */
const OWN_CODE = '^(bin|build|lib|stacks|bench|test|test-doubles|policy-pack)/';

// The rows of the picture, bottom up.
const BELOW_ENGINES = [
  'lib/model',
  'lib/policy',
  'lib/plan',
  'lib/naming',
  'lib/init',
  'lib/lifecycle',
  'lib/synthetic',
];
const BELOW_USERS = ['lib/aws', 'lib/okta', ...BELOW_ENGINES];
/** lib/ but lib/cli: what stacks/ may import. */
const LIB_BELOW_CLI = 'lib/(?!cli/)[^/]+';

/** A forbidden arrow. */
function rule(name, comment, from, to) {
  return { name, comment, severity: 'error', from, to };
}

/** An allow-list: the folders' code may import only these folders of the repository (and packages). */
function only(...folders) {
  return { path: OWN_CODE, pathNot: `^(${folders.join('|')})/` };
}

module.exports = {
  forbidden: [
    rule('no-circular', 'no import cycles', { path: '.' }, { circular: true }),
    rule(
      'model-is-the-bottom',
      'lib/model imports nothing else of the repository',
      { path: '^lib/model/' },
      only('lib/model'),
    ),
    rule(
      'model-no-cloud-sdk',
      'lib/model is plain data and functions: no CDK, Pulumi or cloud SDK',
      { path: '^lib/model/' },
      { path: CLOUD_SDKS },
    ),
    rule(
      'contracts-only-model',
      'shared contracts (lib/plan, lib/naming) import only lib/model, not even each other',
      { path: '^lib/(plan|naming)/' },
      only('lib/model', 'lib/$1'), // $1: the contract's own folder
    ),
    rule(
      'policy-only-model',
      'lib/policy (the guardrails) imports only lib/model',
      { path: '^lib/policy/' },
      only('lib/model', 'lib/policy'),
    ),
    rule(
      'policy-no-cloud-sdk',
      'guardrails judge the model, not the cloud',
      { path: '^lib/policy/' },
      { path: CLOUD_SDKS },
    ),
    rule(
      'lifecycle-only-model',
      'the lifecycle runtime (bundled into Lambdas) imports only lib/model',
      { path: '^lib/lifecycle/' },
      only('lib/model', 'lib/lifecycle'),
    ),
    rule(
      'init-only-model',
      'the starter config imports only lib/model',
      { path: '^lib/init/' },
      only('lib/model', 'lib/init'),
    ),
    rule(
      'synthetic-only-model',
      'the synthetic orgs (for tests and the bench) import only lib/model',
      { path: '^lib/synthetic/' },
      only('lib/model', 'lib/synthetic'),
    ),
    rule(
      'aws-engine-alone',
      'lib/aws imports only the layers below the engines: never the other engine, nor anything above',
      { path: '^lib/aws/' },
      only('lib/aws', ...BELOW_ENGINES),
    ),
    rule(
      'okta-engine-alone',
      'lib/okta imports only the layers below the engines: never the other engine, nor anything above',
      { path: '^lib/okta/' },
      only('lib/okta', ...BELOW_ENGINES),
    ),
    rule(
      'review-below-stacks',
      'lib/review imports only the engines and below: no lib/report, lib/import, lib/github, stacks/ (the composition hands it the engine outputs) or lib/cli',
      { path: '^lib/review/' },
      only('lib/review', ...BELOW_USERS),
    ),
    rule(
      'report-below-stacks',
      'lib/report imports only the engines and below: no lib/review, lib/import, lib/github, stacks/ or lib/cli',
      { path: '^lib/report/' },
      only('lib/report', ...BELOW_USERS),
    ),
    rule(
      'import-below-stacks',
      'lib/import (existing clouds read into config) imports only the engines and below (the starter files of lib/init it may): no lib/review, lib/report, lib/github, stacks/ or lib/cli; the CLI hands it what it needs',
      { path: '^lib/import/' },
      only('lib/import', ...BELOW_USERS),
    ),
    rule(
      'github-below-stacks',
      'lib/github imports lib/review (the owners of a change) and below: no stacks/ or lib/cli',
      { path: '^lib/github/' },
      only('lib/github', 'lib/review', 'lib/report', 'lib/import', ...BELOW_USERS),
    ),
    rule(
      'stacks-below-cli',
      'stacks/ (the composition) imports lib/ but lib/cli: no bin/, bench/ or test code',
      { path: '^stacks/' },
      only('stacks', LIB_BELOW_CLI),
    ),
    rule(
      'stacks-above-lib',
      'stacks/ composes lib/: nothing in lib/ but the CLI imports it',
      { path: '^lib/(?!cli/)' },
      { path: '^stacks/' },
    ),
    rule(
      'cli-below-bin',
      'lib/cli imports lib/ and stacks/: no bin/, bench/ or test code',
      { path: '^lib/cli/' },
      only('lib', 'stacks'),
    ),
    rule(
      'cli-is-the-top',
      'only bin/ (and tests, bench) import lib/cli',
      { path: '^(lib/(?!cli/)|stacks/|policy-pack/|build/)' },
      { path: '^lib/cli/' },
    ),
    rule(
      'bin-imports-the-product',
      'the entry points import lib/, stacks/ and build/ (the bundle they run): no bench/, test code or policy-pack/',
      { path: '^bin/' },
      only('bin', 'build', 'lib', 'stacks'),
    ),
    rule(
      'build-stands-alone',
      'build/ names its entry points by path and imports nothing of the repository',
      { path: '^build/' },
      only('build'),
    ),
    rule(
      'policy-pack-imports-only-build',
      'policy-pack/ is loaded by Pulumi on its own (it has its own package.json): it imports only build/, to run its bundle when fresh',
      { path: '^policy-pack/' },
      only('policy-pack', 'build'),
    ),
    rule(
      'bench-no-test',
      'bench imports no test code (test doubles it shares are in test-doubles/)',
      { path: '^bench/' },
      only('bench', 'bin', 'build', 'lib', 'stacks', 'policy-pack', 'test-doubles'),
    ),
    rule(
      'only-tests-import-tests',
      'nothing outside test/ imports test/',
      { path: '^(bin|build|lib|stacks|policy-pack|test-doubles)/' },
      { path: '^test/' },
    ),
    rule(
      'doubles-stand-in-for-services',
      'test-doubles/ (fake Okta, clocks) import only lib/model and lib/lifecycle, never the code under test above them',
      { path: '^test-doubles/' },
      only('test-doubles', 'lib/model', 'lib/lifecycle'),
    ),
    rule(
      'only-tests-and-bench-import-doubles',
      'the product never imports a test double or a synthetic org',
      { path: '^(bin|build|lib/(?!synthetic/)[^/]+|stacks|policy-pack)/' },
      { path: '^(test-doubles|lib/synthetic)/' },
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|cdk\\.out|plan|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['cjs', 'es6'],
  },
};
