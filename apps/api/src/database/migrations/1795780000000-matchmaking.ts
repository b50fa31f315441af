import { MigrationInterface, QueryRunner } from 'typeorm';

const SDGS = `ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]`;
const MODALITIES = `ARRAY['peer_exchange','training','expert_deployment','technology_transfer','policy_advice','finance','equipment']`;

/** Matchmaking: needs and offers (indexed in `listings`), matches with their messages. */
export class Matchmaking1795780000000 implements MigrationInterface {
  name = 'Matchmaking1795780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE needs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        problem_statement text NOT NULL,
        current_situation text,
        desired_outcome text NOT NULL,
        sdgs smallint[] NOT NULL CHECK (cardinality(sdgs) >= 1 AND sdgs <@ ${SDGS}),
        sdg_targets text[] NOT NULL DEFAULT '{}',
        countries text[] NOT NULL CHECK (cardinality(countries) >= 1),
        modalities text[] NOT NULL CHECK (cardinality(modalities) >= 1 AND modalities <@ ${MODALITIES}),
        languages text[] NOT NULL,
        timeframe_start text CHECK (timeframe_start ~ '^\\d{4}-\\d{2}$'),
        timeframe_end text CHECK (timeframe_end ~ '^\\d{4}-\\d{2}$'),
        co_contribution jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(co_contribution) = 'object'),
        endorsement jsonb CHECK (endorsement IS NULL OR jsonb_typeof(endorsement) = 'object'),
        visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public','registered','staff')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed','withdrawn')),
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX needs_organization_idx ON needs (organization_id)`);
    await q.query(`CREATE INDEX needs_open_idx ON needs (created_at) WHERE status = 'open'`);

    await q.query(`
      CREATE TABLE offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        description text NOT NULL,
        modalities text[] NOT NULL CHECK (cardinality(modalities) >= 1 AND modalities <@ ${MODALITIES}),
        sdgs smallint[] NOT NULL CHECK (cardinality(sdgs) >= 1 AND sdgs <@ ${SDGS}),
        sdg_targets text[] NOT NULL DEFAULT '{}',
        eligible_countries text[] NOT NULL DEFAULT '{}',
        eligible_groups text[] NOT NULL DEFAULT '{}' CHECK (eligible_groups <@ ARRAY['ldc','lldc','sids']),
        eligible_regions text[] NOT NULL DEFAULT '{}',
        capacity_per_year integer CHECK (capacity_per_year > 0),
        cost_model text NOT NULL CHECK (cost_model IN ('free','cost_shared','fee')),
        languages text[] NOT NULL,
        track_record uuid[] NOT NULL DEFAULT '{}',
        visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public','registered','staff')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX offers_organization_idx ON offers (organization_id)`);

    await q.query(`
      CREATE TABLE matches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
        provider_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        solution_id uuid REFERENCES solutions (id) ON DELETE SET NULL,
        offer_id uuid REFERENCES offers (id) ON DELETE SET NULL,
        stage text NOT NULL DEFAULT 'suggested'
          CHECK (stage IN ('suggested','introduced','exploring','agreed','implementing','completed','dropped')),
        score real NOT NULL DEFAULT 0,
        reasons jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(reasons) = 'array'),
        broker_id uuid REFERENCES users (id) ON DELETE SET NULL,
        recipient_commitment text,
        provider_commitment text,
        milestones jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(milestones) = 'array'),
        outcome text,
        drop_reason text,
        replication_solution_id uuid,
        introduced_at timestamptz,
        answered_at timestamptz,
        accepted boolean,
        completed_at timestamptz,
        reminded_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_action_at timestamptz NOT NULL DEFAULT now(),
        CHECK (stage <> 'completed' OR outcome IS NOT NULL),
        CHECK (stage <> 'dropped' OR drop_reason IS NOT NULL)
      )`);
    // One live match per need and provider.
    await q.query(`CREATE UNIQUE INDEX matches_live_idx ON matches (need_id, provider_id) WHERE stage <> 'dropped'`);
    await q.query(`CREATE INDEX matches_provider_idx ON matches (provider_id)`);
    await q.query(`CREATE INDEX matches_solution_idx ON matches (solution_id) WHERE stage = 'completed'`);

    await q.query(`
      CREATE TABLE match_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        party text NOT NULL CHECK (party IN ('recipient','provider','broker')),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX match_messages_match_idx ON match_messages (match_id, created_at)`);

    // A replication of a solution, started from a completed match, remembers its original.
    await q.query(
      `ALTER TABLE solution_revisions ADD COLUMN replicated_from uuid REFERENCES solutions (id) ON DELETE SET NULL`,
    );
    await q.query(`ALTER TABLE solutions ADD COLUMN replicated_from uuid REFERENCES solutions (id) ON DELETE SET NULL`);

    await q.query(`ALTER TABLE search_outbox DROP CONSTRAINT search_outbox_entity_check`);
    await q.query(
      `ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_entity_check CHECK (entity IN ('solution','organization','need','offer'))`,
    );
    await q.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_entity_check`);
    await q.query(
      `ALTER TABLE audit_log ADD CONSTRAINT audit_log_entity_check CHECK (entity IN ('solution','organization','need','offer','match'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM audit_log WHERE entity IN ('need','offer','match')`);
    await q.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_entity_check`);
    await q.query(
      `ALTER TABLE audit_log ADD CONSTRAINT audit_log_entity_check CHECK (entity IN ('solution','organization'))`,
    );
    await q.query(`DELETE FROM search_outbox WHERE entity IN ('need','offer')`);
    await q.query(`ALTER TABLE search_outbox DROP CONSTRAINT search_outbox_entity_check`);
    await q.query(
      `ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_entity_check CHECK (entity IN ('solution','organization'))`,
    );
    await q.query(`ALTER TABLE solutions DROP COLUMN replicated_from`);
    await q.query(`ALTER TABLE solution_revisions DROP COLUMN replicated_from`);
    await q.query(`DROP TABLE match_messages`);
    await q.query(`DROP TABLE matches`);
    await q.query(`DROP TABLE offers`);
    await q.query(`DROP TABLE needs`);
  }
}
