import 'reflect-metadata';
import { OrganizationInputSchema, SolutionInputSchema, SolutionSearchQuerySchema } from '@galaxy/contracts';
import { generateCatalog } from '@galaxy/seed';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadEnv, type AppConfig } from '../config/env';
import { searchSyncFor, withDataSource } from '../database/bootstrap';
import { freePort } from '../embedded/embedded-services';
import { startEmbeddedMeilisearch } from '../embedded/meilisearch';
import { startEmbeddedPostgres } from '../embedded/postgres';
import { CatalogWriter } from '../modules/solutions/catalog-writer';
import { enqueueSearchSync } from '../modules/search';
import { toMultiSearch } from '../modules/search';
import { solutionSearchRequest } from '../modules/solutions/solutions-search.service';
import { percentile, runLoad, runLoadFn, type HttpCall, type LoadResult } from './load';

/**
 * `npm run bench:search [-- --sizes 1000,10000,100000 --requests 3000 --concurrency 50]`
 *
 * For each catalog size: the same queries through the API, straight to Meilisearch (the floor the
 * API adds to) and as a naive PostgreSQL ILIKE search (what the API would be without a search
 * engine), all in the same run on the same machine; then commit → searchable lag and full reindex.
 */
/** Writes (then unpublications) whose lag to search is measured one by one. */
const LAG_WRITES = 40;

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
];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const fmt = (n: number) => (Number.isNaN(n) ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const row = (label: string, r: LoadResult) =>
  `  ${label.padEnd(26)} p50 ${fmt(r.p50).padStart(6)} ms   p95 ${fmt(r.p95).padStart(6)} ms   p99 ${fmt(r.p99).padStart(6)} ms   ${fmt(r.rps).padStart(6)} req/s   ${r.errors} errors`;

async function main(): Promise<void> {
  const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
  const total = Number(arg('requests', '3000'));
  const concurrency = Number(arg('concurrency', '50'));
  const dir = mkdtempSync(join(tmpdir(), 'galaxy-bench-'));
  const [pgPort, meiliPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const env = loadEnv({ ...process.env, DATABASE_URL: '', MEILI_URL: '' });
  const [pg, meili] = await Promise.all([
    startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: pgPort, database: 'galaxy_bench', ephemeral: true }),
    startEmbeddedMeilisearch({ dataDir: join(dir, 'meili'), port: meiliPort, masterKey: env.MEILI_MASTER_KEY }),
  ]);
  const config: AppConfig = {
    ...env,
    DATABASE_URL: pg.url,
    MEILI_URL: meili.url,
    SEED_ON_EMPTY: false,
    LOG_LEVEL: 'info',
  };
  const children: ReturnType<typeof spawn>[] = [];
  const pool = new Pool({ connectionString: pg.url, max: concurrency });
  console.log(`Galaxy search benchmark — ${new Date().toISOString()}`);
  console.log(
    `machine: ${cpus().length} cores; ${total} requests per target at ${concurrency} concurrent; queries: ${QUERIES.length} mixed (text, filters, sort)`,
  );
  try {
    await withDataSource(config, async (db) => {
      await db.runMigrations({ transaction: 'each' });
      const writer = new CatalogWriter(db);
      const sync = searchSyncFor(db, config);
      await sync.ensureIndexes();
      const maxN = Math.max(...sizes);
      const t0 = Date.now();
      const catalog = generateCatalog({ solutions: maxN, organizations: 600 });
      console.log(`generated ${maxN} solutions in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      await writer.writeOrganizations(catalog.organizations.map((o) => OrganizationInputSchema.parse(o)));
      let written = 0;

      for (const n of sizes) {
        console.log(`\n== N = ${n} solutions ==`);
        const w0 = Date.now();
        await writer.writeSolutions(
          catalog.solutions.slice(written, n).map((s) => SolutionInputSchema.parse(s)),
          { publish: true },
        );
        written = n;
        console.log(`  wrote to PostgreSQL in ${((Date.now() - w0) / 1000).toFixed(1)} s`);
        const [report] = await sync.reindex();
        console.log(`  full reindex (build + swap): ${report.seconds.toFixed(1)} s for ${report.documents} documents`);

        // The API as deployed: its own process, its indexer on, logs at info to /dev/null.
        const api = spawn(process.execPath, [join(__dirname, 'main.js')], {
          env: {
            ...process.env,
            DATABASE_URL: pg.url,
            MEILI_URL: meili.url,
            MEILI_MASTER_KEY: config.MEILI_MASTER_KEY,
            PORT: String(apiPort),
            HOST: '127.0.0.1',
            LOG_LEVEL: 'info',
            NODE_ENV: 'development',
          },
          stdio: 'ignore',
        });
        children.push(api);
        await waitForHttp(`http://127.0.0.1:${apiPort}/api/v1/ready`);

        const apiCalls: HttpCall[] = QUERIES.map((q) => ({
          method: 'GET',
          url: `http://127.0.0.1:${apiPort}/api/v1/solutions?${q}`,
        }));
        const meiliCalls: HttpCall[] = QUERIES.map((q) => {
          const query = SolutionSearchQuerySchema.parse(Object.fromEntries(new URLSearchParams(q)));
          return {
            method: 'POST',
            url: `${meili.url}/multi-search`,
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${config.MEILI_MASTER_KEY}` },
            body: JSON.stringify(toMultiSearch(solutionSearchRequest(query), 'solutions')),
          };
        });
        const ilike = QUERIES.map((q) => {
          const p = new URLSearchParams(q);
          const text = p.get('q');
          return () =>
            pool.query(
              `SELECT id, title, summary, count(*) OVER () AS total FROM solutions
               WHERE curation_status = 'published' AND ($1::text IS NULL OR title ILIKE $1 OR summary ILIKE $1 OR challenge ILIKE $1)
               ORDER BY published_at DESC LIMIT 20`,
              [text ? `%${text}%` : null],
            );
        });
        // Warm up each target, then measure them one after another.
        await runLoad(apiCalls, 200, concurrency);
        await runLoad(meiliCalls, 200, concurrency);
        await runLoadFn(ilike, 100, concurrency);
        const viaApi = await runLoad(apiCalls, total, concurrency);
        const rawMeili = await runLoad(meiliCalls, total, concurrency);
        const naive = await runLoadFn(ilike, Math.min(total, n >= 100_000 ? 500 : total), concurrency);
        console.log(row('API /solutions', viaApi));
        console.log(row('Meilisearch direct', rawMeili));
        console.log(row('PostgreSQL ILIKE (naive)', naive));
        // Sequential requests show the per-request overhead without queueing.
        const apiSeq = await runLoad(apiCalls, 300, 1);
        const meiliSeq = await runLoad(meiliCalls, 300, 1);
        console.log(row('API, one at a time', apiSeq));
        console.log(row('Meilisearch, one at a time', meiliSeq));
        console.log(
          `  API overhead over Meilisearch at p50: ${fmt(viaApi.p50 - rawMeili.p50)} ms (${concurrency} concurrent), ${fmt(apiSeq.p50 - meiliSeq.p50)} ms (one at a time)`,
        );

        // Commit → searchable, through the running API's own indexer: a curator's approval writes
        // the solution and its outbox row in one transaction, exactly as here.
        const meiliAuth = { Authorization: `Bearer ${config.MEILI_MASTER_KEY}` };
        const lags: number[] = [];
        const lagIds: string[] = [];
        for (let i = 0; i < LAG_WRITES; i++) {
          const input = SolutionInputSchema.parse({ ...catalog.solutions[i], externalId: `bench-lag-${n}-${i}` });
          const c0 = performance.now();
          const { ids } = await writer.writeSolutions([input], { publish: true });
          await waitForHttp(`${meili.url}/indexes/solutions/documents/${ids[0]}`, meiliAuth, 2);
          lags.push(performance.now() - c0);
          lagIds.push(ids[0]);
        }
        console.log(`  sync lag samples in order (ms): ${lags.map((l) => l.toFixed(0)).join(' ')}`);
        // Meilisearch's first document tasks after a full reindex are slow (seen: 1–5 s each); the
        // writes after those show the steady state.
        const steady = lags.slice(10).sort((a, b) => a - b);
        lags.sort((a, b) => a - b);
        // Unpublish → gone from search: the same statements as a curator's unpublish.
        const removal: number[] = [];
        for (const id of lagIds) {
          const c0 = performance.now();
          await db.transaction(async (m) => {
            await m.query(`UPDATE solutions SET curation_status = 'archived', version = version + 1 WHERE id = $1`, [
              id,
            ]);
            await enqueueSearchSync(m, 'solution', [id]);
          });
          await waitForHttp(`${meili.url}/indexes/solutions/documents/${id}`, meiliAuth, 2, 60_000, 404);
          removal.push(performance.now() - c0);
        }
        removal.sort((a, b) => a - b);
        // Where the lag goes: Meilisearch's own time per document task, and the wait before it starts.
        const tasks = (await fetch(`${meili.url}/tasks?types=documentAdditionOrUpdate&limit=60`, {
          headers: { Authorization: `Bearer ${config.MEILI_MASTER_KEY}` },
        }).then((r) => r.json())) as {
          results: { uid: number; indexUid: string; enqueuedAt: string; startedAt: string; finishedAt: string }[];
        };
        const ms = (a: string, b: string) => new Date(b).getTime() - new Date(a).getTime();
        const processing = tasks.results.map((t) => ms(t.startedAt, t.finishedAt)).sort((a, b) => a - b);
        const slowest = [...tasks.results].sort(
          (a, b) => ms(b.startedAt, b.finishedAt) - ms(a.startedAt, a.finishedAt),
        );
        console.log(
          `  slowest document tasks: ${slowest
            .slice(0, 6)
            .map((t) => `#${t.uid} ${t.indexUid} ${ms(t.startedAt, t.finishedAt)} ms`)
            .join(', ')}`,
        );
        const queued = tasks.results.map((t) => ms(t.enqueuedAt, t.startedAt)).sort((a, b) => a - b);
        console.log(
          `  Meilisearch document tasks (last ${processing.length}): processing p50 ${fmt(percentile(processing, 50))} ms, p95 ${fmt(percentile(processing, 95))} ms; queued p50 ${fmt(percentile(queued, 50))} ms, p95 ${fmt(percentile(queued, 95))} ms`,
        );
        console.log(
          `  sync lag (commit → searchable, ${LAG_WRITES} writes): p50 ${fmt(percentile(lags, 50))} ms, p95 ${fmt(percentile(lags, 95))} ms, max ${fmt(lags[lags.length - 1])} ms; without the first 10 after the reindex: p50 ${fmt(percentile(steady, 50))} ms, p95 ${fmt(percentile(steady, 95))} ms`,
        );
        console.log(
          `  unpublish lag (commit → gone from search, ${LAG_WRITES} unpublications): p50 ${fmt(percentile(removal, 50))} ms, p95 ${fmt(percentile(removal, 95))} ms, max ${fmt(removal[removal.length - 1])} ms`,
        );
        console.log(await footprint({ api: api.pid ?? 0, meili: meili.pid, pg: pg.pid }, join(dir, 'meili'), pool));
        api.kill('SIGTERM');
        await new Promise((r) => api.once('exit', r));
      }
    });
  } finally {
    for (const child of children) child.kill('SIGKILL');
    await pool.end();
    await meili.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Kernel memory figures of one process (kB): resident now, resident peak, proportional share. */
function memoryOf(pid: number): { rss: number; hwm: number; pss: number } {
  const field = (text: string, name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    let pss = 0;
    try {
      pss = field(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss');
    } catch {
      // smaps_rollup needs Linux 4.14+ and the same user; PSS is then left out.
    }
    return { rss: field(status, 'VmRSS'), hwm: field(status, 'VmHWM'), pss };
  } catch {
    return { rss: 0, hwm: 0, pss: 0 };
  }
}

/** The PostgreSQL server and its backends: the postmaster's children, found through /proc (Linux). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return out;
}

function diskUsage(path: string): number {
  let bytes = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) bytes += diskUsage(full);
    else if (entry.isFile()) bytes += statSync(full).size;
  }
  return bytes;
}

/**
 * Memory after the load (RSS now and peak of the API and Meilisearch; PostgreSQL as the sum of the
 * proportional set sizes of its processes, since its backends share the buffer cache) and data on disk.
 */
async function footprint(
  pids: { api: number; meili: number; pg: number },
  meiliDir: string,
  pool: Pool,
): Promise<string> {
  const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
  const api = memoryOf(pids.api);
  const meili = memoryOf(pids.meili);
  const pgProcesses = pids.pg ? processTree(pids.pg) : [];
  const pgPss = pgProcesses.reduce((sum, pid) => sum + memoryOf(pid).pss, 0);
  const { rows } = await pool.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
  const disk = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  return (
    `  memory: API RSS ${mb(api.rss)} (peak ${mb(api.hwm)}); Meilisearch RSS ${mb(meili.rss)} (peak ${mb(meili.hwm)}); ` +
    `PostgreSQL PSS ${pgPss ? mb(pgPss) : '—'} over ${pgProcesses.length} processes\n` +
    `  on disk: PostgreSQL database ${disk(Number(rows[0].bytes))}; Meilisearch data ${disk(diskUsage(meiliDir))}`
  );
}

async function waitForHttp(
  url: string,
  headers: Record<string, string> = {},
  pollMs = 50,
  timeoutMs = 60_000,
  /** Wait for this status instead of any 2xx. */
  status?: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url, { headers }).then(
      (r) => (status === undefined ? r.ok : r.status === status),
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, pollMs));
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
