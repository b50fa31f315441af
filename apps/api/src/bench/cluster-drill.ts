import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadEnv } from '../config/env';
import { dataSourceOptions } from '../database/data-source';
import { freePort, portInUse, processAlive } from '../embedded/embedded-services';
import { embeddedPostgresUrl } from '../embedded/postgres';
import { OrganizationsRepository } from '../modules/organizations';
import { Client } from './http-client';

/**
 * `npm run drill:cluster`: `npm start -- --replicas 3` in a temp data dir on free ports (3 API
 * processes, a worker, nginx in front), N connections of mixed reads and writes for a while, and
 * meanwhile: SIGKILL of one replica, a rolling restart (SIGUSR2 to the launcher) of the replicas one
 * by one and then the worker, and a restart (SIGTERM) of the worker. Then it prints failed idempotent
 * requests, acknowledged writes lost, seconds until each write was searchable, reminders and mails
 * sent twice, and whether the 11th failed login is refused whichever replica answers.
 *
 *   npm run drill:cluster                                   # 50 connections, 60 s
 *   npm run drill:cluster -- --connections 8 --seconds 20   # smaller
 *
 * Load runs for --seconds, and on until the rolling restart has finished; each connection waits
 * --think-ms between requests (default 50), so the drill measures the platform, not a saturated CPU.
 */
interface Options {
  connections: number;
  seconds: number;
  thinkMs: number;
  replicas: number;
}

function options(argv: string[]): Options {
  const value = (name: string, fallback: number, min: number) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return fallback;
    const n = Number(argv[i + 1]);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} takes a whole number from ${min}`);
    return n;
  };
  return {
    connections: value('connections', 50, 1),
    seconds: value('seconds', 60, 5),
    thinkMs: value('think-ms', 50, 0),
    replicas: value('replicas', 3, 2),
  };
}

const root = process.cwd();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const WRITE_SHARE = 0.2;
const DUE_SOLUTIONS = 20;
const IDLE_MATCHES = 5;

interface ClusterState {
  launcher: number;
  nginx: number | null;
  processes: { id: string; role: string; port: number; pid: number | null; inRotation: boolean | null }[];
}

class Launcher {
  child?: ChildProcess;
  output = '';
  constructor(
    readonly dir: string,
    readonly ports: { http: number; pg: number; meili: number },
    readonly replicas: number,
  ) {}

  get base() {
    return `http://127.0.0.1:${this.ports.http}`;
  }

  state(): ClusterState {
    return JSON.parse(readFileSync(join(this.dir, 'cluster.json'), 'utf8')) as ClusterState;
  }

  pidOf(id: string): number {
    const pid = this.state().processes.find((p) => p.id === id)?.pid;
    if (!pid) throw new Error(`${id} has no process now`);
    return pid;
  }

  async start(): Promise<number> {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [join(root, 'dist/apps/api/launcher.js'), '--replicas', String(this.replicas)],
      {
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
          // Reminders every 2 s, so that a drill of a minute sees many rounds on every worker it runs.
          REMINDERS_EVERY_MS: '2000',
          SEARCH_RETRY_BASE_MS: '100',
          SEARCH_RETRY_MAX_MS: '1000',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    const onData = (chunk: Buffer) => {
      this.output += chunk.toString();
      if (this.output.length > 200_000) this.output = this.output.slice(-100_000);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`cluster did not start:\n${this.output.slice(-3000)}`)), 300_000);
      const check = setInterval(() => {
        if (this.output.includes('galaxy: ready')) {
          clearTimeout(timer);
          clearInterval(check);
          ready();
        }
      }, 100);
      child.once('exit', (code) => {
        clearTimeout(timer);
        clearInterval(check);
        fail(new Error(`launcher exited (${code}) during start:\n${this.output.slice(-3000)}`));
      });
    });
    return seconds(Date.now() - started);
  }

  lines(pattern: RegExp): string[] {
    return this.output.split('\n').filter((l) => pattern.test(l));
  }

  /** Ctrl-C; then whether anything it started is left. */
  async stop(): Promise<{ left: string[]; seconds: number }> {
    const started = Date.now();
    const pids: number[] = [];
    try {
      const state = this.state();
      if (state.nginx) pids.push(state.nginx);
      for (const p of state.processes) if (p.pid) pids.push(p.pid);
    } catch {
      // never started
    }
    for (const file of ['postgres/postmaster.pid', 'meilisearch/meilisearch.pid']) {
      const path = join(this.dir, file);
      if (existsSync(path)) pids.push(Number(readFileSync(path, 'utf8').split('\n')[0]));
    }
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await Promise.race([exited, sleep(90_000)]);
    }
    for (let i = 0; i < 40 && pids.some(processAlive); i++) await sleep(250);
    return { left: pids.filter(processAlive).map(String), seconds: seconds(Date.now() - started) };
  }
}

