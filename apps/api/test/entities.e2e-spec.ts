import { DataSource, type EntityMetadata } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { AuditLogEntity } from '../src/modules/curation/audit-log.entity';
import { IatiActivityEntity } from '../src/modules/iati/iati-activity.entity';
import { SolutionRevisionEntity } from '../src/modules/solutions/solution-revision.entity';
import {
  SolutionCountryEntity,
  SolutionEntity,
  SolutionOrganizationEntity,
} from '../src/modules/solutions/solution.entity';
import { testConfig } from './setup/test-env';

/** The entities checked column by column against the migrated schema (an aggregate joins once its entities are exact). */
const CHECKED = [
  SolutionEntity,
  SolutionCountryEntity,
  SolutionOrganizationEntity,
  SolutionRevisionEntity,
  IatiActivityEntity,
  AuditLogEntity,
];

/** PostgreSQL's name (`udt_name`) of each column type the entities use. */
const UDT: Record<string, string> = {
  uuid: 'uuid',
  text: 'text',
  char: 'bpchar',
  smallint: 'int2',
  integer: 'int4',
  bigint: 'int8',
  boolean: 'bool',
  jsonb: 'jsonb',
  timestamptz: 'timestamptz',
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

  const described = (m: EntityMetadata) =>
    m.columns.map((c) => ({
      column_name: c.databaseName,
      udt_name: (c.isArray ? '_' : '') + UDT[String(c.type)],
      is_nullable: c.isNullable ? 'YES' : 'NO',
      has_default: c.default !== undefined || c.isGenerated || c.isCreateDate || !c.isInsert,
      length: c.length ? Number(c.length) : null,
    }));

  it.each(CHECKED.map((e) => [e.name, e] as const))(
    '%s has exactly the columns of its table: names, types, nullability, defaults',
    async (_name, entity) => {
      const metadata = db.getMetadata(entity);
      const table: DbColumn[] = await db.query(
        `SELECT column_name, udt_name, is_nullable,
           (column_default IS NOT NULL OR is_identity = 'YES' OR is_generated = 'ALWAYS') AS has_default,
           character_maximum_length AS length
         FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
        [metadata.tableName],
      );
      expect(table.length).toBeGreaterThan(0);
      const byName = (a: { column_name: string }, b: { column_name: string }) =>
        a.column_name < b.column_name ? -1 : 1;
      expect(described(metadata).sort(byName)).toEqual(table.sort(byName));
    },
  );
});
