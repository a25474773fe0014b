// The one-way layers of the blueprint, checked by test/dependency-rules.test.ts (and by
// `npx depcruise bin lib stacks bench policy-pack test-doubles`). A layer may import any layer below it:
//
//   bin/
//    ▼
//   lib/cli                                                        commands
//    ▼
//   stacks/ (composition) · lib/review · lib/report · lib/import   none of the three imports stacks/
//    ▼
//   lib/aws (CDK) · lib/okta (Pulumi specs)                        engines: never each other
//    ▼
//   lib/policy · lib/plan · lib/naming · lib/init · lib/lifecycle  each imports only lib/model
//    ▼
//   lib/model                                                      no cloud SDK
//
// test/ and bench/ sit on top; the test doubles they share (test-doubles/: the fake Okta,
// clocks) stand in for services and import only lib/model and lib/lifecycle.
// Folders are CODEOWNERS scopes too, so a wrong arrow is also a wrong owner.

/** Import paths of the cloud engines and SDKs. */
const CLOUD_SDKS =
  'node_modules/(aws-cdk-lib|constructs|cdk-nag|@aws-cdk|@pulumi|@aws-sdk|@okta|@aws-lambda-powertools)/';
/** Everything of the repository's own code, for "imports only ..." rules. */
const OWN_CODE = '^(bin|lib|stacks|bench|test|test-doubles|policy-pack)/';

/** A forbidden arrow. */
function rule(name, comment, from, to) {
  return { name, comment, severity: 'error', from, to };
}

module.exports = {
  forbidden: [
    rule('no-circular', 'no import cycles', { path: '.' }, { circular: true }),
    rule(
      'model-is-the-bottom',
      'lib/model imports nothing else of the repository',
      { path: '^lib/model/' },
      {
        path: OWN_CODE,
        pathNot: '^lib/model/',
      },
    ),
    rule(
      'model-no-cloud-sdk',
      'lib/model is plain data and functions: no CDK, Pulumi or cloud SDK',
      {
        path: '^lib/model/',
      },
      { path: CLOUD_SDKS },
    ),
    rule(
      'contracts-only-model',
      'shared contracts (lib/plan, lib/naming) import only lib/model',
      {
        path: '^lib/(plan|naming)/',
      },
      { path: OWN_CODE, pathNot: '^lib/(model|plan|naming)/' },
    ),
    rule(
      'policy-only-model',
      'lib/policy (the guardrails) imports only lib/model',
      { path: '^lib/policy/' },
      {
        path: OWN_CODE,
        pathNot: '^lib/(model|policy)/',
      },
    ),
    rule(
      'policy-no-cloud-sdk',
      'guardrails judge the model, not the cloud',
      { path: '^lib/policy/' },
      {
        path: CLOUD_SDKS,
      },
    ),
    rule(
      'aws-engine-alone',
      'lib/aws never imports the other engine, the review, the CLI or the composition',
      {
        path: '^lib/aws/',
      },
      { path: '^(lib/(okta|review|cli|report|init)/|stacks/|bin/|bench/|test/)' },
    ),
    rule(
      'okta-engine-alone',
      'lib/okta never imports the other engine, the review, the CLI or the composition',
      {
        path: '^lib/okta/',
      },
      { path: '^(lib/(aws|review|cli|report|init)/|stacks/|bin/|bench/|test/)' },
    ),
    rule(
      'review-below-cli',
      'lib/review imports no stacks/ (composition) and no lib/cli',
      { path: '^lib/review/' },
      {
        path: '^(lib/cli/|stacks/|bin/|bench/|test/)',
      },
    ),
    rule(
      'lifecycle-only-model',
      'the lifecycle runtime (bundled into Lambdas) imports only lib/model',
      {
        path: '^lib/lifecycle/',
      },
      { path: OWN_CODE, pathNot: '^lib/(model|lifecycle)/' },
    ),
    rule(
      'init-only-model',
      'the starter config imports only lib/model',
      { path: '^lib/init/' },
      {
        path: OWN_CODE,
        pathNot: '^lib/(model|init)/',
      },
    ),
    rule(
      'cli-is-the-top',
      'only bin/ (and tests, bench) import lib/cli',
      { path: '^(lib/(?!cli/)|stacks/|policy-pack/)' },
      {
        path: '^lib/cli/',
      },
    ),
    rule(
      'stacks-above-lib',
      'stacks/ composes lib/: nothing in lib/ but the CLI imports it',
      {
        path: '^lib/(?!cli/)',
      },
      { path: '^stacks/' },
    ),
    rule(
      'import-below-cli',
      'lib/import (existing clouds read into config) imports no CLI, composition, review or report (the starter files of lib/init, below it, it may): the CLI hands it what it needs',
      { path: '^lib/import/' },
      { path: '^(lib/(cli|review|report)/|stacks/|bin/|bench/|test/)' },
    ),
    rule(
      'bench-no-test',
      'bench imports no test code (test doubles it shares are in test-doubles/)',
      { path: '^bench/' },
      { path: '^test/' },
    ),
    rule(
      'only-tests-import-tests',
      'nothing outside test/ imports test/',
      { path: '^(bin|lib|stacks|policy-pack|test-doubles)/' },
      {
        path: '^test/',
      },
    ),
    rule(
      'doubles-stand-in-for-services',
      'test-doubles/ (fake Okta, clocks) import only lib/model and lib/lifecycle, never the code under test above them',
      { path: '^test-doubles/' },
      { path: OWN_CODE, pathNot: '^(lib/(model|lifecycle)|test-doubles)/' },
    ),
    rule(
      'only-tests-and-bench-import-doubles',
      'the product never imports a test double',
      { path: '^(bin|lib|stacks|policy-pack)/' },
      { path: '^test-doubles/' },
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
