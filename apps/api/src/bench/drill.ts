import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadEnv, type AppConfig } from '../config/env';
import { dataSourceOptions } from '../database/data-source';
import { Client } from './http-client';
import { freePort, processAlive } from '../embedded/embedded-services';
import { embeddedPostgresUrl } from '../embedded/postgres';
import { SearchDocuments, INDEX_KINDS, type IndexKind, createMeiliClient, meiliKeys } from '../modules/search';

/**
 * `npm run drill`: a throw-away platform (the launcher `npm start` runs, in a temp data dir on free
 * ports) and, one after another, the faults of issue #13 — Meilisearch down under writes, PostgreSQL
 * killed, the launcher killed mid-burst and started again, 12 concurrent stale PATCHes of a match.
 * For each it prints requests failed, acknowledged writes lost, seconds until the index equals the
 * database again, and seconds to recover. Every wait is bounded: the drill cannot hang.
 *
 * The launcher runs the API in its own process (embedded PostgreSQL and Meilisearch are its
 * children), so "kill the API" and "kill the launcher" are one fault here: SIGKILL of that process.
 *
 * The retry clock is compressed 60× (SEARCH_RETRY_MAX_MS 1 s instead of 60 s), so an outage of
 * OUTAGE_S seconds runs the indexer through as many retry cycles as about an hour at normal speed.
 */
const OUTAGE_S = Number(process.env.DRILL_OUTAGE_S ?? 20);
const WRITE_EVERY_MS = 200;
const INDEX_EQUAL_WITHIN_S = 90;

interface Outcome {
  fault: string;
  requests: number;
  failed: number;
  lost: number | string;
  indexEqualS: number | string;
  recoverS: number | string;
  note?: string;
}

const root = process.cwd();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => Math.round(ms / 100) / 10;

class Platform {
  child?: ChildProcess;
  output = '';
  constructor(
    readonly dir: string,
    readonly ports: { http: number; pg: number; meili: number },
  ) {}

  get base() {
    return `http://127.0.0.1:${this.ports.http}`;
  }

  /** Starts the launcher; resolves with the seconds until it said ready. */
  async start(timeoutMs = 180_000): Promise<number> {
    const started = Date.now();
    this.output = '';
    const child = spawn(process.execPath, [join(root, 'dist/apps/api/launcher.js')], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(this.ports.http),
        HOST: '127.0.0.1',
        GALAXY_PG_PORT: String(this.ports.pg),
        GALAXY_MEILI_PORT: String(this.ports.meili),
        GALAXY_DATA_DIR: this.dir,
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
        MEILI_URL: '',
        REMINDERS_ENABLED: 'false',
        SEARCH_RETRY_BASE_MS: '100',
        SEARCH_RETRY_MAX_MS: '1000',
        SEARCH_RECONCILE_RETRY_MS: '500',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`platform did not start:\n${this.output.slice(-3000)}`)),
        timeoutMs,
      );
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        if (this.output.includes('galaxy: ready')) {
          clearTimeout(timer);
          ready();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`platform exited (${code}) during start:\n${this.output.slice(-3000)}`));
      });
    });
    return seconds(Date.now() - started);
  }

  pidOf(service: 'postgres' | 'meilisearch'): number {
    const file = service === 'postgres' ? 'postgres/postmaster.pid' : 'meilisearch/meilisearch.pid';
    return Number(readFileSync(join(this.dir, file), 'utf8').split('\n')[0]);
  }

  /** Ctrl-C, as a person would; then checks that nothing it started is left. */
  async stop(): Promise<{ left: string[]; seconds: number }> {
    const started = Date.now();
    const pids = (['postgres', 'meilisearch'] as const).flatMap((s) => {
      try {
        return [this.pidOf(s)];
      } catch {
        return [];
      }
    });
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await Promise.race([exited, sleep(60_000)]);
    }
    // The launcher exits once it has stopped its servers; give the kernel a moment to reap them.
    for (let i = 0; i < 20 && pids.some(processAlive); i++) await sleep(250);
    return { left: pids.filter(processAlive).map(String), seconds: seconds(Date.now() - started) };
  }
}

