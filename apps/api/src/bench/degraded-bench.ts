import 'reflect-metadata';
import { OrganizationInputSchema, SolutionInputSchema } from '@galaxy/contracts';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadEnv, type AppConfig } from '../config/env';
import { searchSyncFor, withDataSource } from '../database/bootstrap';
import { freePort, type ManagedProcess } from '../embedded/embedded-services';
import { startEmbeddedMeilisearch } from '../embedded/meilisearch';
import { startEmbeddedPostgres } from '../embedded/postgres';
import { generateCatalog } from '@galaxy/seed';
import { CatalogWriter } from '../modules/catalog/catalog-writer';
import { runLoad, type HttpCall, type LoadResult } from './load';

/**
 * `npm run bench:degraded [-- --solutions 1000 --requests 3000 --concurrency 50 --main dist/…/main.js --freeze]`
 *
 * Search while Meilisearch is down: the API (its own process) answers from PostgreSQL. Prints
 * requests/s and latency with Meilisearch up, then down (the degraded path), for the same mixed
 * queries. `--main` runs another build of the API (e.g. one built from an older commit) as the
 * baseline, in the same run on the same data. `--freeze` stops Meilisearch with SIGSTOP instead of
 * ending it: it then accepts connections and never answers (a hung or unreachable host), so requests
 * time out instead of being refused.
 */
const QUERIES = [
  'q=water',
  'q=renewable%20energy',
  'q=solar&sdg=7',
  'q=health&region=002',
  'q=education%20girls',
  'sdg=6',
  'q=agriculture&country=KE',
  'q=digital',
  'q=climate%20adaptation&sids=true',
  'q=women&sort=newest',
  'region=419&modality=triangular',
  'q=eau%20potable',
  '',
  'page=3',
];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
function args(name: string): string[] {
  return process.argv.flatMap((a, i) => (a === `--${name}` ? [process.argv[i + 1]] : []));
}

const fmt = (n: number) => (Number.isNaN(n) ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const row = (label: string, r: LoadResult) =>
  `  ${label.padEnd(34)} p50 ${fmt(r.p50).padStart(6)} ms   p95 ${fmt(r.p95).padStart(6)} ms   p99 ${fmt(r.p99).padStart(6)} ms   ${fmt(r.rps).padStart(6)} req/s   ${r.errors} errors`;

async function main(): Promise<void> {
  const n = Number(arg('solutions', '1000'));
  const total = Number(arg('requests', '3000'));
  const concurrency = Number(arg('concurrency', '50'));
  const builds = [join(__dirname, 'main.js'), ...args('main').map((p) => resolve(p))];
  const freeze = process.argv.includes('--freeze');
  const dir = mkdtempSync(join(tmpdir(), 'galaxy-degraded-'));
  const [pgPort, meiliPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const env = loadEnv({ ...process.env, DATABASE_URL: '', MEILI_URL: '' });
  const pg = await startEmbeddedPostgres({
    dataDir: join(dir, 'pg'),
    port: pgPort,
    database: 'galaxy_bench',
    ephemeral: true,
  });
  const startMeili = () =>
    startEmbeddedMeilisearch({ dataDir: join(dir, 'meili'), port: meiliPort, masterKey: env.MEILI_MASTER_KEY });
  let meili: ManagedProcess | undefined = await startMeili();
  const config: AppConfig = { ...env, DATABASE_URL: pg.url, MEILI_URL: meili.url, SEED_ON_EMPTY: false };
  let api: ChildProcess | undefined;
  console.log(`Galaxy degraded-search benchmark — ${new Date().toISOString()}`);
  console.log(
    `machine: ${cpus().length} cores; ${n} solutions; ${total} requests per row at ${concurrency} concurrent; ${QUERIES.length} mixed queries`,
  );
  try {
    await withDataSource(config, async (db) => {
      await db.runMigrations({ transaction: 'each' });
      const catalog = generateCatalog({ solutions: n, organizations: 600 });
      const writer = new CatalogWriter(db);
      await writer.writeOrganizations(catalog.organizations.map((o) => OrganizationInputSchema.parse(o)));
      await writer.writeSolutions(
        catalog.solutions.map((s) => SolutionInputSchema.parse(s)),
        { publish: true },
      );
      const sync = searchSyncFor(db, config);
      await sync.ensureIndexes();
      await sync.reindex();
      await db.query(`UPDATE search_outbox SET processed_at = now() WHERE processed_at IS NULL`);
      await db.query(`ANALYZE`); // as the seed command does after its bulk load
    });
    const calls: HttpCall[] = QUERIES.map((q) => ({
      method: 'GET',
      url: `http://127.0.0.1:${apiPort}/api/v1/solutions?${q}`,
    }));
    for (const build of builds) {
      console.log(`\n== API build ${build} ==`);
      if (!meili) meili = await startMeili();
      api = spawn(process.execPath, [build], {
        env: {
          ...process.env,
          DATABASE_URL: pg.url,
          MEILI_URL: meili.url,
          MEILI_MASTER_KEY: config.MEILI_MASTER_KEY,
          PORT: String(apiPort),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          NODE_ENV: 'development',
          SEED_ON_EMPTY: 'false',
        },
        stdio: 'ignore',
      });
      await waitForHttp(`http://127.0.0.1:${apiPort}/api/v1/ready`);
      await runLoad(calls, 200, concurrency);
      console.log(row('Meilisearch up', await runLoad(calls, total, concurrency)));
      const down = meili;
      if (freeze) process.kill(down.pid, 'SIGSTOP');
      else {
        await down.stop();
        meili = undefined;
      }
      const first = performance.now();
      await runLoad(calls.slice(0, 1), 1, 1);
      console.log(`  first search after Meilisearch died: ${fmt(performance.now() - first)} ms`);
      await runLoad(calls, freeze ? 50 : 200, concurrency); // frozen, a build that waits on Meilisearch takes its time-out per request
      console.log(
        row(`Meilisearch ${freeze ? 'frozen' : 'down'} (degraded)`, await runLoad(calls, total, concurrency)),
      );
      console.log(row('degraded, one at a time', await runLoad(calls, freeze ? 10 : 300, 1)));
      if (freeze) {
        process.kill(down.pid, 'SIGCONT');
        await down.stop();
        meili = undefined;
      }
      api.kill('SIGTERM');
      await new Promise((r) => api?.once('exit', r));
      api = undefined;
    }
  } finally {
    api?.kill('SIGKILL');
    if (meili) process.kill(meili.pid, 'SIGCONT');
    await meili?.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
