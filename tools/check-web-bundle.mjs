// Fails (exit 1) if the built SPA carries a library's development build: react-router's (its
// package.json exports only that one; apps/web/vite.config.ts points the build at the production
// build) or React's. Run after `vite build` by the web project's build target.
//   node tools/check-web-bundle.mjs [dist/apps/web]
/* global console, process -- Node.js globals (plain script, outside the Nx projects) */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist/apps/web');
const assets = join(dist, 'assets');

/** Sources that must not be bundled (as the source maps list them). */
const devSources = [/react-router\/dist\/development\//, /react(-dom)?\/cjs\/[\w.-]*\.development\.js$/];
/** Text only development builds contain (the code behind their dev-only checks). */
const devText = [
  '💿 Hey developer',
  'You should not include both `Component` and `element`',
  'react-stack-bottom-frame',
];

const problems = [];
const files = readdirSync(assets);
for (const file of files.filter((f) => f.endsWith('.js.map'))) {
  const { sources = [] } = JSON.parse(readFileSync(join(assets, file), 'utf8'));
  for (const source of sources) {
    if (devSources.some((pattern) => pattern.test(source))) problems.push(`${file}: bundles ${source}`);
  }
}
for (const file of files.filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(join(assets, file), 'utf8');
  for (const text of devText) if (code.includes(text)) problems.push(`${file}: contains "${text}"`);
}
if (files.filter((f) => f.endsWith('.js')).length === 0) problems.push(`no scripts in ${assets}: build first`);

if (problems.length > 0) {
  console.error(`The web bundle carries a development build:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-web-bundle: ${files.filter((f) => f.endsWith('.js')).length} scripts, no development build`);
