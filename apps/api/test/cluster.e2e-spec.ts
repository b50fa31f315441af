import { SolutionInputSchema, type DevMail, type SolutionInput } from '@galaxy/contracts';
import { DataSource } from 'typeorm';
import { loadEnv, type AppConfig } from '../src/config/env';
import { dataSourceOptions } from '../src/database/data-source';
import { runAlone } from '../src/database/locks';
import { queryReadOnly } from '../src/database/read-replica';
import { CatalogWriter } from '../src/modules/solutions';
import { SearchSync } from '../src/modules/search';
import { solutionInput, waitFor } from './setup/factories';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';
import { TcpProxy } from './setup/tcp-proxy';
import { testConfig } from './setup/test-env';

/**
 * Several processes over one PostgreSQL, as `npm start -- --replicas N` runs them: singleton jobs
 * under advisory locks, what each role runs, the development mailbox shared by all, and read-only
 * queries on the read replica.
 */
const parse = (inputs: SolutionInput[]) => inputs.map((i) => SolutionInputSchema.parse(i));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LOCK = 99_000_001;

/** What loadEnv derives for a role: the jobs it runs. */
function role(name: 'api' | 'worker' | 'all'): Partial<AppConfig> {
  const env = loadEnv({ GALAXY_ROLE: name });
  return {
    GALAXY_ROLE: env.GALAXY_ROLE,
    INDEXER_ENABLED: env.INDEXER_ENABLED,
    REMINDERS_ENABLED: env.REMINDERS_ENABLED,
  };
}