/** Documents as PostgreSQL says they should be, and as Meilisearch has them (id → content hash). */
async function indexEqualsDatabase(db: DataSource, config: AppConfig): Promise<boolean> {
  const documents = new SearchDocuments(db);
  const meili = createMeiliClient(config, meiliKeys(config).admin);
  for (const kind of INDEX_KINDS) {
    const want = new Map<string, string>();
    for (let after: string | null = null; ;) {
      const page = await pageOf(documents, kind, after);
      if (!page.length) break;
      for (const d of page) want.set(d.id, d.hash);
      after = page[page.length - 1].id;
    }
    let have = 0;
    for (let offset = 0; ; offset += 1000) {
      const page = await meili
        .index(kind)
        .getDocuments<{ id: string; hash: string }>({ fields: ['id', 'hash'], limit: 1000, offset });
      for (const d of page.results) {
        if (want.get(d.id) !== d.hash) return false;
        have++;
      }
      if (page.results.length < 1000) break;
    }
    if (have !== want.size) return false;
  }
  return true;
}

const pageOf = (documents: SearchDocuments, kind: IndexKind, after: string | null) =>
  kind === 'solutions'
    ? documents.solutionsPage(after, 2_000)
    : kind === 'organizations'
      ? documents.organizationsPage(after, 2_000)
      : documents.listingsPage(after, 2_000);

/** Seconds from `since` until the index equals the database (polled), or 'not within N s'. */
async function untilIndexEqual(config: AppConfig, since: number): Promise<number | string> {
  const deadline = Date.now() + INDEX_EQUAL_WITHIN_S * 1000;
  while (Date.now() < deadline) {
    const equal = await withDb(config, (db) => indexEqualsDatabase(db, config)).catch(() => false);
    if (equal) return seconds(Date.now() - since);
    await sleep(500);
  }
  return `not within ${INDEX_EQUAL_WITHIN_S} s`;
}

