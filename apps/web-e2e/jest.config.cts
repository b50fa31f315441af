// Browser tests: the built platform started exactly as `npm start` starts it (embedded PostgreSQL
// and Meilisearch, seeded), driven by Debian's Chromium through playwright-core.
module.exports = require('../../jest.preset.cjs')(__dirname, {
  displayName: 'web-e2e',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60_000,
  // A test that leaves a handle open must not hang CI: fail or pass, the run ends.
  forceExit: true,
});
