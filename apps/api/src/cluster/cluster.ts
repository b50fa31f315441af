import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from '../config/env';
import {
  EmbeddedServiceError,
  supervise,
  type Log,
  type ManagedProcess,
  type SupervisedService,
} from '../embedded/embedded-services';
import { clusterPorts } from './args';
import { Nginx } from './nginx';

const READY_TIMEOUT_MS = 120_000;
const HEALTH_EVERY_MS = 2_000;
const STOP_TIMEOUT_MS = 20_000;

interface Slot {
  id: string;
  role: 'api' | 'worker';
  port: number;
  supervisor?: SupervisedService;
  /** In nginx's rotation (API replicas only). */
  up: boolean;
  /** Being restarted on purpose: out of rotation whatever its health says. */
  draining: boolean;
  /** Pid of its process while one runs. */
  current?: number;
}

export interface ClusterOptions {
  env: Env;
  /** Absolute data directory (nginx's config and pid live in its nginx/). */
  dataDir: string;
  databaseUrl: string;
  meiliUrl: string;
  replicas: number;
  nginxBinary: string;
  log: Log;
}

/**
 * `npm start -- --replicas N`: N API processes (GALAXY_ROLE=api) on PORT+1…PORT+N, one worker
 * (GALAXY_ROLE=worker: indexer, reconciler, reminders) on PORT+N+1, and nginx in front on PORT.
 *
 * Each process is supervised (restarted with backoff when it dies) and started by `node main.js`
 * with an IPC channel, so it exits by itself when the launcher is killed. A replica is in nginx's
 * rotation only while its /api/v1/ready answers 200 (checked every 2 s), so one that cannot reach
 * PostgreSQL takes itself out. A rolling restart (SIGUSR2 to the launcher) drains and restarts the
 * replicas one at a time — out of rotation, nginx reloaded until its old workers are gone, SIGTERM
 * (Fastify finishes what is in flight), started again, ready, back in — then replaces the worker
 * (the new one first, on the other worker port, then the old one stopped).
 */
export class Cluster {
  private readonly apis: Slot[];
  private readonly worker: Slot;
  private readonly workerPorts: [number, number];
  private readonly nginx: Nginx;
  private nginxStarted = false;
  private rotation: Promise<void> = Promise.resolve();
  private healthTimer?: NodeJS.Timeout;
  private rolling?: Promise<void>;
  private stopping = false;

  constructor(private readonly o: ClusterOptions) {
    const ports = clusterPorts(o.env.PORT, o.replicas);
    this.apis = ports.api.map((port, i) => ({ id: `api-${i + 1}`, role: 'api', port, up: false, draining: false }));
    this.workerPorts = ports.worker;
    this.worker = { id: 'worker', role: 'worker', port: ports.worker[0], up: false, draining: false };
    this.nginx = new Nginx(o.nginxBinary, join(o.dataDir, 'nginx'), o.log);
  }

  get description(): string {
    const first = this.apis[0].port;
    const last = this.apis[this.apis.length - 1].port;
    return `nginx in front of ${this.apis.length} API process${this.apis.length > 1 ? 'es' : ''} (port${first === last ? ` ${first}` : `s ${first}-${last}`}) and a worker (port ${this.worker.port}; ${this.workerPorts[1]} for its successor)`;
  }

  async start(): Promise<void> {
    await Promise.all([this.worker, ...this.apis].map((slot) => this.startSlot(slot)));
    this.writeNginx();
    await this.nginx.start();
    this.nginxStarted = true;
    this.writeState();
    this.healthTimer = setInterval(() => void this.checkHealth(), HEALTH_EVERY_MS);
    this.healthTimer.unref();
  }

