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
