import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.galaxy', '**/coverage', '**/*.cts', '**/*.cjs', '**/webpack.config.js'] },
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
        { patterns: [{ group: ['@nestjs/*', 'react', 'react-*', 'typeorm', 'fastify', 'meilisearch'], message: 'contracts import only zod' }] },
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
              group: ['@nestjs/*', 'react', 'react-*', 'typeorm', 'pg', 'fastify', 'meilisearch', 'node:*', 'fs', 'path'],
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
);
