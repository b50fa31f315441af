import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { NeedEntity, OfferEntity } from '../src/modules/matchmaking/listing.entity';
import { MatchEntity, MatchMessageEntity } from '../src/modules/matchmaking/match.entity';
import { testConfig } from './setup/test-env';

/**
 * The entities of the listings and matches aggregates describe the tables the matchmaking migration
 * makes: TypeORM's schema builder, asked what it would change (never run: migrations only), proposes
 * nothing for their columns, types, defaults, nullability and primary keys. What the migrations own
 * and the entities leave out is set aside: foreign keys (ids are plain columns), indexes and CHECKs.
 */
const MIGRATION_OWNED = [
  /DROP CONSTRAINT "\w+_fkey"$/,
  /^DROP INDEX /,
  /DROP CONSTRAINT "\w+_check\d*"$/,
  /^DELETE FROM "typeorm_metadata"/,
];

async function pendingChanges(entities: Function[]): Promise<string[]> {
  const { DATABASE_URL } = testConfig({});
  const db = await new DataSource({ ...dataSourceOptions(DATABASE_URL), entities } as never).initialize();
  try {
    await db.query(
      `CREATE TABLE IF NOT EXISTS typeorm_metadata (type varchar NOT NULL, database varchar, schema varchar,
         "table" varchar, name varchar, value text)`,
    );
    const log = await db.driver.createSchemaBuilder().log();
    return log.upQueries.map((q) => q.query.trim()).filter((q) => !MIGRATION_OWNED.some((owned) => owned.test(q)));
  } finally {
    await db.query(`DROP TABLE IF EXISTS typeorm_metadata`);
    await db.destroy();
  }
}

describe('matchmaking entities match the migrated schema', () => {
  beforeAll(async () => {
    const { DATABASE_URL } = testConfig({});
    const migrator = await new DataSource(dataSourceOptions(DATABASE_URL)).initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
  });

  it('leaves nothing for TypeORM to change in needs, offers, matches and match_messages', async () => {
    expect(await pendingChanges([NeedEntity, OfferEntity, MatchEntity, MatchMessageEntity])).toEqual([]);
  });
});
