import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The curation workflow: each solution's revisions (drafts live only here until a curator
 * publishes one), the organization that owns a solution, its rubric, the confirmation asked of its
 * contact when it has not been verified for 18 months, and an append-only audit log.
 */
export class Curation1795770000000 implements MigrationInterface {
  name = 'Curation1795770000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE solutions
        ADD COLUMN owner_organization_id uuid REFERENCES organizations (id) ON DELETE RESTRICT,
        ADD COLUMN rubric jsonb CHECK (rubric IS NULL OR jsonb_typeof(rubric) = 'object'),
        ADD COLUMN confirmation_token_hash text UNIQUE,
        ADD COLUMN confirmation_requested_at timestamptz`);
    await q.query(`CREATE INDEX solutions_owner_idx ON solutions (owner_organization_id)`);
    await q.query(
      `CREATE INDEX solutions_last_verified_idx ON solutions (last_verified_at) WHERE curation_status = 'published'`,
    );
    // Existing solutions belong to their first implementing organization.
    await q.query(`
      UPDATE solutions s SET owner_organization_id = (
        SELECT so.organization_id FROM solution_organizations so
        WHERE so.solution_id = s.id AND so.role = 'implementing' ORDER BY so.position LIMIT 1)`);

    await q.query(`
      CREATE TABLE solution_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        solution_id uuid NOT NULL,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        state text NOT NULL CHECK (state IN ('draft','submitted','changes_requested','rejected','published')),
        content jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(content) = 'object'),
        version integer NOT NULL CHECK (version >= 1),
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        decided_at timestamptz,
        decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
        decision_note text,
        rubric jsonb CHECK (rubric IS NULL OR jsonb_typeof(rubric) = 'object'),
        UNIQUE (solution_id, number),
        CHECK (state = 'draft' OR submitted_at IS NOT NULL),
        CHECK (state NOT IN ('changes_requested','rejected','published') OR decided_at IS NOT NULL)
      )`);
    // At most one open revision per solution.
    await q.query(`
      CREATE UNIQUE INDEX solution_revisions_open_idx ON solution_revisions (solution_id)
      WHERE state IN ('draft','submitted','changes_requested')`);
    await q.query(
      `CREATE INDEX solution_revisions_queue_idx ON solution_revisions (submitted_at) WHERE state = 'submitted'`,
    );
    await q.query(`CREATE INDEX solution_revisions_organization_idx ON solution_revisions (organization_id)`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entity text NOT NULL CHECK (entity IN ('solution','organization')),
        entity_id uuid NOT NULL,
        action text NOT NULL,
        from_state text,
        to_state text,
        note text,
        revision_number integer,
        fields text[] NOT NULL DEFAULT '{}',
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP TABLE solution_revisions`);
    await q.query(`
      ALTER TABLE solutions DROP COLUMN confirmation_requested_at, DROP COLUMN confirmation_token_hash,
        DROP COLUMN rubric, DROP COLUMN owner_organization_id`);
  }
}
