import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Real PostgreSQL and Meilisearch processes from npm packages, for `npm start`, `npm run dev`, the
 * integration tests and the benchmarks. Nothing here is a fake: these are the real servers.
 */

export class EmbeddedServiceError extends Error {}

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

export type Log = (line: string) => void;

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

/** True when something listens on the loopback port. */
export async function portInUse(port: number): Promise<boolean> {
  return assertPortFree(port, '', '').then(
    () => false,
    () => true,
  );
}

/** A started server process, watched by `supervise`. */
export interface ManagedProcess extends RunningService {
  pid: number;
  /** Resolves when the process ends, for whatever reason. */
  exited: Promise<void>;
}

export interface SupervisedService extends RunningService {
  /** Restarts so far (for drills and logs). */
  readonly restarts: number;
  /** The current process id, or undefined between a death and its restart. */
  readonly pid: number | undefined;
}

/**
 * Keeps a server running: when its process dies (not through `stop`), starts it again after a
 * backoff (1 s doubling to 30 s; back to 1 s once a start has stayed up a minute). The first start
 * fails as it always did: a server that never came up is a configuration problem to report.
 */
export async function supervise(
  name: string,
  start: () => Promise<ManagedProcess>,
  options: { log?: Log; baseDelayMs?: number; maxDelayMs?: number } = {},
): Promise<SupervisedService> {
  const log = options.log ?? ((line: string) => console.log(line));
  const base = options.baseDelayMs ?? 1_000;
  const max = options.maxDelayMs ?? 30_000;
  let current: ManagedProcess | undefined = await start();
  let stopping = false;
  let restarts = 0;
  let delay = base;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;

  const watch = (proc: ManagedProcess) => {
    const startedAt = Date.now();
    void proc.exited.then(async () => {
      if (stopping || current !== proc) return;
      current = undefined;
      if (Date.now() - startedAt > 60_000) delay = base;
      while (!stopping) {
        log(`galaxy: ${name} exited unexpectedly; restarting in ${(delay / 1000).toFixed(1)} s`);
        await new Promise<void>((done) => {
          wake = done;
          timer = setTimeout(done, delay);
        });
        delay = Math.min(max, delay * 2);
        if (stopping) return;
        try {
          const next = await start();
          if (stopping) {
            await next.stop();
            return;
          }
          current = next;
          restarts++;
          log(`galaxy: ${name} restarted (pid ${next.pid})`);
          watch(next);
          return;
        } catch (error) {
          log(`galaxy: ${name} did not restart: ${String(error)}`);
        }
      }
    });
  };
  watch(current);

  return {
    url: current.url,
    get restarts() {
      return restarts;
    },
    get pid() {
      return current?.pid;
    },
    stop: async () => {
      stopping = true;
      clearTimeout(timer);
      wake?.();
      const proc = current;
      current = undefined;
      await proc?.stop();
    },
  };
}

/** True when a process with this id exists (and may be signalled by us). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Stops a server left running by a crashed launcher (SIGKILL leaves its children behind), found by
 * the pid it recorded in its data directory: only when that process's command line names this data
 * directory, so a reused pid or another installation is never touched. Returns whether it stopped one.
 */
export async function stopStaleProcess(
  pid: number | undefined,
  dataDir: string,
  what: string,
  signal: NodeJS.Signals,
  log: Log = (line) => console.log(line),
): Promise<boolean> {
  if (!pid || !processAlive(pid)) return false;
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return false;
  }
  if (!cmdline.includes(dataDir)) return false;
  log(`galaxy: stopping ${what} (pid ${pid}) left running by an earlier start that did not stop cleanly`);
  process.kill(pid, signal);
  for (let waited = 0; processAlive(pid); waited += 100) {
    if (waited === 15_000) process.kill(pid, 'SIGKILL');
    if (waited > 20_000) throw new EmbeddedServiceError(`could not stop ${what} (pid ${pid}); stop it by hand`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}
