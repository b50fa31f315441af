import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import { loadEnv, type AppConfig } from '../config/env';
import { dataSourceOptions } from '../database/data-source';
import { freePort } from '../embedded/embedded-services';
import { startEmbeddedMeilisearch } from '../embedded/meilisearch';
import { startEmbeddedPostgres } from '../embedded/postgres';
import { formatReport, runFuzz } from './fuzzer';

/**
 * `npm run fuzz [-- --requests 10000 --seed 42]`: a throw-away PostgreSQL and Meilisearch, the real
 * app on loopback, and the OpenAPI-driven fuzzer against it. Exits 1 on any failure.
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const requests = Number(arg('requests') ?? 10_000);
  const seed = Number(arg('seed') ?? Math.floor(Math.random() * 2 ** 31));
  const dir = mkdtempSync(join(tmpdir(), 'galaxy-fuzz-'));
  const [pgPort, meiliPort] = [await freePort(), await freePort()];
  const env = loadEnv({ ...process.env, DATABASE_URL: '', MEILI_URL: '' });
  const [pg, meili] = await Promise.all([
    startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: pgPort, database: 'galaxy_fuzz', ephemeral: true }),
    startEmbeddedMeilisearch({ dataDir: join(dir, 'meili'), port: meiliPort, masterKey: env.MEILI_MASTER_KEY }),
  ]);
  const config: AppConfig = {
    ...env,
    NODE_ENV: 'test',
    DATABASE_URL: pg.url,
    MEILI_URL: meili.url,
    SEED_ON_EMPTY: false,
    // Background writers would move the database fingerprint while a refused request is checked.
    INDEXER_ENABLED: false,
    REMINDERS_ENABLED: false,
    LOG_LEVEL: (process.env.LOG_LEVEL as AppConfig['LOG_LEVEL']) ?? 'silent',
    WEB_DIST_DIR: join(dir, 'no-web'),
  };
  try {
    const migrator = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
    const app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as { port: number }).port;
    try {
      const report = await runFuzz({
        app,
        port,
        seed,
        requests,
        log: (line) => console.log(line),
        // The last fifth runs with Meilisearch stopped: search answers from PostgreSQL (degraded).
        phases: [
          {
            atRequest: Math.floor(requests * 0.8),
            label: 'Meilisearch stopped',
            run: () => meili.stop(),
            dependencyDown: true,
          },
        ],
      });
      console.log(`\n${formatReport(report)}`);
      return report.failures.length ? 1 : 0;
    } finally {
      await app.close();
    }
  } finally {
    await meili.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
