import 'reflect-metadata';
import {
  generatedSolutionTopics,
  LABELLED_SEARCH_QUERIES,
  relevantSolutions,
  SEED_SIZE,
  type Grade,
  type SearchQueryLang,
} from '@galaxy/seed';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { loadEnv, type AppConfig } from '../config/env';
import { withDataSource } from '../database/bootstrap';
import { seedCatalog } from '../database/seed/seed';
import { freePort } from '../embedded/embedded-services';
import { startEmbeddedMeilisearch } from '../embedded/meilisearch';
import { startEmbeddedPostgres } from '../embedded/postgres';
import { CatalogWriter } from '../modules/solutions';
import { ndcgAt, recallAt } from './search-metrics';

/**
 * `npm run eval:search [-- --queries set.json --variants today,normalize,glossary,vectors --baseline dist-old/apps/api --out results.json --verbose]`
 *
 * How good is solution search across languages? On the seeded demo catalog (the 1,037 solutions
 * that `npm start` seeds), every labelled query (libs/seed/src/search-queries.ts, or `--queries`)
 * goes through the API over HTTP, as the SPA sends it (`GET /api/v1/solutions?q=…`), and its top 10
 * is compared with the labels: nDCG@10 and recall@10 per query language, recall@10 of the relevant
 * solutions written in another language than the query, and the share of the catalog each query
 * matches. Side by side in one run: the API as it is ("today", SEARCH_LANGUAGE unset) and one API
 * process per `SEARCH_LANGUAGE` variant, each with its own indexes built by the API's own
 * `cli.js reindex` under that variant, on the same PostgreSQL data. `--baseline <dir>` adds, first,
 * another build of the API (its `main.js` and `cli.js`, e.g. built from the commit before the search
 * integration) with SEARCH_LANGUAGE unset: today's search as a column even after the integration
 * changes the default.
 *
 * Talks to the API only over HTTP and to the seed data, so it measures whatever the search
 * internals become.
 */

/** The API as it is, then the SEARCH_LANGUAGE variants (cumulative). */
const VARIANTS = ['today', 'off', 'normalize', 'glossary', 'vectors'] as const;
type Variant = (typeof VARIANTS)[number];
const DEFAULT_VARIANTS: Variant[] = ['today', 'normalize', 'glossary', 'vectors'];

/** One column of figures: an API build, run with SEARCH_LANGUAGE set or not. */
interface Column {
  label: string;
  main: string;
  cli: string;
  /** undefined: the variable is not set. */
  searchLanguage?: Exclude<Variant, 'today'>;
}
const LANGS: SearchQueryLang[] = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'];
const K = 10;
/** Width of a column of figures. */
const W = 16;
/** No query should match more of the catalog than this. */
const MAX_SHARE = 0.4;

const LangSchema = z.enum(['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt']);
const GradeSchema = z.union([z.literal(1), z.literal(2)]);
/** The part of the API's answer (SolutionSearchResultSchema) the evaluation reads; other fields may come and go. */
const SearchAnswerSchema = z.object({
  items: z.array(z.object({ slug: z.string() })),
  total: z.number().int(),
  degraded: z.boolean().optional(),
});

/** A query of `--queries`: judged by topics like the set in the repository, or by explicit keys (externalId or slug). */
const QueryFileSchema = z
  .array(
    z.strictObject({
      id: z.string().min(1).max(300).optional(),
      lang: LangSchema,
      q: z.string().trim().min(1).max(200),
      kind: z.string().max(40).optional(),
      topics: z.array(z.string()).default([]),
      related: z.array(z.string()).default([]),
      solutions: z.record(z.string(), GradeSchema).default({}),
      relevant: z.record(z.string(), GradeSchema).optional(),
    }),
  )
  .min(1);

interface EvalQuery {
  id: string;
  lang: SearchQueryLang;
  q: string;
  kind: string;
  /** slug → grade */
  relevant: Map<string, Grade>;
}

interface QueryResult {
  id: string;
  lang: SearchQueryLang;
  kind: string;
  q: string;
  ndcg: number;
  recall: number;
  /** undefined when the query is English or no relevant solution is written in another language. */
  crossRecall?: number;
  total: number;
  share: number;
  top: string[];
  ms: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const f3 = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(3));
const pct = (n: number) => `${(100 * n).toFixed(1)} %`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

