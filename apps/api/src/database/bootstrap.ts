import { DataSource } from 'typeorm';
import { CatalogWriter } from '../modules/catalog/catalog-writer';
import type { AppConfig } from '../config/env';
import {
  SearchDocuments,
  SearchIndexes,
  SearchOutboxRepository,
  SearchSync,
  createMeiliClient,
  meiliKeys,
} from '../modules/search';
import { dataSourceOptions } from './data-source';
import { ensureAccounts } from './seed/accounts-seed';

/** The search sync machinery outside Nest, for start-up and the CLI (reindex, reconcile: the admin key). */
export function searchSyncFor(db: DataSource, config: AppConfig): SearchSync {
  const keys = meiliKeys(config);
  const indexes = new SearchIndexes(
    createMeiliClient(config, keys.search),
    config,
    createMeiliClient(config, keys.admin),
  );
  return new SearchSync(new SearchOutboxRepository(db), new SearchDocuments(db), indexes, config);
}

export async function withDataSource<T>(config: AppConfig, work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/**
 * Applies pending migrations; then, when the database is empty and SEED_ON_EMPTY is on, seeds the
 * demo catalog and builds the search indexes from it.
 */
export async function runMigrationsAndSeed(config: AppConfig, log: (line: string) => void): Promise<void> {
  await withDataSource(config, async (db) => {
    // Several processes may start at once (replicas, a CLI beside `npm start`): one migrates and seeds.
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.query(`SELECT pg_advisory_lock($1)`, [MIGRATE_LOCK]);
    try {
      await migrateAndSeed(db, config, log);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1)`, [MIGRATE_LOCK]);
      await runner.release();
    }
  });
}

const MIGRATE_LOCK = 734_200;

/**
 * The seed and its demo data (libs/seed, about 9k lines) are loaded only when a database is seeded:
 * the bundles build them as `seed.js` beside the entry, and webpack.config.js turns this import
 * into a require of that file, so the running server does not carry the data.
 */
const loadSeed = () => import('./seed/seed');

async function migrateAndSeed(db: DataSource, config: AppConfig, log: (line: string) => void): Promise<void> {
  const applied = await db.runMigrations({ transaction: 'each' });
  if (applied.length) log(`applied ${applied.length} migration(s)`);
  await ensureAccounts(db, config, log);
  if (!config.SEED_ON_EMPTY) return;
  const { seedIfEmpty } = await loadSeed();
  const seeded = await seedIfEmpty(db, new CatalogWriter(db));
  if (!seeded) return;
  log(
    `seeded ${seeded.solutions} solutions and ${seeded.organizations} organizations (demo data) in ${seeded.seconds.toFixed(1)} s`,
  );
  const sync = searchSyncFor(db, config);
  await sync.ensureIndexes();
  const reports = await sync.reindex();
  log(
    `indexed ${reports.map((r) => `${r.documents} ${r.kind}`).join(' and ')} in ${reports.reduce((s, r) => s + r.seconds, 0).toFixed(1)} s`,
  );
}
