import { SolutionDraftFieldsSchema, SolutionInputSchema } from '@galaxy/contracts';
import { Column, DataSource, Entity, PrimaryColumn, type EntityMetadata } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { ENTITIES } from '../src/database/entities';
import { CatalogWriter } from '../src/modules/solutions/catalog-writer';
import { SOLUTION_FIELDS, SolutionColumns } from '../src/modules/solutions/solution-columns';
import { SolutionsRepository } from '../src/modules/solutions/solutions.repository';
import { SolutionEntity } from '../src/modules/solutions/solution.entity';
import { solutionInput } from './setup/factories';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';
import { testConfig } from './setup/test-env';

/**
 * Every table has one entity, and every entity describes its table as the migrations make it.
 * TypeORM never synchronizes here (migrations only), so nothing else would notice an entity that
 * drifted: two checks do, each catching what the other cannot.
 * - TypeORM's schema builder, asked what it would change (never run), proposes nothing for
 *   columns, types, defaults, nullability, primary and unique keys. What the migrations own and
 *   the entities deliberately leave out is set aside: foreign keys (ids are plain columns),
 *   indexes, CHECK constraints and the generated full-text columns.
 * - Column by column against information_schema: names, PostgreSQL types, nullability, defaults.
 */
const MIGRATION_OWNED = [
  /DROP CONSTRAINT "\w+_fkey"$/,
  /^DROP INDEX /,
  /DROP CONSTRAINT "\w+_check\d*"$/,
  /DROP COLUMN "search_vector"$/,
  /ADD CONSTRAINT "FK_\w+" FOREIGN KEY/,
  /^DELETE FROM "typeorm_metadata"/,
];

/** Columns PostgreSQL generates that no entity maps (read by the full-text fallback of search only). */
const GENERATED_ONLY = ['search_vector'];

/** Tables the migrations make that deliberately have no entity. */
const NO_ENTITY = ['migrations'];

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

/** PostgreSQL's name (`udt_name`) of each column type the entities use. */
const UDT: Record<string, string> = {
  uuid: 'uuid',
  text: 'text',
  citext: 'citext',
  varchar: 'varchar',
  char: 'bpchar',
  smallint: 'int2',
  integer: 'int4',
  int: 'int4',
  bigint: 'int8',
  real: 'float4',
  boolean: 'bool',
  jsonb: 'jsonb',
  timestamptz: 'timestamptz',
  date: 'date',
  inet: 'inet',
  tsvector: 'tsvector',
};

interface DbColumn {
  column_name: string;
  udt_name: string;
  is_nullable: 'YES' | 'NO';
  has_default: boolean;
  length: number | null;
}

describe('entities match the migrations (TypeORM never synchronizes, so nothing else checks it)', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testConfig().DATABASE_URL)).initialize();
    await db.runMigrations({ transaction: 'each' });
  });
  afterAll(() => db?.destroy());

  it('gives every migrated table exactly one entity', async () => {
    const tables: { table_name: string }[] = await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    const mapped = ENTITIES.map((e) => db.getMetadata(e).tableName);
    expect(new Set(mapped).size).toBe(mapped.length);
    expect([...mapped].sort()).toEqual(
      tables
        .map((t) => t.table_name)
        .filter((t) => !NO_ENTITY.includes(t))
        .sort(),
    );
  });

  it('leaves nothing for the TypeORM schema builder to change in any table', async () => {
    expect(await pendingChanges(ENTITIES)).toEqual([]);
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

  const described = (m: EntityMetadata) =>
    m.columns.map((c) => ({
      column_name: c.databaseName,
      udt_name: (c.isArray ? '_' : '') + (UDT[String(c.type)] ?? `unknown type ${String(c.type)}`),
      is_nullable: c.isNullable ? 'YES' : 'NO',
      has_default: c.default !== undefined || c.isGenerated || c.isCreateDate || !c.isInsert,
      length: c.length ? Number(c.length) : null,
    }));

  it.each(ENTITIES.map((e) => [e.name, e] as const))(
    '%s has exactly the columns of its table: names, types, nullability, defaults',
    async (_name, entity) => {
      const metadata = db.getMetadata(entity);
      const table: DbColumn[] = await db.query(
        `SELECT column_name, udt_name, is_nullable,
           (column_default IS NOT NULL OR is_identity = 'YES' OR is_generated = 'ALWAYS') AS has_default,
           character_maximum_length AS length
         FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 AND NOT column_name = ANY($2)`,
        [metadata.tableName, GENERATED_ONLY],
      );
      expect(table.length).toBeGreaterThan(0);
      const byName = (a: { column_name: string }, b: { column_name: string }) =>
        a.column_name < b.column_name ? -1 : 1;
      expect(described(metadata).sort(byName)).toEqual(table.sort(byName));
    },
  );
});

describe('a solution is written and read back through one column map (solution-columns.ts)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
    await resetCatalog(t.db);
  });
  afterAll(() => t?.close());

  it('maps every contract field to its entity column, with the type jsonb_to_record needs', () => {
    const columns = new SolutionColumns(t.db.getMetadata(SolutionEntity));
    expect(columns.all.map((c) => c.field)).toEqual(SOLUTION_FIELDS);
    const byField = Object.fromEntries(columns.all.map((c) => [c.field, c]));
    expect(byField.sdgs).toMatchObject({ name: 'sdgs', type: 'smallint[]', set: true });
    expect(byField.towardsSolution).toMatchObject({ name: 'towards_solution', type: 'text', set: false });
    expect(byField.funders).toMatchObject({ name: 'funders', type: 'jsonb', set: false });
    expect(columns.written.map((c) => c.field)).not.toContain('externalId');
  });

  it('every field a partner can write survives import and re-import, and reads back as the draft it was', async () => {
    // Every optional field filled, so a field the map forgot would be missing from the draft.
    const full = solutionInput({
      subtitle: 'Kiosks run by their neighbourhood',
      sustainability: 'Kiosk fees pay the operators.',
      replicability: 'Needs a utility willing to train.',
      lessonsLearned: 'Start with two kiosks.',
      buildingBlocks: [{ title: 'Training', description: 'Operators learn maintenance.', lessons: 'Pair them.' }],
      sdgs: [6, 3],
      sdgTargets: ['6.1', '3.9'],
      themes: ['water_sanitation', 'health'],
      endYear: 2023,
      projectStatus: 'completed',
      budgetRange: '100k_500k',
      funders: [{ name: 'A Fund', type: 'foundation', amount: 1000, currency: 'USD', year: 2021 }],
      beneficiaries: '12,000 households',
      contacts: [{ name: 'Ana', role: 'Lead', email: 'ana@example.org', organization: 'Test Water Utility' }],
      links: [{ label: 'Report', url: 'https://example.org/report' }],
    });
    const input = SolutionInputSchema.parse(full);
    const writer = t.app.get(CatalogWriter);
    const first = await writer.writeSolutions([input], { publish: true });
    expect(first).toMatchObject({ created: 1, updated: 0 });
    const again = await writer.writeSolutions([{ ...input, title: 'Kiosks, renamed', sdgs: [6, 3, 6] }], {
      publish: true,
    });
    expect(again).toMatchObject({ created: 0, updated: 1, ids: first.ids });

    const draft = await t.app.get(SolutionsRepository).publishedDraft(t.db.manager, first.ids[0]);
    const { externalId: _e, source: _s, ...written } = input;
    expect(draft).toEqual({ ...written, title: 'Kiosks, renamed', sdgs: [6, 3] });
    expect(Object.keys(draft).sort()).toEqual(Object.keys(SolutionDraftFieldsSchema.shape).sort());
  });
});
