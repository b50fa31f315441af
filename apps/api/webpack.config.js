const { join, resolve } = require('node:path');

// The API, its launcher and its command-line tools, bundled with the contracts library; every
// npm package stays external and is required at run time. Type checking is `npm run typecheck`.
//
// The seed with its demo data (libs/seed) is an entry of its own, `seed.js`: every other bundle
// requires that file where the source imports the seed module (bootstrap.ts does so lazily, only
// to seed an empty database), so the server's bundles do not carry the data.
const SEED_MODULE = resolve(__dirname, 'src/database/seed/seed');

module.exports = (_env, argv) => ({
  target: 'node20',
  mode: argv.mode ?? 'production',
  context: __dirname,
  entry: {
    main: './src/main.ts',
    launcher: './src/launcher.ts',
    cli: './src/cli/cli.ts',
    bench: './src/bench/search-bench.ts',
    'start-bench': './src/bench/start-bench.ts',
    'match-eval': './src/bench/match-eval.ts',
    seed: './src/database/seed/seed.ts',
    fuzz: './src/fuzz/fuzz-main.ts',
    'degraded-bench': './src/bench/degraded-bench.ts',
    drill: './src/bench/drill.ts',
    'language-bench': './src/bench/language-bench.ts',
  },
  output: {
    path: resolve(__dirname, '../../dist/apps/api'),
    filename: '[name].js',
    library: { type: 'commonjs2' },
    clean: true,
  },
  devtool: 'source-map',
  optimization: { minimize: false, nodeEnv: false },
  node: { __dirname: false, __filename: false },
  resolve: {
    extensions: ['.ts', '.js', '.json'],
    alias: {
      '@galaxy/contracts/reference$': resolve(__dirname, '../../libs/contracts/src/reference/index.ts'),
      '@galaxy/contracts$': resolve(__dirname, '../../libs/contracts/src/index.ts'),
      '@galaxy/language$': resolve(__dirname, '../../libs/language/src/index.ts'),
      '@galaxy/seed$': resolve(__dirname, '../../libs/seed/src/index.ts'),
    },
  },
  externals: [
    ({ request }, callback) =>
      /^[^./]/.test(request) && !request.startsWith('@galaxy/') ? callback(null, `commonjs ${request}`) : callback(),
    ({ context, request }, callback) =>
      request.startsWith('.') && resolve(context, request) === SEED_MODULE
        ? callback(null, 'commonjs ./seed.js')
        : callback(),
  ],
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        options: { configFile: join(__dirname, 'tsconfig.app.json'), transpileOnly: true },
      },
    ],
  },
  performance: { hints: false },
  stats: 'errors-warnings',
});