describe('a singleton job under an advisory lock', () => {
  const { DATABASE_URL } = testConfig();
  const processes: DataSource[] = [];
  const newProcess = async () => {
    const db = await new DataSource(dataSourceOptions(DATABASE_URL)).initialize();
    processes.push(db);
    return db;
  };
  afterAll(async () => {
    for (const db of processes) if (db.isInitialized) await db.destroy();
  });

  it('runs in one process at a time; another runs it once the first is done, or dead', async () => {
    const [a, b, c] = [await newProcess(), await newProcess(), await newProcess()];
    let finish!: () => void;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const first = runAlone(a, LOCK, async () => {
      started();
      await new Promise<void>((resolve) => (finish = resolve));
      return 'first';
    });
    await running;
    expect(await runAlone(b, LOCK, async () => 'second')).toEqual({ skipped: true });
    // Another connection of the same process is refused too: the lock is per run, not per process.
    expect(await runAlone(a, LOCK, async () => 'again')).toEqual({ skipped: true });
    finish();
    expect(await first).toEqual({ skipped: false, result: 'first' });
    expect(await runAlone(b, LOCK, async () => 'second')).toEqual({ skipped: false, result: 'second' });

    // A process that dies mid-run (its backend goes away with it) leaves no lock behind.
    let fail!: (error: Error) => void;
    const stuck = runAlone(c, LOCK, () => new Promise<never>((_resolve, reject) => (fail = reject)));
    await waitFor(
      async () =>
        (await a.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted`, [LOCK]))
          .length === 1,
      5_000,
      'the lock to be held',
    );
    expect(await runAlone(b, LOCK, async () => 'while stuck')).toEqual({ skipped: true });
    await a.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted`,
      [LOCK],
    );
    // pg_terminate_backend only signals: the lock goes when the backend has exited.
    await waitFor(
      async () =>
        (await a.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted`, [LOCK]))
          .length === 0,
      5_000,
      'the dead holder to let go of the lock',
    );
    expect(await runAlone(b, LOCK, async () => 'after death')).toEqual({ skipped: false, result: 'after death' });
    fail(new Error('the process is gone'));
    await expect(stuck).rejects.toThrow('the process is gone');
  });
});

describe('roles', () => {
  const apps: TestApp[] = [];
  const boot = async (overrides: Partial<AppConfig>) => {
    const app = await bootTestApp({ SEARCH_INDEX_PREFIX: 'cluster_', REMINDERS_EVERY_MS: 1_000, ...overrides });
    apps.push(app);
    return app;
  };
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('an api replica runs no job; two workers index, and remind each contact once, seen from any replica', async () => {
    const api = await boot({ ...role('api'), GALAXY_REPLICA_ID: 'api-1' });
    expect(api.config).toMatchObject({ INDEXER_ENABLED: false, REMINDERS_ENABLED: false });
    await resetCatalog(api.db);
    const titles = ['Seed banks', 'Solar pumps', 'Fish ovens'];
    await api.app
      .get(CatalogWriter)
      .writeSolutions(parse(titles.map((title) => solutionInput({ title }))), { publish: true });
    await api.db.query(
      `UPDATE solutions SET last_verified_at = now() - interval '19 months',
         contacts = jsonb_build_array(jsonb_build_object('name', 'Lea', 'email', lower(replace(title, ' ', '-')) || '@contacts.example'))`,
    );
    const requested = async () =>
      Number((await api.db.query(`SELECT count(*) AS n FROM audit_log WHERE action = 'verification_requested'`))[0].n);

    // Three reminder periods later, the api replica has neither indexed nor reminded.
    await sleep(3_000);
    expect((await api.app.get(SearchSync).pending()).pending).toBeGreaterThan(0);
    expect(await requested()).toBe(0);
    expect((await api.http.get('/api/v1/dev/mail').expect(200)).body).toEqual([]);

    const workers = [
      await boot({ ...role('worker'), GALAXY_REPLICA_ID: 'worker-1' }),
      await boot({ ...role('worker'), GALAXY_REPLICA_ID: 'worker-2' }),
    ];
    expect(workers[0].config).toMatchObject({ INDEXER_ENABLED: true, REMINDERS_ENABLED: true });
    await waitFor(
      async () => (await api.app.get(SearchSync).pending()).pending === 0 && (await requested()) === 3,
      30_000,
      'the workers to index and remind',
    );
    // Both workers keep running the reminders every second: nobody is asked twice.
    await sleep(3_000);
    expect(await requested()).toBe(3);
    const res = await api.http.get('/api/v1/dev/mail').expect(200);
    expect(res.headers['x-served-by']).toBe('api-1');
    const mails = res.body as DevMail[];
    expect(mails.map((m) => m.to[0]).sort()).toEqual([
      'fish-ovens@contacts.example',
      'seed-banks@contacts.example',
      'solar-pumps@contacts.example',
    ]);
    const sentBy: { sent_by: string }[] = await api.db.query(`SELECT DISTINCT sent_by FROM dev_mails`);
    expect(sentBy.every((r) => r.sent_by.startsWith('worker-'))).toBe(true);
  });
});

describe('a read replica (DATABASE_REPLICA_URL)', () => {
  const { DATABASE_URL } = testConfig();
  // pg_stat_activity shows each connection's last statement (its first 1 kB).
  const lastStatementOf = async (db: DataSource, applicationName: string): Promise<string[]> =>
    (
      await db.query(`SELECT query FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`, [
        applicationName,
      ])
    ).map((r: { query: string }) => r.query);

  it('answers read-only queries (stats, degraded search) from the replica and everything else from the primary', async () => {
    // The "replica" is the same database through a relay, on a pool of its own; application_name tells
    // which pool served a statement.
    const url = new URL(DATABASE_URL);
    const relay = new TcpProxy({ host: url.hostname, port: Number(url.port) });
    url.port = String(await relay.open());
    const t = await bootTestApp({ DATABASE_REPLICA_URL: url.toString(), MEILI_URL: 'http://127.0.0.1:9' });
    try {
      const name = `SELECT current_setting('application_name') AS name`;
      expect(await queryReadOnly(t.db, name)).toEqual([{ name: 'galaxy-replica' }]);
      expect(await t.db.query(name)).toEqual([{ name: 'galaxy' }]);
      // Entity and query-builder reads stay on the primary too (replication.defaultMode 'master').
      const built = await t.db
        .createQueryBuilder()
        .select(`current_setting('application_name')`, 'name')
        .from('migrations', 'm')
        .limit(1)
        .getRawOne();
      expect(built).toEqual({ name: 'galaxy' });
      await t.db.transaction(async (m) => expect(await m.query(name)).toEqual([{ name: 'galaxy' }]));

      await t.http.get('/api/v1/stats').expect(200);
      expect(
        (await lastStatementOf(t.db, 'galaxy-replica')).some((q) =>
          q.startsWith('WITH p AS (SELECT id, sdgs, modality'),
        ),
      ).toBe(true);
      const search = await t.http.get('/api/v1/solutions?q=water').expect(200);
      expect(search.body.degraded).toBe(true);
      expect(
        (await lastStatementOf(t.db, 'galaxy-replica')).some((q) => q.startsWith('WITH f AS MATERIALIZED (')),
      ).toBe(true);

      // A replica that cannot be reached is no outage: the primary answers.
      await relay.cut();
      expect(await queryReadOnly(t.db, name)).toEqual([{ name: 'galaxy' }]);
      await t.http.get('/api/v1/stats').expect(200);
      expect((await t.http.get('/api/v1/solutions?q=water').expect(200)).body.degraded).toBe(true);
      await t.http.get('/api/v1/ready').expect(200);
    } finally {
      await t.close();
      await relay.cut();
    }
  });
});
