import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../embedded/embedded-services';

/**
 * `npm run bench:start`: times `npm start` to "ready" twice on this (built) checkout — first start
 * (empty data directory: migrate, seed, index) and restart (data reused) — reports the resident memory
 * of the app process at idle, then stops it with SIGINT and checks that no PostgreSQL or Meilisearch
 * process it started is left running.
 */
async function startOnce(dataDir: string, ports: Record<string, string>) {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, GALAXY_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', MEILI_URL: '', ...ports },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`not ready within 180 s:\n${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('galaxy: ready')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`npm start exited (${code}):\n${output}`)));
  });
  const seconds = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 5_000));
  // The node process itself, not the shell that npm start runs it from.
  const launcher = execFileSync('pgrep', ['-f', `dist/apps/api/launcher.js`])
    .toString()
    .trim()
    .split('\n')
    .find((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'node');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${launcher}/status`, 'utf8'))?.[1] ?? NaN);
  // Ctrl-C in a terminal signals the whole process group.
  process.kill(-child.pid!, 'SIGINT');
  await new Promise((r) => child.once('exit', r));
  await new Promise((r) => setTimeout(r, 1_000));
  const leftovers = execFileSync('ps', ['-eo', 'pid,args'])
    .toString()
    .split('\n')
    .filter((l) => l.includes(dataDir));
  const launcherLine = output.split('\n').find((l) => l.includes('galaxy: ready')) ?? '';
  return {
    seconds,
    rssMb: rssKb / 1024,
    leftovers,
    launcherLine,
    seedLine: output.split('\n').filter((l) => /seeded|indexed/.test(l)),
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'galaxy-start-bench-'));
  const ports = {
    PORT: String(await freePort()),
    GALAXY_PG_PORT: String(await freePort()),
    GALAXY_MEILI_PORT: String(await freePort()),
  };
  try {
    for (const label of ['first start (empty data: migrate, seed, index)', 'restart (data reused)']) {
      const r = await startOnce(dataDir, ports);
      console.log(`${label}: ready in ${r.seconds.toFixed(1)} s (npm start → "ready", including the Nx build check)`);
      for (const line of r.seedLine) console.log(`    ${line.trim()}`);
      console.log(`    app process resident memory at idle: ${r.rssMb.toFixed(0)} MB`);
      console.log(
        `    after Ctrl-C: ${r.leftovers.length ? `LEFT RUNNING:\n${r.leftovers.join('\n')}` : 'no PostgreSQL or Meilisearch process left'}`,
      );
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