async function main(): Promise<void> {
  const variants = (arg('variants')?.split(',') ?? DEFAULT_VARIANTS).map((v) => {
    if (!(VARIANTS as readonly string[]).includes(v))
      throw new Error(`--variants: unknown variant "${v}" (one of ${VARIANTS.join(', ')})`);
    return v as Variant;
  });
  const columns: Column[] = [
    ...process.argv.flatMap((a, i) =>
      a === '--baseline'
        ? [
            {
              label: `build ${process.argv[i + 1]}`,
              main: resolve(process.argv[i + 1], 'main.js'),
              cli: resolve(process.argv[i + 1], 'cli.js'),
            },
          ]
        : [],
    ),
    ...variants.map((v) => ({
      label: v === 'today' ? 'keyword today' : v,
      main: join(__dirname, 'main.js'),
      cli: join(__dirname, 'cli.js'),
      ...(v === 'today' ? {} : { searchLanguage: v }),
    })),
  ];
  const queryFile = arg('queries');
  // Read and check a query file before starting anything.
  const topics = generatedSolutionTopics(SEED_SIZE);
  const source = queryFile ? readQueryFile(resolve(queryFile), new Set(topics.values())) : LABELLED_SEARCH_QUERIES;
  const out = arg('out');
  const verbose = process.argv.includes('--verbose');

  const dir = mkdtempSync(join(tmpdir(), 'galaxy-search-eval-'));
  const [pgPort, meiliPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const env = loadEnv({ ...process.env, DATABASE_URL: '', MEILI_URL: '' });
  const [pg, meili] = await Promise.all([
    startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: pgPort, database: 'galaxy_search_eval', ephemeral: true }),
    startEmbeddedMeilisearch({ dataDir: join(dir, 'meili'), port: meiliPort, masterKey: env.MEILI_MASTER_KEY }),
  ]);
  const config: AppConfig = { ...env, DATABASE_URL: pg.url, MEILI_URL: meili.url, LOG_LEVEL: 'warn' };
  const childEnv = (column: Column, index: number): NodeJS.ProcessEnv => {
    const e: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: pg.url,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: config.MEILI_MASTER_KEY,
      SEARCH_INDEX_PREFIX: `eval${index}_`,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      SEED_ON_EMPTY: 'false',
    };
    if (column.searchLanguage) e.SEARCH_LANGUAGE = column.searchLanguage;
    else delete e.SEARCH_LANGUAGE;
    return e;
  };
  let api: ChildProcess | undefined;
  const started = Date.now();
  console.log(`Galaxy search evaluation — ${new Date().toISOString()}`);
  console.log(`machine: ${cpus().length} cores, load average ${load()} (1 / 5 / 15 min)`);
  try {
    // 1. The seeded catalog, exactly as `npm start` seeds an empty database.
    const slugs = new Map<string, string>(); // externalId → slug
    const languageOf = new Map<string, string>(); // slug → language
    let catalogSize = 0;
    await withDataSource(config, async (db) => {
      await db.runMigrations({ transaction: 'each' });
      const seeded = await seedCatalog(db, new CatalogWriter(db), SEED_SIZE);
      const rows: { external_id: string | null; slug: string; language: string }[] = await db.query(
        `SELECT external_id, slug, language FROM solutions WHERE curation_status = 'published'`,
      );
      for (const r of rows) {
        if (r.external_id) slugs.set(r.external_id, r.slug);
        languageOf.set(r.slug, r.language);
      }
      catalogSize = rows.length;
      console.log(
        `catalog: ${seeded.solutions} solutions (${catalogSize} published), ${seeded.organizations} organizations — the demo seed (SEED_SIZE)`,
      );
    });

    // 2. The labelled queries, with relevance as slug → grade.
    const toSlugs = (id: string, keys: Map<string, Grade>): Map<string, Grade> => {
      const unknown = [...keys.keys()].filter((k) => !slugs.has(k) && !languageOf.has(k));
      if (unknown.length) throw new Error(`query ${id}: not in the seeded catalog: ${unknown.join(', ')}`);
      return new Map([...keys].map(([k, g]) => [slugs.get(k) ?? k, g]));
    };
    const queries: EvalQuery[] = source.map((q) => {
      const id = q.id ?? `${q.lang}:${q.q}`;
      const keys = 'relevant' in q && q.relevant ? new Map(Object.entries(q.relevant)) : relevantSolutions(q, topics);
      return { id, lang: q.lang, q: q.q, kind: q.kind ?? 'keyword', relevant: toSlugs(id, keys) };
    });
    const perLang = LANGS.map((l) => `${l} ${queries.filter((q) => q.lang === l).length}`).join(', ');
    console.log(
      `queries: ${queries.length} (${queryFile ? resolve(queryFile) : 'libs/seed/src/search-queries.ts'}): ${perLang}`,
    );
    console.log(
      `relevant per query: median ${median(queries.map((q) => q.relevant.size))}, ${pct(
        mean(
          queries.map((q) =>
            share([...q.relevant.keys()].filter((s) => languageOf.get(s) !== q.lang).length, q.relevant.size),
          ),
        ),
      )} of them written in another language than the query (mean)`,
    );

    // 3. One API process per column, each on indexes built by its own build under its own SEARCH_LANGUAGE.
    const implemented = readFileSync(join(__dirname, 'main.js'), 'utf8').includes('SEARCH_LANGUAGE');
    const results = new Map<Column, QueryResult[]>();
    for (const [i, column] of columns.entries()) {
      const t0 = Date.now();
      await run(process.execPath, [column.cli, 'reindex'], childEnv(column, i));
      const reindexSeconds = (Date.now() - t0) / 1000;
      api = spawn(process.execPath, [column.main], { env: childEnv(column, i), stdio: 'ignore' });
      await waitForHttp(`http://127.0.0.1:${apiPort}/api/v1/ready`);
      const rows: QueryResult[] = [];
      for (const query of queries) rows.push(await evaluate(apiPort, query, languageOf, catalogSize));
      results.set(column, rows);
      console.log(
        `  ${column.label.padEnd(24)} reindex ${reindexSeconds.toFixed(1)} s, ${queries.length} queries at ${mean(rows.map((r) => r.ms)).toFixed(0)} ms each (one at a time), load ${load()}`,
      );
      api.kill('SIGTERM');
      await new Promise((r) => api?.once('exit', r));
      api = undefined;
    }

    // 4. The figures, columns side by side.
    const cols = columns.map((c) => c.label.slice(-(W - 1)));
    console.log(
      `\ncolumns: "keyword today" = the API as it is (SEARCH_LANGUAGE unset); others = the API with SEARCH_LANGUAGE=<column> (cumulative: off < normalize < glossary < vectors)`,
    );
    const header = (title: string) => `\n${title}\n  ${''.padEnd(10)}${cols.map((c) => c.padStart(W)).join('')}`;
    const table = (
      title: string,
      rowsOf: (lang: SearchQueryLang | 'all') => (c: Column) => string,
      langs = [...LANGS, 'all' as const],
    ) => {
      console.log(header(title));
      for (const lang of langs) {
        const cell = rowsOf(lang);
        const n = queries.filter((q) => lang === 'all' || q.lang === lang).length;
        if (!n) continue;
        console.log(`  ${`${lang} (${n})`.padEnd(10)}${columns.map((c) => cell(c).padStart(W)).join('')}`);
      }
    };
    const of = (c: Column, lang: SearchQueryLang | 'all') =>
      (results.get(c) ?? []).filter((r) => lang === 'all' || r.lang === lang);
    table(
      `nDCG@${K} per query language (mean over queries)`,
      (lang) => (v) => f3(mean(of(v, lang).map((r) => r.ndcg))),
    );
    table(
      `recall@${K} per query language (relevant in the top ${K} / min(${K}, relevant))`,
      (lang) => (v) => f3(mean(of(v, lang).map((r) => r.recall))),
    );
    table(
      `recall@${K} of the relevant solutions written in another language than the query (target ≥ 0.6)`,
      (lang) => (v) => {
        const xs = of(v, lang).flatMap((r) => (r.crossRecall === undefined ? [] : [r.crossRecall]));
        return xs.length ? f3(mean(xs)) : '—';
      },
      LANGS.filter((l) => l !== 'en'),
    );
    table(`queries with nothing relevant in the top ${K}`, (lang) => (v) => {
      const rows = of(v, lang);
      return `${rows.filter((r) => r.recall === 0).length} / ${rows.length}`;
    });
    const kinds = [...new Set(queries.map((q) => q.kind))];
    console.log(header(`nDCG@${K} per kind of query (all languages)`));
    for (const kind of kinds) {
      const n = queries.filter((q) => q.kind === kind).length;
      const cell = (c: Column) => `${f3(mean(of(c, 'all').flatMap((r) => (r.kind === kind ? [r.ndcg] : []))))} (${n})`;
      console.log(`  ${kind.slice(0, 10).padEnd(10)}${columns.map((c) => cell(c).padStart(W)).join('')}`);
    }
    console.log(header(`share of the catalog (${catalogSize}) a query matches (target: none above ${pct(MAX_SHARE)})`));
    const shareRow = (name: string, cell: (rows: QueryResult[]) => string) =>
      console.log(`  ${name.padEnd(10)}${columns.map((c) => cell(of(c, 'all')).padStart(W)).join('')}`);
    shareRow('max', (rows) => pct(Math.max(...rows.map((r) => r.share))));
    shareRow('median', (rows) => pct(median(rows.map((r) => r.share))));
    shareRow(`> ${pct(MAX_SHARE)}`, (rows) => `${rows.filter((r) => r.share > MAX_SHARE).length} queries`);
    shareRow('0 hits', (rows) => `${rows.filter((r) => r.total === 0).length} queries`);
    for (const c of columns) {
      const worst = of(c, 'all').reduce((x, y) => (y.share > x.share ? y : x));
      console.log(`  ${c.label}: largest match ${worst.id} → ${worst.total} solutions (${pct(worst.share)})`);
    }

    // 5. Honesty about the variants: does the API know SEARCH_LANGUAGE, and did anything change?
    console.log('\ncolumns compared with the first');
    if (!implemented && columns.some((c) => c.searchLanguage))
      console.log(
        '  NOTE: this API build does not read SEARCH_LANGUAGE (no mention of it in main.js): every variant column is the API as it is, on its own indexes.',
      );
    const [first, ...rest] = columns;
    const base = results.get(first) ?? [];
    for (const c of rest) {
      const rows = results.get(c) ?? [];
      const differ = rows.filter((r, i) => r.top.join() !== base[i].top.join() || r.total !== base[i].total).length;
      console.log(
        `  ${c.label}: ${differ} of ${rows.length} queries rank or count differently from ${first.label}${differ ? '' : ' (identical results)'}`,
      );
    }

    const last = columns[columns.length - 1];
    if (verbose) {
      console.log(`\nper query (${first.label} | ${last.label}): nDCG, recall, cross-language recall, matches`);
      const lastRows = results.get(last) ?? [];
      const cells = (r: QueryResult) =>
        `${f3(r.ndcg)} ${f3(r.recall)} ${f3(r.crossRecall ?? NaN).padStart(5)} ${String(r.total).padStart(5)}`;
      for (const [i, r] of base.entries()) console.log(`  ${r.id.padEnd(48)} ${cells(r)}  |  ${cells(lastRows[i])}`);
    }
    if (out) {
      writeFileSync(
        resolve(out),
        JSON.stringify(
          columns.map((c) => ({ ...c, results: results.get(c) })),
          null,
          1,
        ),
      );
      console.log(`\nper-query results written to ${resolve(out)}`);
    }
    console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${load()}`);
    console.log(
      `Notes: relevance is judged by topic (libs/seed/src/search-queries.md); recall@${K} divides by min(${K}, relevant) since most queries have more than ${K} relevant solutions; "another language" = the solution's content language differs from the query's. Equal scores are ordered by Meilisearch's internal order, which follows the solutions' random uuids: a language's figures move by up to about ±0.01 between runs, never between the columns of one run (same data), so compare columns of one run.`,
    );
  } finally {
    api?.kill('SIGKILL');
    await meili.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A `--queries` file, validated: a clear message for a malformed file or an unknown topic. */
function readQueryFile(path: string, knownTopics: ReadonlySet<string>): z.output<typeof QueryFileSchema> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`--queries ${path}: not readable JSON (${(error as Error).message})`);
  }
  const parsed = QueryFileSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `--queries ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}`,
    );
  for (const [i, q] of parsed.data.entries()) {
    const unknown = [...q.topics, ...q.related].filter((t) => !knownTopics.has(t));
    if (unknown.length) throw new Error(`--queries ${path}: query ${i} (${q.q}): unknown topics ${unknown.join(', ')}`);
    if (!q.relevant && !q.topics.length && !Object.keys(q.solutions).length)
      throw new Error(
        `--queries ${path}: query ${i} (${q.q}): no relevant solution (give topics, solutions or relevant)`,
      );
  }
  return parsed.data;
}

