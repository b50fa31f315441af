import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One organization per name (case-insensitive), as the catalog writer already assumes when it finds
 * the organizations a solution names: the unique index, not a check before the insert, decides
 * between concurrent registrations and approvals.
 */
export class UniqueOrganizationNames1795800000000 implements MigrationInterface {
  name = 'UniqueOrganizationNames1795800000000';

  async up(q: QueryRunner): Promise<void> {
    // Duplicates made before (racing approvals, two registrations of one name) all stay, with their
    // members and solutions: all but the oldest take their unique slug into their name, for a curator
    // to merge or rename, and go to search again with the solutions that name them.
    const [renamed]: [{ id: string }[], number] = await q.query(`
      WITH ranked AS (
        SELECT id, row_number() OVER (PARTITION BY lower(name) ORDER BY created_at, id) AS n FROM organizations
      )
      UPDATE organizations o SET name = left(o.name, 300 - length(o.slug) - 3) || ' (' || o.slug || ')', updated_at = now()
      FROM ranked r WHERE r.id = o.id AND r.n > 1
      RETURNING o.id`);
    if (renamed.length) {
      const ids = renamed.map((r) => r.id);
      await q.query(`INSERT INTO search_outbox (entity, entity_id) SELECT 'organization', unnest($1::uuid[])`, [ids]);
      await q.query(
        `INSERT INTO search_outbox (entity, entity_id)
         SELECT DISTINCT 'solution', solution_id FROM solution_organizations WHERE organization_id = ANY($1::uuid[])`,
        [ids],
      );
    }
    await q.query(`CREATE UNIQUE INDEX organizations_name_unique_idx ON organizations (lower(name))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX organizations_name_unique_idx`);
  }
}
