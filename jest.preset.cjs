// Shared Jest settings: ts-jest compiles TypeScript (with decorator metadata, which Nest needs);
// the ESM-only packages (meilisearch, content-disposition) are transformed too, since Jest's CommonJS runtime cannot require ESM.
const path = require('node:path');

module.exports = (projectDir, overrides = {}) => ({
  rootDir: projectDir,
  testEnvironment: 'node',
  transform: {
    '^.+\\.[cm]?[tj]sx?$': ['ts-jest', { tsconfig: path.join(projectDir, 'tsconfig.spec.json') }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|content-disposition)/)'],
  moduleNameMapper: {
    '^@galaxy/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    '^@galaxy/contracts/reference$': path.join(__dirname, 'libs/contracts/src/reference/index.ts'),
    '^@galaxy/language$': path.join(__dirname, 'libs/language/src/index.ts'),
    '^@galaxy/seed$': path.join(__dirname, 'libs/seed/src/index.ts'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  ...overrides,
});
