// Unit tests of the SPA's pure logic and hooks, in jsdom: no build, no server, seconds for the lot.
// Journeys stay in the browser tests (apps/web-e2e). Type checking of the specs is `npm run typecheck`.
module.exports = require('../../jest.preset.cjs')(__dirname, {
  displayName: 'web',
  testEnvironment: '<rootDir>/jest.environment.cjs',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
});
