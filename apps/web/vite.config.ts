import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// react-router's package.json points every condition at its development build (extra checks and
// console warnings); its production build ships beside it, unexported. The build
// takes that one; `vite` (the dev server) keeps the warnings. tools/check-web-bundle.mjs fails the
// build if the development build comes back.
const reactRouterProduction = here('../../node_modules/react-router/dist/production/index.mjs');

export default defineConfig(({ command }) => ({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: [
      { find: '@galaxy/contracts', replacement: here('../../libs/contracts/src/index.ts') },
      ...(command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : []),
    ],
  },
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  build: {
    outDir: here('../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they change less often than the app, so browsers keep
        // them cached across releases (the map's d3-geo and geometry stay in the map's chunk).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            {
              name: 'libs',
              test: /node_modules[\\/](zod|i18next|react-i18next|i18next-browser-languagedetector|@tanstack|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
}));
