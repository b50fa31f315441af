import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which solution each imported IATI activity became, so importing the same activity again updates
 * that solution's draft instead of starting another.
 */
export class IatiActivities1796300000000 implements MigrationInterface {
  name = 'IatiActivities1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE iati_activities (
        iati_identifier text PRIMARY KEY CHECK (length(iati_identifier) BETWEEN 1 AND 200),
        solution_id uuid NOT NULL UNIQUE,
        file_name text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        imported_by uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE iati_activities`);
  }
}
