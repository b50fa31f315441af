import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a solution appears on the profile of an organization it names. A partner's solution may
 * name any organization, but it is attached only to the partner's own: naming "UNDP" must not put
 * it on UNDP's page or count in its track record. Existing links (imports, seed) stay attached.
 */
export class AttachedOrganizations1796000000001 implements MigrationInterface {
  name = 'AttachedOrganizations1796000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE solution_organizations ADD COLUMN attached boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE solution_organizations DROP COLUMN attached`);
  }
}
