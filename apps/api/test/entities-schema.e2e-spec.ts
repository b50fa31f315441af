import { Column, DataSource, Entity, getMetadataArgsStorage, PrimaryColumn } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { ENTITIES } from '../src/database/entities';
import { testConfig } from './setup/test-env';

/**
 * The entities of the organizations, accounts and audit aggregates describe the tables the
 * migrations make: TypeORM's schema builder, asked what it would change (never run: migrations
 * only), proposes nothing for their columns, types, defaults, nullability, primary and unique keys.
 * What the migrations own and the entities deliberately leave out is set aside: foreign keys (ids
 * are plain columns), indexes, CHECK constraints and the generated full-text column.
 */
const TABLES = [
  'organizations',
  'memberships',
  'invitations',
  'users',
  'sessions',
  'email_tokens',
  'rate_limits',
  'audit_log',
];
const tableOf = (entity: Function) => getMetadataArgsStorage().tables.find((t) => t.target === entity)?.name;
const AGGREGATES = ENTITIES.filter((entity) => TABLES.includes(tableOf(entity) ?? ''));
const MIGRATION_OWNED = [
  /DROP CONSTRAINT "\w+_fkey"$/,
  /^DROP INDEX /,
  /DROP CONSTRAINT "\w+_check"$/,
  /^ALTER TABLE "organizations" DROP COLUMN "search_vector"$/,
  /^DELETE FROM "typeorm_metadata"/,
];

async function pendingChanges(entities: Function[]): Promise<string[]> {
  const { DATABASE_URL } = testConfig({});
  const db = await new DataSource({ ...dataSourceOptions(DATABASE_URL), entities } as never).initialize();
  try {
    // Where an entity has no generated column the builder still looks its metadata table up.
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

@Entity('memberships')
class DriftedMembership {
  @PrimaryColumn('uuid') organizationId: string;
  @PrimaryColumn('uuid') userId: string;
  @Column('varchar', { nullable: true }) role: string | null;
  @Column('timestamptz') createdAt: Date;
  @Column('text') invitedAs: string;
}

describe('entities match the migrated schema', () => {
  beforeAll(async () => {
    const { DATABASE_URL } = testConfig({});
    const migrator = await new DataSource(dataSourceOptions(DATABASE_URL)).initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
  });

  it('leaves nothing for TypeORM to change in the organizations, accounts and audit tables', async () => {
    expect(AGGREGATES.map(tableOf).sort()).toEqual([...TABLES].sort());
    expect(await pendingChanges(AGGREGATES)).toEqual([]);
  });

  it('notices an entity that drifted from its table', async () => {
    const changes = await pendingChanges([DriftedMembership]);
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"invited_as"'),
        expect.stringMatching(/"memberships".*"role"/),
        expect.stringMatching(/"memberships".*"created_at"/),
      ]),
    );
  });
});
