import { MigrationInterface, QueryRunner } from 'typeorm';

/** The catalog: organizations, solutions with their countries and organizations, and the search outbox. */
export class Catalog1795750000000 implements MigrationInterface {
  name = 'Catalog1795750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        external_id text UNIQUE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        acronym text,
        type text NOT NULL CHECK (type IN ('government','cooperation_agency','un_entity','igo','ngo','academia',
          'private_sector','foundation','dfi','network')),
        country char(2) CHECK (country ~ '^[A-Z]{2}$'),
        operating_countries text[] NOT NULL DEFAULT '{}',
        website text,
        description text NOT NULL,
        expertise_sdgs smallint[] NOT NULL DEFAULT '{}' CHECK (expertise_sdgs <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]),
        expertise_targets text[] NOT NULL DEFAULT '{}',
        modalities text[] NOT NULL DEFAULT '{}' CHECK (modalities <@ ARRAY['south-south','triangular']),
        languages text[] NOT NULL DEFAULT '{}',
        verification text NOT NULL DEFAULT 'unverified' CHECK (verification IN ('unverified','email_domain','staff')),
        source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(acronym, '')), 'A') ||
          setweight(to_tsvector('simple', coalesce(description, '')), 'C')
        ) STORED
      )`);
    await q.query(`CREATE INDEX organizations_type_idx ON organizations (type)`);
    await q.query(`CREATE INDEX organizations_country_idx ON organizations (country)`);
    await q.query(`CREATE INDEX organizations_expertise_sdgs_idx ON organizations USING gin (expertise_sdgs)`);
    await q.query(`CREATE INDEX organizations_search_idx ON organizations USING gin (search_vector)`);
    await q.query(`CREATE INDEX organizations_name_trgm_idx ON organizations USING gin (name gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE solutions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        external_id text UNIQUE,
        language text NOT NULL CHECK (language IN ('en','fr','es','ar','ru','zh','pt')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        subtitle text,
        summary text NOT NULL,
        challenge text NOT NULL,
        towards_solution text NOT NULL,
        results_impact text NOT NULL,
        sustainability text,
        replicability text,
        lessons_learned text,
        building_blocks jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(building_blocks) = 'array'),
        sdgs smallint[] NOT NULL CHECK (cardinality(sdgs) >= 1
          AND sdgs <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]),
        sdg_targets text[] NOT NULL DEFAULT '{}',
        modality text NOT NULL CHECK (modality IN ('south-south','triangular')),
        themes text[] NOT NULL DEFAULT '{}',
        project_status text NOT NULL CHECK (project_status IN ('ongoing','completed')),
        start_year smallint NOT NULL CHECK (start_year BETWEEN 1950 AND 2100),
        end_year smallint CHECK (end_year BETWEEN 1950 AND 2100),
        budget_range text CHECK (budget_range IN ('under_100k','100k_500k','500k_1m','1m_5m','over_5m')),
        beneficiaries text,
        contacts jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(contacts) = 'array'),
        links jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(links) = 'array'),
        curation_status text NOT NULL DEFAULT 'draft' CHECK (curation_status IN ('draft','submitted','published','archived')),
        source text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        last_verified_at timestamptz,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(subtitle, '')), 'A') ||
          setweight(to_tsvector('simple', coalesce(summary, '')), 'B') ||
          setweight(to_tsvector('simple', coalesce(challenge, '') || ' ' || coalesce(towards_solution, '') || ' ' ||
            coalesce(results_impact, '')), 'C')
        ) STORED,
        CONSTRAINT solutions_years_check CHECK (end_year IS NULL OR end_year >= start_year),
        CONSTRAINT solutions_published_at_check CHECK (curation_status <> 'published' OR published_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX solutions_curation_status_idx ON solutions (curation_status)`);
    await q.query(
      `CREATE INDEX solutions_published_idx ON solutions (published_at DESC) WHERE curation_status = 'published'`,
    );
    await q.query(`CREATE INDEX solutions_sdgs_idx ON solutions USING gin (sdgs)`);
    await q.query(`CREATE INDEX solutions_sdg_targets_idx ON solutions USING gin (sdg_targets)`);
    await q.query(`CREATE INDEX solutions_themes_idx ON solutions USING gin (themes)`);
    await q.query(`CREATE INDEX solutions_search_idx ON solutions USING gin (search_vector)`);
    await q.query(`CREATE INDEX solutions_title_trgm_idx ON solutions USING gin (title gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE solution_countries (
        solution_id uuid NOT NULL REFERENCES solutions (id) ON DELETE CASCADE,
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        role text NOT NULL CHECK (role IN ('provider','recipient','triangular_partner')),
        position smallint NOT NULL DEFAULT 0,
        PRIMARY KEY (solution_id, country, role)
      )`);
    await q.query(`CREATE INDEX solution_countries_country_idx ON solution_countries (country)`);

    await q.query(`
      CREATE TABLE solution_organizations (
        solution_id uuid NOT NULL REFERENCES solutions (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE RESTRICT,
        role text NOT NULL CHECK (role IN ('implementing','supporting')),
        position smallint NOT NULL DEFAULT 0,
        PRIMARY KEY (solution_id, organization_id, role)
      )`);
    await q.query(`CREATE INDEX solution_organizations_organization_idx ON solution_organizations (organization_id)`);

    // Transactional outbox: a row per change, written in the same transaction as the change.
    await q.query(`
      CREATE TABLE search_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entity text NOT NULL CHECK (entity IN ('solution','organization')),
        entity_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        processed_at timestamptz,
        dead_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX search_outbox_pending_idx ON search_outbox (id) WHERE processed_at IS NULL AND dead_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX search_outbox_processed_idx ON search_outbox (processed_at) WHERE processed_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_outbox`);
    await q.query(`DROP TABLE solution_organizations`);
    await q.query(`DROP TABLE solution_countries`);
    await q.query(`DROP TABLE solutions`);
    await q.query(`DROP TABLE organizations`);
  }
}
