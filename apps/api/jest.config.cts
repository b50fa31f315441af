// Unit tests (src/**/*.spec.ts) and integration tests (test/**/*.e2e-spec.ts) in one run. The
// global setup starts a throw-away PostgreSQL and Meilisearch; test files run one at a time since
// they share them.
module.exports = require('../../jest.preset.cjs')(__dirname, {
  displayName: 'api',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60_000,
  // A test that leaves a handle open must not hang CI: fail or pass, the run ends.
  forceExit: true,
});