  /** Drains and restarts every API replica, one at a time, then the worker. One at a time, too. */
  rollingRestart(): Promise<void> {
    this.rolling ??= this.roll().finally(() => (this.rolling = undefined));
    return this.rolling;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.healthTimer);
    // nginx first (it finishes the requests in flight), then the processes behind it.
    await this.nginx.stop();
    await Promise.all([...this.apis, this.worker].map((slot) => slot.supervisor?.stop()));
  }

  /**
   * `<data>/cluster.json`: the launcher's, nginx's and each process's pid, port and rotation, for
   * operators and the drill. Rewritten at every change.
   */
  private writeState(): void {
    const state = {
      launcher: process.pid,
      port: this.o.env.PORT,
      nginx: this.nginx.pid ?? null,
      processes: [...this.apis, this.worker].map((s) => ({
        id: s.id,
        role: s.role,
        port: s.port,
        pid: s.current ?? null,
        inRotation: s.role === 'api' ? s.up : null,
      })),
    };
    try {
      writeFileSync(join(this.o.dataDir, 'cluster.json'), `${JSON.stringify(state, null, 2)}\n`);
    } catch {
      // informative only
    }
  }

  private async roll(): Promise<void> {
    const started = Date.now();
    this.o.log(`galaxy: rolling restart of ${this.apis.length} API processes and the worker`);
    for (const slot of [...this.apis, this.worker]) {
      if (this.stopping) return;
      const t0 = Date.now();
      if (slot.role === 'worker') {
        // Make before break: the new worker runs beside the old one (outbox claims SKIP LOCKED, singleton
        // jobs under advisory locks) on the other port, so indexing never pauses.
        const old = slot.supervisor;
        slot.port = slot.port === this.workerPorts[0] ? this.workerPorts[1] : this.workerPorts[0];
        try {
          await this.startSlot(slot);
        } catch (error) {
          this.o.log(`galaxy: rolling restart stopped: a new worker did not start: ${String(error)}`);
          slot.supervisor = old;
          return;
        }
        await old?.stop();
        this.o.log(`galaxy: rolling restart: worker replaced in ${seconds(Date.now() - t0)} s`);
        continue;
      }
      slot.draining = true;
      if (slot.role === 'api') {
        slot.up = false;
        await this.applyRotation();
      }
      await slot.supervisor?.stop();
      slot.supervisor = undefined;
      slot.draining = false;
      if (this.stopping) return;
      try {
        await this.startSlot(slot);
        await this.rotation;
      } catch (error) {
        // A replica that cannot start (a broken build) stops the roll: the others keep serving.
        this.o.log(`galaxy: rolling restart stopped: ${slot.id} did not start again: ${String(error)}`);
        return;
      }
      this.o.log(`galaxy: rolling restart: ${slot.id} drained and restarted in ${seconds(Date.now() - t0)} s`);
    }
    this.o.log(`galaxy: rolling restart done in ${seconds(Date.now() - started)} s`);
  }

  private async startSlot(slot: Slot): Promise<void> {
    slot.supervisor = await supervise(slot.id, () => this.spawn(slot), { log: this.o.log });
  }

  private childEnv(slot: Slot): NodeJS.ProcessEnv {
    const { env } = this.o;
    // nginx on loopback is a proxy whose X-Forwarded-For the replicas believe, beside any in front of it.
    const given = process.env['TRUST_PROXY'];
    const trustProxy = !given
      ? 'loopback'
      : /^\d+$/.test(given.trim())
        ? String(Number(given) + 1)
        : `loopback,${given}`;
    return {
      ...process.env,
      DATABASE_URL: this.o.databaseUrl,
      MEILI_URL: this.o.meiliUrl,
      GALAXY_ROLE: slot.role,
      GALAXY_REPLICA_ID: slot.id,
      PORT: String(slot.port),
      HOST: '127.0.0.1',
      TRUST_PROXY: trustProxy,
      PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
      // The launcher migrated and seeded before starting them.
      SEED_ON_EMPTY: 'false',
    };
  }

  private async spawn(slot: Slot): Promise<ManagedProcess> {
    const child = spawn(process.execPath, ['--enable-source-maps', join(__dirname, 'main.js')], {
      env: this.childEnv(slot),
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // A process group of its own: Ctrl-C in the terminal reaches the launcher only, which stops
      // nginx first and then these, in order (the IPC channel still ends them if the launcher dies).
      detached: true,
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const alive = () => child.exitCode === null && child.signalCode === null;
    slot.current = child.pid;
    void exited.then(() => {
      if (slot.current === child.pid) slot.current = undefined;
      if (slot.up) {
        slot.up = false;
        void this.applyRotation();
      } else this.writeState();
    });
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while ((await readyStatus(slot.port)) !== 200) {
      if (!alive())
        throw new EmbeddedServiceError(`${slot.id} exited during start (${child.exitCode ?? child.signalCode})`);
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new EmbeddedServiceError(`${slot.id} was not ready within ${READY_TIMEOUT_MS / 1000} s`);
      }
      await sleep(250);
    }
    if (slot.role === 'api' && !slot.draining && !this.stopping) {
      slot.up = true;
      void this.applyRotation();
    } else this.writeState();
    return {
      url: `http://127.0.0.1:${slot.port}`,
      pid: child.pid ?? 0,
      exited,
      stop: async () => {
        if (!alive()) return;
        // SIGTERM: Fastify stops accepting, finishes what is in flight, the jobs stop; then exit.
        child.kill('SIGTERM');
        if (!(await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]))) {
          this.o.log(`galaxy: ${slot.id} did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
          child.kill('SIGKILL');
          await exited;
        }
      },
    };
  }

  private writeNginx(): void {
    this.nginx.write({
      host: this.o.env.HOST,
      port: this.o.env.PORT,
      upstreams: this.apis.map((s) => ({ port: s.port, up: s.up })),
      devMail: ['127.0.0.1', '::1', 'localhost'].includes(this.o.env.HOST),
    });
  }

  /** Writes the rotation as it is now and reloads nginx; reloads run one after another. */
  private applyRotation(): Promise<void> {
    if (!this.nginxStarted || this.stopping) return this.rotation;
    this.rotation = this.rotation.then(async () => {
      if (this.stopping) return;
      this.writeNginx();
      await this.nginx.reload();
      this.writeState();
    });
    return this.rotation;
  }

  /** Puts ready replicas in rotation and takes the others out. */
  private async checkHealth(): Promise<void> {
    let changed = false;
    await Promise.all(
      this.apis.map(async (slot) => {
        if (slot.draining || slot.supervisor?.pid === undefined) return;
        const ready = (await readyStatus(slot.port)) === 200;
        if (ready === slot.up) return;
        slot.up = ready;
        changed = true;
        this.o.log(
          `galaxy: ${slot.id} ${ready ? 'is ready again: back in rotation' : 'is not ready: out of rotation'}`,
        );
      }),
    );
    if (changed) await this.applyRotation();
  }
}

/** The status of GET /api/v1/ready on a local port, or 0 when nothing answers within 1.5 s. */
function readyStatus(port: number): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/v1/ready', timeout: 1_500 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => (ms / 1000).toFixed(1);
