// Browser tests: the built platform started exactly as `npm start` starts it (embedded PostgreSQL
// and Meilisearch, seeded), driven by Debian's Chromium through playwright-core.
module.exports = require('../../jest.preset.cjs')(__dirname, {
  displayName: 'web-e2e',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  maxWorkers: 1,
  // A whole flow with several axe checks: on a loaded 2-core machine (load average 10 and more) one
  // axe check of a long form took 27 s and the need wizard's test 61 s, with no step stuck.
  testTimeout: 120_000,
  // A test that leaves a handle open must not hang CI: fail or pass, the run ends.
  forceExit: true,
});