async function withDb<T>(config: AppConfig, work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Writes (new needs) in a steady stream until stopped; remembers which ones were acknowledged. */
class Writer {
  requests = 0;
  failed = 0;
  readonly acknowledged: string[] = [];
  lastOkAt = 0;
  private running = false;
  private loop?: Promise<void>;
  private n = 0;

  constructor(
    private readonly client: Client,
    private readonly organizationId: string,
    private readonly label: string,
  ) {}

  start(): void {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        const at = Date.now();
        this.requests++;
        this.n++;
        try {
          const res = await this.client.call('POST', '/api/v1/needs', {
            organizationId: this.organizationId,
            title: `Drill ${this.label} write ${this.n}`,
            problemStatement: 'Rural households walk hours to fetch water of doubtful quality.',
            desiredOutcome: 'Safe drinking water within reach of every household in three districts.',
            sdgs: [6],
            sdgTargets: ['6.1'],
            countries: ['KE'],
            modalities: ['training'],
            languages: ['en'],
          });
          if (res.status === 201) {
            this.acknowledged.push(res.body.id);
            this.lastOkAt = Date.now();
          } else this.failed++;
        } catch {
          this.failed++;
        }
        await sleep(Math.max(0, WRITE_EVERY_MS - (Date.now() - at)));
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Acknowledged writes that the database does not have. */
  async lost(config: AppConfig): Promise<number> {
    if (!this.acknowledged.length) return 0;
    const [{ n }] = await withDb(config, (db) =>
      db.query(`SELECT count(*)::int AS n FROM needs WHERE id = ANY($1::uuid[])`, [this.acknowledged]),
    );
    return this.acknowledged.length - n;
  }
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now();
    await sleep(250);
  }
  return undefined;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'galaxy-drill-'));
  const ports = { http: await freePort(), pg: await freePort(), meili: await freePort() };
  const env = loadEnv({ ...process.env, DATABASE_URL: '', MEILI_URL: '' });
  const config: AppConfig = {
    ...env,
    DATABASE_URL: embeddedPostgresUrl(ports.pg),
    MEILI_URL: `http://127.0.0.1:${ports.meili}`,
  };
  const platform = new Platform(dir, ports);
  const outcomes: Outcome[] = [];
  const print = (o: Outcome) => {
    outcomes.push(o);
    console.log(
      `  ${o.fault}: requests ${o.requests}, failed ${o.failed}, acknowledged writes lost ${o.lost}, index == database ${typeof o.indexEqualS === 'number' ? `${o.indexEqualS} s after recovery` : o.indexEqualS}, recovered in ${typeof o.recoverS === 'number' ? `${o.recoverS} s` : o.recoverS}${o.note ? ` (${o.note})` : ''}`,
    );
  };
  console.log(`Galaxy fault drill — ${new Date().toISOString()}`);
  let client: Client | undefined;
  try {
    console.log(`starting a throw-away platform in ${dir} (first start seeds the demo catalog)…`);
    console.log(`  ready in ${await platform.start()} s`);
    client = new Client(platform.base);
    await client.login('partner@galaxy.local', env.GALAXY_DEMO_PASSWORD);
    const me = (await client.call('GET', '/api/v1/auth/me')).body;
    const organizationId: string = me.memberships[0].organizationId;
    // Ready with search up: /ready stays 200 (degraded) while only Meilisearch is down.
    const ready = () => client!.call('GET', '/api/v1/ready').then((r) => r.status === 200 && r.body.status === 'ready');
    const writeOk = async () => {
      const res = await client!.call('GET', '/api/v1/stats');
      return res.status === 200;
    };

    // 1. Meilisearch down under writes: frozen (SIGSTOP: requests time out, the worst kind) so that the
    // supervisor cannot restart it, then thawed.
    {
      const writer = new Writer(client, organizationId, 'meili');
      writer.start();
      await sleep(1_000);
      const pid = platform.pidOf('meilisearch');
      process.kill(pid, 'SIGSTOP');
      const searchesDuring: number[] = [];
      const until = Date.now() + OUTAGE_S * 1000;
      while (Date.now() < until) {
        const t0 = Date.now();
        const res = await client.call('GET', '/api/v1/solutions?q=water').catch(() => ({ status: 0, body: {} }));
        searchesDuring.push(res.status === 200 && res.body.degraded ? Date.now() - t0 : -1);
        await sleep(250);
      }
      const [{ dead }] = await withDb(config, (db) =>
        db.query(`SELECT count(*)::int AS dead FROM search_outbox WHERE dead_at IS NOT NULL`),
      );
      process.kill(pid, 'SIGCONT');
      const back = Date.now();
      await sleep(2_000);
      await writer.stop();
      const recovered = await waitUntil(ready, 60_000);
      const ok = searchesDuring.filter((ms) => ms >= 0).sort((a, b) => a - b);
      print({
        fault: `Meilisearch frozen ${OUTAGE_S} s under writes`,
        requests: writer.requests,
        failed: writer.failed,
        lost: await writer.lost(config),
        indexEqualS: await untilIndexEqual(config, back),
        recoverS: recovered ? seconds(recovered - back) : 'no',
        note: `${dead} outbox rows dead-lettered; ${ok.length}/${searchesDuring.length} searches answered degraded, p50 ${ok[Math.floor(ok.length / 2)] ?? '—'} ms`,
      });
    }

    // 1b. Meilisearch killed (SIGKILL): the launcher restarts it.
    {
      const writer = new Writer(client, organizationId, 'meili-kill');
      writer.start();
      await sleep(1_000);
      const pid = platform.pidOf('meilisearch');
      const killed = Date.now();
      process.kill(pid, 'SIGKILL');
      const restarted = await waitUntil(async () => {
        const now = platform.pidOf('meilisearch');
        return now !== pid && processAlive(now) && (await ready());
      }, 60_000);
      await sleep(2_000);
      await writer.stop();
      print({
        fault: 'Meilisearch killed (SIGKILL) under writes',
        requests: writer.requests,
        failed: writer.failed,
        lost: await writer.lost(config),
        indexEqualS: await untilIndexEqual(config, restarted ?? Date.now()),
        recoverS: restarted ? seconds(restarted - killed) : 'not restarted',
      });
    }

    // 2. PostgreSQL killed under writes: the launcher restarts it; the pool reconnects.
    {
      const writer = new Writer(client, organizationId, 'pg');
      writer.start();
      await sleep(1_000);
      const pid = platform.pidOf('postgres');
      const killed = Date.now();
      process.kill(pid, 'SIGKILL');
      const recovered = await waitUntil(async () => writer.lastOkAt > killed + 500 && (await ready()), 90_000);
      await sleep(1_000);
      await writer.stop();
      print({
        fault: 'PostgreSQL killed (SIGKILL) under writes',
        requests: writer.requests,
        failed: writer.failed,
        lost: await writer.lost(config),
        indexEqualS: await untilIndexEqual(config, recovered ?? Date.now()),
        recoverS: recovered ? seconds(recovered - killed) : 'no',
      });
      await writeOk();
    }

    // 3. The launcher — and with it the API, which runs in its process — killed mid-burst, then
    // `npm start` again on the same data.
    {
      const burst = Array.from({ length: 4 }, (_, i) => new Writer(client!, organizationId, `burst${i}`));
      burst.forEach((w) => w.start());
      await sleep(1_500);
      const killed = Date.now();
      platform.child?.kill('SIGKILL');
      await sleep(1_000);
      await Promise.all(burst.map((w) => w.stop()));
      const leftRunning = (['postgres', 'meilisearch'] as const).filter((s) => processAlive(platform.pidOf(s)));
      let restartS: number | string;
      try {
        await platform.start(120_000);
        restartS = seconds(Date.now() - killed);
      } catch (error) {
        restartS = `did not start again: ${String(error).slice(0, 300)}`;
      }
      await client.login('partner@galaxy.local', env.GALAXY_DEMO_PASSWORD);
      const lost = (await Promise.all(burst.map((w) => w.lost(config)))).reduce((a, b) => a + b, 0);
      print({
        fault: 'launcher + API killed (SIGKILL) mid-burst, started again',
        requests: burst.reduce((n, w) => n + w.requests, 0),
        failed: burst.reduce((n, w) => n + w.failed, 0),
        lost,
        indexEqualS: await untilIndexEqual(config, Date.now()),
        recoverS: restartS,
        note: `left running by the killed launcher: ${leftRunning.join(', ') || 'nothing'}; stopped by the next start`,
      });
    }

    // 4. 12 concurrent stale PATCHes of one match by a party to it.
    {
      const curator = new Client(platform.base);
      await curator.login('curator@galaxy.local', env.GALAXY_DEMO_PASSWORD);
      const need = await client.call('POST', '/api/v1/needs', {
        organizationId,
        title: 'Drill: a need to match',
        problemStatement: 'Rural households walk hours to fetch water of doubtful quality.',
        desiredOutcome: 'Safe drinking water within reach of every household in three districts.',
        sdgs: [6],
        sdgTargets: ['6.1'],
        countries: ['KE'],
        modalities: ['training'],
        languages: ['en'],
      });
      const orgs = (await curator.call('GET', '/api/v1/organizations?pageSize=5')).body.items as { id: string }[];
      const provider = orgs.find((o) => o.id !== organizationId)?.id;
      const match = await curator.call('POST', '/api/v1/matches', { needId: need.body.id, organizationId: provider });
      if (match.status !== 201) throw new Error(`could not create a match: HTTP ${match.status}`);
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 12 }, () =>
          client!
            .call('PATCH', `/api/v1/matches/${match.body.id}`, {
              version: 999,
              commitment: 'Two engineers for a year.',
            })
            .then(
              (r) => r.status,
              () => 0,
            ),
        ),
      );
      const after = await waitUntil(ready, 15_000);
      const unanswered = answers.filter((s) => s === 0).length;
      print({
        fault: '12 concurrent stale PATCH /matches/:id {version: 999, commitment} by the recipient',
        requests: 12,
        failed: answers.filter((s) => s !== 409).length,
        lost: 'n/a (no write expected)',
        indexEqualS: 'n/a',
        recoverS: after ? seconds(after - started) : 'HANG: /ready did not answer within 15 s',
        note: `answers: ${answers.map((s) => (s === 0 ? 'none' : s)).join(' ')}${unanswered ? ` — ${unanswered} never answered within ${Client.TIMEOUT_MS / 1000} s` : ''}`,
      });
      curator.close();
    }
  } finally {
    client?.close();
    const { left, seconds: stopS } = await platform.stop();
    console.log(
      `\nCtrl-C of the platform: stopped in ${stopS} s, ${left.length ? `LEFT RUNNING: pids ${left.join(', ')}` : 'no process left behind'}`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
  const lost = outcomes.reduce((n, o) => n + (typeof o.lost === 'number' ? o.lost : 0), 0);
  const slow = outcomes.filter((o) => typeof o.indexEqualS === 'string' && o.indexEqualS !== 'n/a');
  console.log(
    `\nsummary: ${lost} acknowledged writes lost (target 0); ${slow.length ? `index not equal to the database within ${INDEX_EQUAL_WITHIN_S} s after: ${slow.map((o) => o.fault).join('; ')}` : 'index == database after every fault'}`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