function share(part: number, whole: number): number {
  return whole ? part / whole : 0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
}

async function evaluate(
  port: number,
  query: EvalQuery,
  languageOf: ReadonlyMap<string, string>,
  catalogSize: number,
): Promise<QueryResult> {
  const url = `http://127.0.0.1:${port}/api/v1/solutions?q=${encodeURIComponent(query.q)}&pageSize=${K}`;
  const t0 = performance.now();
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const ms = performance.now() - t0;
  if (!response.ok) throw new Error(`${query.id}: HTTP ${response.status} from ${url}: ${await response.text()}`);
  const body = SearchAnswerSchema.parse(await response.json());
  if (body.degraded) throw new Error(`${query.id}: the API answered from PostgreSQL (degraded), not from Meilisearch`);
  const top = body.items.slice(0, K).map((s) => s.slug);
  const other = new Set([...query.relevant.keys()].filter((slug) => languageOf.get(slug) !== query.lang));
  return {
    id: query.id,
    lang: query.lang,
    kind: query.kind,
    q: query.q,
    ndcg: ndcgAt(K, top, query.relevant),
    recall: recallAt(K, top, query.relevant),
    crossRecall: query.lang === 'en' || !other.size ? undefined : recallAt(K, top, other),
    total: body.total,
    share: share(body.total, catalogSize),
    top,
    ms,
  };
}

function run(command: string, argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${argv.join(' ')} exited with ${code}: ${stderr}`)),
    );
  });
}

async function waitForHttp(url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
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
