import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL fallback of search (Meilisearch down) matches `q` as full text OR a substring of
 * the title OR of the summary. The title and the text vector had indexes, the summary none, so the
 * OR could never be answered from indexes: every degraded search read every row. A trigram index on
 * the summary lets PostgreSQL combine the three (BitmapOr) once the catalog is large enough.
 */
export class DegradedSearchIndexes1795900000000 implements MigrationInterface {
  name = 'DegradedSearchIndexes1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX IF NOT EXISTS solutions_summary_trgm_idx ON solutions USING gin (summary gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS solutions_summary_trgm_idx`);
  }
}
