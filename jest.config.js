// Transpile-only (swc): type checking is a separate `tsc --noEmit` step in `npm test`.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
    // ESM-only packages used by tests (marked) are compiled to CommonJS too.
    '^.+\\.m?js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!marked/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  maxWorkers: 2,
  // A test that drives the fake Okta makes dozens of HTTP calls, and the first one compiles the
  // contract's validators: 5 s (jest's default) is too tight on a loaded 2-core machine, and a
  // test timed out keeps running into the next one's fake org.
  testTimeout: 30_000,
};