/** One client connection of the load: reads and writes at random, counting what failed. */
class Connection {
  readsOk = 0;
  readsFailed = 0;
  writesOk = 0;
  writesFailed = 0;
  sessionLost = 0;
  readonly failures: string[] = [];
  readonly acknowledged: string[] = [];
  readonly servedBy = new Map<string, number>();
  private running = false;
  private loop?: Promise<void>;
  private n = 0;

  constructor(
    readonly client: Client,
    private readonly index: number,
    private readonly organizationId: string,
    private readonly slugs: string[],
    private readonly thinkMs: number,
  ) {}

  start(): void {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        if (Math.random() < WRITE_SHARE) await this.write();
        else await this.read();
        if (this.thinkMs) await sleep(this.thinkMs * (0.5 + Math.random()));
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private note(servedBy: string | undefined) {
    if (servedBy) this.servedBy.set(servedBy, (this.servedBy.get(servedBy) ?? 0) + 1);
  }

  private async read(): Promise<void> {
    const words = ['water', 'solar', 'health', 'school', 'seed', 'women', 'digital', 'fish'];
    const word = words[Math.floor(Math.random() * words.length)];
    const pick = Math.random();
    const path =
      pick < 0.4
        ? `/api/v1/solutions?q=${word}&page=${1 + Math.floor(Math.random() * 3)}`
        : pick < 0.6
          ? `/api/v1/solutions/${this.slugs[Math.floor(Math.random() * this.slugs.length)]}`
          : pick < 0.7
            ? '/api/v1/stats'
            : pick < 0.8
              ? `/api/v1/needs?q=${word}`
              : pick < 0.9
                ? '/api/v1/organizations?pageSize=10'
                : '/api/v1/auth/me';
    try {
      const res = await this.client.call('GET', path);
      this.note(res.servedBy);
      if (res.status === 200) {
        this.readsOk++;
        // Signed in, /auth/me is the member; signed out, { me: null }.
        if (path === '/api/v1/auth/me' && !res.body?.email) this.sessionLost++;
      } else {
        this.readsFailed++;
        this.failures.push(`GET ${path}: HTTP ${res.status} from ${res.servedBy ?? 'nginx'}`);
      }
    } catch (error) {
      this.readsFailed++;
      this.failures.push(`GET ${path}: ${String(error)}`);
    }
  }

  private async write(): Promise<void> {
    this.n++;
    try {
      const res = await this.client.call('POST', '/api/v1/needs', {
        organizationId: this.organizationId,
        title: `Cluster drill c${this.index} w${this.n}`,
        problemStatement: 'Rural households walk hours to fetch water of doubtful quality.',
        desiredOutcome: 'Safe drinking water within reach of every household in three districts.',
        sdgs: [6],
        sdgTargets: ['6.1'],
        countries: ['KE'],
        modalities: ['training'],
        languages: ['en'],
      });
      this.note(res.servedBy);
      if (res.status === 201) {
        this.writesOk++;
        this.acknowledged.push(res.body.id);
      } else {
        this.writesFailed++;
        this.failures.push(`POST /api/v1/needs: HTTP ${res.status} from ${res.servedBy ?? 'nginx'}`);
      }
    } catch (error) {
      this.writesFailed++;
      this.failures.push(`POST /api/v1/needs: ${String(error)}`);
    }
  }
}

/** A base port with the `count` ports after it free as well. */
async function freeRange(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    let free = true;
    for (let p = base; p < base + count && free; p++) free = !(await portInUse(p));
    if (free) return base;
  }
  throw new Error('no range of free ports found');
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
  const o = options(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'galaxy-cluster-drill-'));
  const ports = { http: await freeRange(o.replicas + 3), pg: await freePort(), meili: await freePort() };
  const env = loadEnv({ ...process.env, DATABASE_URL: '', MEILI_URL: '' });
  const launcher = new Launcher(dir, ports, o.replicas);
  const db = new DataSource(dataSourceOptions(embeddedPostgresUrl(ports.pg)));
  const connections: Connection[] = [];
  let failed = false;
  console.log(
    `Galaxy cluster drill — ${new Date().toISOString()}: ${o.replicas} replicas + worker behind nginx, ` +
      `${o.connections} connections (${Math.round(WRITE_SHARE * 100)} % writes, ${o.thinkMs} ms think time), ${o.seconds} s`,
  );
  try {
    console.log(`starting npm start -- --replicas ${o.replicas} in ${dir} (the first start seeds the demo catalog)…`);
    console.log(`  ready in ${await launcher.start()} s`);
    await db.initialize();

    // Reminders that the worker(s) will send during the drill: solutions due for verification, each
    // with a contact of its own, and matches idle for 20 days.
    await db.query(
      `UPDATE solutions SET last_verified_at = now() - interval '19 months', confirmation_requested_at = NULL,
         contacts = jsonb_build_array(jsonb_build_object('name', 'Drill contact', 'email', 'drill-contact-' || id || '@contacts.example'))
       WHERE id IN (SELECT id FROM solutions s WHERE curation_status = 'published'
         AND last_verified_at > now() - interval '17 months' AND confirmation_requested_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_id = s.id AND a.action = 'verification_requested')
         ORDER BY id LIMIT $1)`,
      [DUE_SOLUTIONS],
    );
    // Memberships are the organizations aggregate's: asked through its repository.
    const organizations = new OrganizationsRepository(db);
    const [partner] = await db.query(`SELECT id FROM users WHERE email = 'partner@galaxy.local'`);
    const partnerOrg = { id: (await organizations.organizationIdsOf(partner.id))[0] };
    const [curator] = await db.query(`SELECT id FROM users WHERE email = 'curator@galaxy.local'`);
    // A provider with members if there is one (its reminders then have someone to go to).
    const others: { id: string }[] = await db.query(
      `SELECT id FROM organizations WHERE id <> $1 ORDER BY id LIMIT 50`,
      [partnerOrg.id],
    );
    let provider = others[0].id;
    for (const o of others)
      if ((await organizations.members(o.id)).length) {
        provider = o.id;
        break;
      }
    for (let i = 0; i < IDLE_MATCHES; i++) {
      const [need] = await db.query(
        `INSERT INTO needs (organization_id, title, problem_statement, desired_outcome, sdgs, countries, modalities, languages)
         VALUES ($1, $2, 'x', 'y', '{6}', '{KE}', '{training}', '{en}') RETURNING id`,
        [partnerOrg.id, `Drill idle need ${i}`],
      );
      await db.query(
        `INSERT INTO matches (need_id, provider_id, stage, broker_id, introduced_at, last_action_at, created_at)
         VALUES ($1, $2, 'introduced', $3, now() - interval '20 days', now() - interval '20 days', now() - interval '21 days')`,
        [need.id, provider, curator.id],
      );
    }

    const slugs = (
      await db.query(`SELECT slug FROM solutions WHERE curation_status = 'published' ORDER BY random() LIMIT 200`)
    ).map((r: { slug: string }) => r.slug);
    for (let i = 0; i < o.connections; i++) {
      const client = new Client(launcher.base, { maxSockets: 1, timeoutMs: 30_000, retryClosedConnections: true });
      await client.login('partner@galaxy.local', env.GALAXY_DEMO_PASSWORD);
      connections.push(new Connection(client, i, partnerOrg.id, slugs, o.thinkMs));
    }

    // The load, and the faults on a schedule.
    const started = Date.now();
    const at = (share: number) => started + share * o.seconds * 1000;
    connections.forEach((c) => c.start());
    const events: string[] = [];
    const event = (line: string) => {
      events.push(`  +${seconds(Date.now() - started)} s ${line}`);
      console.log(events[events.length - 1]);
    };

    await sleep(Math.max(0, at(0.15) - Date.now()));
    const victim = launcher.pidOf('api-2');
    process.kill(victim, 'SIGKILL');
    event(`SIGKILL api-2 (pid ${victim})`);
    const back = await waitUntil(async () => {
      const p = launcher.state().processes.find((x) => x.id === 'api-2');
      return Boolean(p?.pid && p.pid !== victim && p.inRotation);
    }, 120_000);
    event(back ? `api-2 restarted by the launcher and back in rotation` : 'api-2 NOT back within 120 s');

    await sleep(Math.max(0, at(0.3) - Date.now()));
    const worker = launcher.pidOf('worker');
    process.kill(worker, 'SIGTERM');
    event(`SIGTERM worker (pid ${worker}): the launcher starts it again`);

    await sleep(Math.max(0, at(0.45) - Date.now()));
    const rollsBefore = launcher.lines(/rolling restart done/).length;
    process.kill(launcher.child!.pid!, 'SIGUSR2');
    event('SIGUSR2 to the launcher: rolling restart of the replicas, then the worker');
    const rolled = await waitUntil(async () => launcher.lines(/rolling restart done/).length > rollsBefore, 600_000);
    for (const line of launcher.lines(/rolling restart: /)) event(line.replace(/^galaxy: /, ''));
    event(rolled ? 'rolling restart done' : 'rolling restart NOT done within 600 s');

    await sleep(Math.max(5_000, at(1) - Date.now()));
    await Promise.all(connections.map((c) => c.stop()));
    const loadS = seconds(Date.now() - started);
    event('load stopped');

    // 11th failed login, whichever replica answers: 10 wrong passwords through nginx, then the right one.
    const login = new Client(launcher.base, { maxSockets: 1 });
    await login.call('GET', '/api/v1/auth/csrf');
    const loginServers = new Set<string>();
    const wrong: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await login.call('POST', '/api/v1/auth/login', {
        email: 'curator@galaxy.local',
        password: `wrong-${i}`,
      });
      wrong.push(res.status);
      if (res.servedBy) loginServers.add(res.servedBy);
    }
    const eleventh: string[] = [];
    const viaNginx = await login.call('POST', '/api/v1/auth/login', {
      email: 'curator@galaxy.local',
      password: env.GALAXY_DEMO_PASSWORD,
    });
    eleventh.push(`nginx→${viaNginx.servedBy}: ${viaNginx.status}`);
    for (const p of launcher.state().processes.filter((x) => x.role === 'api')) {
      const direct = new Client(`http://127.0.0.1:${p.port}`, { maxSockets: 1 });
      await direct.call('GET', '/api/v1/auth/csrf');
      const res = await direct.call('POST', '/api/v1/auth/login', {
        email: 'curator@galaxy.local',
        password: env.GALAXY_DEMO_PASSWORD,
      });
      eleventh.push(`${p.id} directly: ${res.status}`);
      direct.close();
    }
    login.close();
    const refusedEverywhere = eleventh.every((e) => e.endsWith(': 429'));

    // Writes: lost, and seconds until searchable (the outbox row of the write marked done, which the
    // indexer does only once Meilisearch's task has succeeded), on PostgreSQL's clock.
    const acknowledged = connections.flatMap((c) => c.acknowledged);
    await waitUntil(
      async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM search_outbox WHERE entity = 'need' AND entity_id = ANY($1::uuid[]) AND processed_at IS NULL AND dead_at IS NULL`,
            [acknowledged],
          )
        )[0].n === 0,
      60_000,
    );
    const [{ present }] = await db.query(`SELECT count(*)::int AS present FROM needs WHERE id = ANY($1::uuid[])`, [
      acknowledged,
    ]);
    const lags: { s: number | null }[] = await db.query(
      `SELECT extract(epoch FROM (SELECT min(o.processed_at) FROM search_outbox o WHERE o.entity = 'need' AND o.entity_id = n.id) - n.created_at)::float8 AS s
       FROM needs n WHERE n.id = ANY($1::uuid[])`,
      [acknowledged],
    );
    const searchable = lags
      .filter((l) => l.s !== null)
      .map((l) => l.s as number)
      .sort((a, b) => a - b);
    const pct = (p: number) =>
      searchable.length ? searchable[Math.min(searchable.length - 1, Math.floor(p * searchable.length))] : NaN;

    // Reminders and mails: each due solution asked once, each party of an idle match reminded once.
    const askedTwice: { id: string; n: number }[] = await db.query(
      `SELECT entity_id AS id, count(*)::int AS n FROM audit_log WHERE action = 'verification_requested'
       GROUP BY entity_id HAVING count(*) > 1`,
    );
    const twiceAsked = askedTwice.length;
    const [{ asked }] = await db.query(
      `SELECT count(DISTINCT entity_id)::int AS asked FROM audit_log WHERE action = 'verification_requested'`,
    );
    const mails: { recipient: string; subject: string; n: number; senders: string[] }[] = await db.query(
      `SELECT recipients[1] AS recipient, subject, count(*)::int AS n, array_agg(DISTINCT sent_by) AS senders FROM dev_mails
       WHERE subject LIKE 'Is "%" still accurate?' OR subject LIKE 'No news for %'
       GROUP BY 1, 2`,
    );
    const mailedTwice = mails.filter((m) => m.n > 1);
    const idleMails = mails.filter((m) => m.subject.startsWith('No news for')).length;
    const senders = [...new Set(mails.flatMap((m) => m.senders))].sort();

    const sum = (f: (c: Connection) => number) => connections.reduce((n, c) => n + f(c), 0);
    const served = new Map<string, number>();
    for (const c of connections) for (const [k, v] of c.servedBy) served.set(k, (served.get(k) ?? 0) + v);
    const failures = connections.flatMap((c) => c.failures);
    const readsFailed = sum((c) => c.readsFailed);
    const lost = acknowledged.length - present;
    const notSearchable = acknowledged.length - searchable.length;
    const twice = twiceAsked + mailedTwice.length;
    const sessionsLost = sum((c) => c.sessionLost);

    console.log(`\nload: ${loadS} s, ${sum((c) => c.readsOk + c.readsFailed + c.writesOk + c.writesFailed)} requests`);
    console.log(
      `  answered by: ${[...served]
        .sort()
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    console.log(
      `  reads (GET, idempotent): ${sum((c) => c.readsOk)} ok, ${readsFailed} failed; ` +
        `${sum((c) => c.client.retriedOnClosedConnection)} sent on a keep-alive connection that nginx closed at a reload, ` +
        'and retried at once on a new one (as browsers do)',
    );
    console.log(
      `  writes (POST /needs, not retried by nginx): ${sum((c) => c.writesOk)} acknowledged, ${sum((c) => c.writesFailed)} failed`,
    );
    for (const f of [...new Set(failures)].slice(0, 10)) console.log(`    ${f}`);
    console.log('\nresults (target):');
    console.log(`  failed idempotent requests: ${readsFailed} (0)`);
    console.log(`  acknowledged writes lost: ${lost} of ${acknowledged.length} (0)`);
    console.log(`  signed-in GET /auth/me that found no session, whichever replica answered: ${sessionsLost} (0)`);
    console.log(
      `  seconds until a write was searchable: max ${pct(1).toFixed(2)}, p95 ${pct(0.95).toFixed(2)}, p50 ${pct(0.5).toFixed(2)}; ` +
        `${searchable.filter((x) => x <= 2).length} of ${searchable.length} within 2 s; not searchable at the end: ${notSearchable} ` +
        '(target: within the sync lag; the indexer runs in the worker only, so writes made while it restarts wait in the outbox until it is back)',
    );
    console.log(
      `  reminders or mails sent twice: ${twice} (0) — ${asked} due solutions asked (${DUE_SOLUTIONS} made due by the drill, the rest by the seed), ${idleMails} idle-match mails, sent by ${senders.join(', ') || 'nobody'}` +
        (askedTwice.length ? `; asked twice: ${askedTwice.map((a) => `solution ${a.id} ×${a.n}`).join(', ')}` : '') +
        (mailedTwice.length
          ? `; mailed twice: ${mailedTwice.map((m) => `${m.recipient} "${m.subject}" ×${m.n}`).join('; ')}`
          : ''),
    );
    console.log(
      `  11th failed login refused whichever replica answers: ${refusedEverywhere ? 'yes' : 'NO'} (yes) — 10 wrong passwords answered ${wrong.join(' ')} by ${[...loginServers].sort().join(', ')}; then the right one: ${eleventh.join(', ')}`,
    );
    failed =
      readsFailed > 0 ||
      lost > 0 ||
      sessionsLost > 0 ||
      notSearchable > 0 ||
      twice > 0 ||
      !refusedEverywhere ||
      asked < DUE_SOLUTIONS ||
      !rolled;
  } finally {
    connections.forEach((c) => c.client.close());
    if (db.isInitialized) await db.destroy();
    const { left, seconds: stopS } = await launcher.stop();
    console.log(
      `\nCtrl-C of the launcher: stopped in ${stopS} s, ${left.length ? `LEFT RUNNING: pids ${left.join(', ')}` : 'no process left behind'}`,
    );
    if (left.length) failed = true;
    rmSync(dir, { recursive: true, force: true });
  }
  if (failed) {
    console.log('drill: a target was missed');
    process.exit(1);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
