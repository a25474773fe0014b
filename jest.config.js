// The tests run under jest-light-runner: each worker is a plain Node process that loads a module
// once and keeps it for every test file it runs, where jest's own runner loads aws-cdk-lib, the
// Pulumi SDK and the fake Okta's contract again in a fresh sandbox for each file (most of the
// suite's time). What that gives up, and how the suite copes:
// - no module mocks (jest.mock) and no sandbox per file: tests share nothing by module state
//   (fixtures are built per test or per file; environment variables are set where they are read);
// - no time limit in the runner: test/support/light-runner/timeouts.mjs gives tests and hooks
//   jest's (`testTimeout` below, jest.setTimeout, a test's own timeout argument).
// TypeScript is compiled on load by tsx; type checking is the separate `tsc --noEmit` step of
// `npm test`.
/** @type {import('jest').Config} */
module.exports = {
  runner: ['jest-light-runner', { runtime: 'child_process' }],
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['<rootDir>/test/support/light-runner/typescript.mjs'],
  setupFilesAfterEnv: ['<rootDir>/test/support/light-runner/timeouts.mjs'],
  maxWorkers: 2,
  // A test that drives the fake Okta makes dozens of HTTP calls, and the first one compiles the
  // contract's validators: 5 s (jest's default) is too tight on a loaded 2-core machine.
  testTimeout: 30_000,
};
