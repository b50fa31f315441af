import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import type { AppConfig } from '../../src/config/env';
import { dataSourceOptions } from '../../src/database/data-source';
import { testConfig } from './test-env';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  config: AppConfig;
  db: DataSource;
  close(): Promise<void>;
}

/** Migrates the test database and boots the real application on it (no listening port needed). */
export async function bootTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const config = testConfig({
    SEED_ON_EMPTY: false,
    INDEXER_ENABLED: false,
    REMINDERS_ENABLED: false,
    ...overrides,
  });
  const migrator = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  await migrator.runMigrations({ transaction: 'each' });
  // Each app starts with an empty development mailbox (kept in PostgreSQL, so shared by the files of a run).
  await migrator.query(`TRUNCATE dev_mails`);
  await migrator.destroy();
  const app = await createApp(config);
  return {
    app,
    http: request(app.getHttpServer()),
    config,
    db: app.get(DataSource),
    close: () => app.close(),
  };
}

/** Empties the catalog tables, so a test file starts from a known state. */
export async function resetCatalog(db: DataSource): Promise<void> {
  await db.query(
    `TRUNCATE solution_countries, solution_organizations, solution_revisions, audit_log, solutions, organizations, search_outbox CASCADE`,
  );
}
