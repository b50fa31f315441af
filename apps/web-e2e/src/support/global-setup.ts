import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => ok(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the built platform with the launcher that `npm start` uses, in a throw-away data dir. */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'galaxy-e2e-'));
  const [port, pgPort, meiliPort] = [await freePort(), await freePort(), await freePort()];
  const child = spawn(process.execPath, ['dist/apps/api/launcher.js'], {
    cwd: join(__dirname, '../../../..'),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      GALAXY_PG_PORT: String(pgPort),
      GALAXY_MEILI_PORT: String(meiliPort),
      GALAXY_DATA_DIR: dir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      MEILI_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`platform did not start in 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('galaxy: ready')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`platform exited (${code}) during start:\n${output}`)));
  });
  process.env.GALAXY_E2E_URL = `http://127.0.0.1:${port}`;
  // For the few tests that must set up what no screen can (e.g. a search-sync dead letter).
  process.env.GALAXY_E2E_DATABASE_URL = `postgres://postgres:galaxy-embedded@127.0.0.1:${pgPort}/galaxy`;
  const platform = { child, dir, stopping: false };
  // Otherwise every later test fails with "connection refused" and nothing says why.
  child.once('exit', (code, signal) => {
    if (platform.stopping) return;
    console.error(
      `\nThe platform stopped in the middle of the run (exit code ${code}, signal ${signal}). Its last output:\n` +
        output.slice(-20_000),
    );
  });
  (globalThis as Record<string, unknown>).__GALAXY_PLATFORM__ = platform;
}
