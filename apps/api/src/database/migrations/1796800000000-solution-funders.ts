import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who funded a solution, and how much when known: a jsonb array of FunderInput (libs/contracts).
 * Drafts need no column: a revision's content is already the partner's fields as jsonb.
 */
export class SolutionFunders1796800000000 implements MigrationInterface {
  name = 'SolutionFunders1796800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE solutions ADD COLUMN funders jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(funders) = 'array')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE solutions DROP COLUMN funders`);
  }
}
