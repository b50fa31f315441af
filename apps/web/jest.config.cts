// Unit tests of the SPA's pure logic and hooks, in jsdom: no build, no server, seconds for the lot.
// Journeys stay in the browser tests (apps/web-e2e). Type checking of the specs is `npm run typecheck`.
const preset = require('../../jest.preset.cjs')(__dirname, {
  displayName: 'web',
  testEnvironment: '<rootDir>/jest.environment.cjs',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
});
// Components import their own stylesheets (Vite bundles them); Jest needs only that they resolve.
preset.moduleNameMapper = { ...preset.moduleNameMapper, '\\.css$': '<rootDir>/jest.style-stub.cjs' };
module.exports = preset;
