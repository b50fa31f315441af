#!/usr/bin/env node
// Start-and-ready smoke check of the built platform on whatever Node runs this script (CI runs it on
// the machine's Node and on Node 24 LTS): starts `dist/apps/api/launcher.js` as `npm start` does, in a
// throw-away data directory on free loopback ports, waits for /api/v1/ready, one search and the SPA,
// stops it with SIGTERM and checks that it exited cleanly, left no process running and printed no
// Node.js warning (deprecations included). Plain JavaScript, no dependencies: `npm run build` first.
/* global console, performance, process, setTimeout, URL -- Node.js globals (plain script, outside the Nx projects) */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const launcher = join(root, 'dist/apps/api/launcher.js');
const READY_TIMEOUT_MS = 180_000;
// Once ready, the platform has indexed the demo catalog: a search and the SPA answer at once.
const ANSWER_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 60_000;

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

function portFree(port) {
  return new Promise((ok) => {
    const server = createServer();
    server.once('error', () => ok(false));
    server.listen(port, '127.0.0.1', () => server.close(() => ok(true)));
  });
}

// node:http rather than fetch: fetch is slow on loopback on some machines (delayed ACK).
function get(port, path, accept = 'application/json') {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { accept }, timeout: 10_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.once('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
    req.once('error', fail);
    req.end();
  });
}

/** Processes whose command line names the data directory: the embedded PostgreSQL and Meilisearch. */
function processesUsing(dir) {
  if (!existsSync('/proc')) return [];
  const found = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      if (args.includes(dir)) found.push(`${pid} ${args}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  if (!existsSync(launcher)) throw new Error(`${launcher} is missing: run \`npm run build\` first`);
  const dir = mkdtempSync(join(tmpdir(), 'galaxy-smoke-'));
  const ports = { app: await freePort(), pg: await freePort(), meili: await freePort() };
  const child = spawn(process.execPath, ['--enable-source-maps', '--trace-deprecation', '--trace-warnings', launcher], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(ports.app),
      HOST: '127.0.0.1',
      GALAXY_PG_PORT: String(ports.pg),
      GALAXY_MEILI_PORT: String(ports.meili),
      GALAXY_DATA_DIR: dir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      MEILI_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that a failed check can stop everything it started.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  let exit;
  void exited.then((result) => (exit = result));

  const fail = async (message) => {
    if (groupAlive(child.pid)) {
      process.kill(-child.pid, 'SIGKILL');
      await sleep(1_000);
    }
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${message}\n--- platform output (last 20,000 characters) ---\n${output.slice(-20_000)}`);
  };

  const step = async (what, timeoutMs, check) => {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      if (exit) return fail(`the platform exited (code ${exit.code}, signal ${exit.signal}) before ${what}`);
      const answer = await check().catch((error) => ({ ok: false, why: error.message }));
      if (answer.ok) return answer;
      last = answer.why;
      await sleep(250);
    }
    return fail(`${what}: not within ${timeoutMs / 1000} s (last: ${last})`);
  };

  await step('ready', READY_TIMEOUT_MS, async () => {
    const res = await get(ports.app, '/api/v1/ready');
    return { ok: res.status === 200, why: `${res.status} ${res.body}` };
  });
  const ready = seconds();
  const search = await step('a search', ANSWER_TIMEOUT_MS, async () => {
    const res = await get(ports.app, '/api/v1/solutions?q=water&pageSize=5');
    const body = res.status === 200 ? JSON.parse(res.body) : {};
    return {
      ok: res.status === 200 && body.total > 0 && body.degraded === false,
      why: `${res.status} ${res.body.slice(0, 300)}`,
      total: body.total,
    };
  });
  await step('the web app', ANSWER_TIMEOUT_MS, async () => {
    const res = await get(ports.app, '/', 'text/html');
    return { ok: res.status === 200 && res.type.startsWith('text/html'), why: `${res.status} ${res.type}` };
  });

  const stopping = performance.now();
  child.kill('SIGTERM');
  const timeout = new Promise((done) => setTimeout(done, STOP_TIMEOUT_MS).unref());
  const result = await Promise.race([exited, timeout]);
  if (!result) return fail(`did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM`);
  const stopSeconds = ((performance.now() - stopping) / 1000).toFixed(1);
  if (result.code !== 0) return fail(`stopped with exit code ${result.code} (signal ${result.signal}), not 0`);
  await sleep(500);
  const left = processesUsing(dir);
  if (left.length || groupAlive(child.pid)) {
    return fail(`left running after the stop:\n${left.join('\n') || `a process of group ${child.pid}`}`);
  }
  for (const [name, port] of Object.entries(ports)) {
    if (!(await portFree(port))) return fail(`port ${port} (${name}) is still in use after the stop`);
  }
  // Any "(node:PID) SomeWarning: …" line (deprecations, experimental features, unhandled rejections),
  // and a library's own notice that something will stop working (logged at warn, LOG_LEVEL=warn).
  const warnings = output
    .split('\n')
    .filter((line) => /\(node:\d+\)|DeprecationWarning|ExperimentalWarning|deprecated|next major/i.test(line));
  if (warnings.length) return fail(`warnings printed at start:\n${warnings.join('\n')}`);
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `smoke: Node ${process.version}: ready in ${ready} s, search answered (${search.total} solutions for "water"), ` +
      `web app served, stopped cleanly in ${stopSeconds} s, nothing left running, no warnings`,
  );
}

main().catch((error) => {
  console.error(`smoke: FAILED on Node ${process.version}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
