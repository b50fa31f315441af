import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

/** Which API modules each module may import: a layering, so no cycle can form between them. */
const API_MODULE_DEPENDENCIES = {
  mail: [],
  search: [],
  reference: [],
  operations: ['search'],
  health: ['search'],
  accounts: ['mail'],
  organizations: ['accounts', 'mail', 'search'],
  solutions: ['organizations', 'search'],
  curation: ['accounts', 'mail', 'organizations', 'solutions', 'search'],
  iati: ['curation', 'organizations', 'solutions', 'search'],
  exports: ['iati', 'solutions'],
  stats: ['solutions'],
  matchmaking: ['accounts', 'curation', 'mail', 'organizations', 'solutions', 'search'],
};

/** A micromatch pattern matching any name but these. */
const notOneOf = (names) => (names.length === 0 ? '*' : names.length === 1 ? `!${names[0]}` : `!{${names.join(',')}}`);

export default tseslint.config(
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.galaxy',
      '**/coverage',
      '**/*.cts',
      '**/*.cjs',
      '**/webpack.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      // Projects may only depend on what their tags allow: apps on contracts and the language
      // library (the API also on the demo data), the demo data on contracts, contracts and the
      // language library on nothing.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:data', 'type:language'] },
            { sourceTag: 'type:language', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared', 'scope:api'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['libs/contracts/**/*.ts'],
    rules: {
      // Contracts are shared by server and browser: no framework imports.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'react', 'react-*', 'typeorm', 'fastify', 'meilisearch'],
              message: 'contracts import only zod',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/language/**/*.ts'],
    rules: {
      // Text normalization, glossary and SDG concept vectors: pure functions over data in the
      // library, usable by the API, its tools and the browser alike.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@nestjs/*',
                'react',
                'react-*',
                'typeorm',
                'pg',
                'fastify',
                'meilisearch',
                'node:*',
                'fs',
                'path',
              ],
              message: 'the language library is pure: no framework, no I/O',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/seed/**/*.ts'],
    rules: {
      // Demo data and its generator: plain values built from the contracts, no framework, no database.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'react', 'react-*', 'typeorm', 'pg', 'fastify', 'meilisearch'],
              message: 'the seed data imports only the contracts',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },

  // The API's feature modules (apps/api/src/modules/*): each is imported by others only through its
  // index.ts, and only along the arrows below, which form no cycle (a module lists what it uses).
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/**/*.spec.ts'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'apps/api/tsconfig.app.json' })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'boundaries/elements': [{ type: 'module', pattern: 'apps/api/src/modules/*', mode: 'folder', capture: ['name'] }],
      'boundaries/legacy-warnings': false,
      'import/resolver': { typescript: { project: 'apps/api/tsconfig.app.json' } },
    },
    rules: {
      'import-x/no-cycle': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'module' } },
              disallow: { to: { element: { type: 'module', fileInternalPath: '!index.ts' } } },
              message: 'import another module through its index.ts: {{to.element.captured.name}}',
            },
            ...Object.entries(API_MODULE_DEPENDENCIES).map(([name, uses]) => ({
              from: { element: { type: 'module', captured: { name } } },
              disallow: { to: { element: { type: 'module', captured: { name: notOneOf(uses) } } } },
              message: `${name} may import only ${uses.join(', ') || 'no other module'} (API_MODULE_DEPENDENCIES in eslint.config.mjs)`,
            })),
          ],
        },
      ],
    },
  },
);
