import { Injectable } from '@nestjs/common';
import type { ExportQuery, SolutionDraft } from '@galaxy/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { solutionSqlWhere } from '../solutions/solution-filters';
import type { IatiSolution } from './iati-writer';

const SOLUTION_COLUMNS = `s.id, s.slug, s.language, s.title, s.summary, s.challenge, s.towards_solution AS "towardsSolution",
  s.results_impact AS "resultsImpact", s.sustainability, s.replicability, s.lessons_learned AS "lessonsLearned",
  s.beneficiaries, s.sdgs, s.sdg_targets AS "sdgTargets", s.modality, s.themes, s.project_status AS "projectStatus",
  s.start_year AS "startYear", s.end_year AS "endYear", s.budget_range AS "budgetRange", s.links, s.updated_at AS "updatedAt",
  s.funders,
  coalesce((SELECT json_agg(json_build_object('country', trim(c.country), 'role', c.role) ORDER BY c.position)
    FROM solution_countries c WHERE c.solution_id = s.id), '[]') AS countries,
  coalesce((SELECT json_agg(json_build_object('name', o.name, 'type', o.type, 'role', so.role) ORDER BY so.position)
    FROM solution_organizations so JOIN organizations o ON o.id = so.organization_id WHERE so.solution_id = s.id), '[]')
    AS organizations`;

export interface LatestRevision {
  id: string;
  organization_id: string;
  number: number;
  state: string;
  version: number;
  content: SolutionDraft;
}

/** The SQL of IATI export and import. */
@Injectable()
export class IatiRepository {
  constructor(private readonly db: DataSource) {}

  /** One page of the published solutions matching the export filters, in id order, after `afterId`. */
  async exportPage(query: ExportQuery, afterId: string | null, limit: number): Promise<IatiSolution[]> {
    const params: unknown[] = [];
    const where = solutionSqlWhere(query.q, query, params);
    params.push(afterId);
    return this.db.query(
      `SELECT ${SOLUTION_COLUMNS} FROM solutions s
       WHERE ${where} AND ($${params.length}::uuid IS NULL OR s.id > $${params.length}::uuid)
       ORDER BY s.id LIMIT ${Number(limit)}`,
      params,
    );
  }

  async published(idOrSlug: string, byId: boolean): Promise<IatiSolution | undefined> {
    const [row] = await this.db.query(
      `SELECT ${SOLUTION_COLUMNS} FROM solutions s
       WHERE s.curation_status = 'published' AND ${byId ? 's.id = $1::uuid' : 's.slug = $1'}`,
      [idOrSlug],
    );
    return row;
  }

  /** Solutions imported before from these activities. */
  async importedSolutions(m: EntityManager, identifiers: readonly string[]): Promise<Map<string, string>> {
    const rows: { iati_identifier: string; solution_id: string }[] = await m.query(
      `SELECT iati_identifier, solution_id FROM iati_activities WHERE iati_identifier = ANY($1::text[])`,
      [identifiers],
    );
    return new Map(rows.map((r) => [r.iati_identifier, r.solution_id]));
  }

  lockActivity(m: EntityManager, identifier: string): Promise<unknown> {
    return m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [identifier]);
  }

  lockSolution(m: EntityManager, solutionId: string): Promise<unknown> {
    return m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 5))`, [solutionId]);
  }

  async latestRevision(m: EntityManager, solutionId: string): Promise<LatestRevision | undefined> {
    const [row] = await m.query(
      `SELECT id, organization_id, number, state, version, content FROM solution_revisions
       WHERE solution_id = $1 ORDER BY number DESC LIMIT 1`,
      [solutionId],
    );
    return row;
  }

  /** The open revision takes the file's fields; what the file does not carry stays as editors wrote it. */
  async updateOpenRevision(m: EntityManager, revisionId: string, draft: SolutionDraft): Promise<void> {
    await m.query(
      `UPDATE solution_revisions SET content = content || $2::jsonb, version = version + 1, updated_at = now()
       WHERE id = $1`,
      [revisionId, JSON.stringify(draft)],
    );
  }

  /** A new draft revision: number 1 of a new solution, or the next one of a solution decided before. */
  async insertDraft(
    m: EntityManager,
    revision: {
      solutionId: string | null;
      organizationId: string;
      number: number;
      version: number;
      content: SolutionDraft;
      authorId: string | null;
    },
  ): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO solution_revisions (solution_id, organization_id, number, state, content, version, author_id)
       VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, 'draft', $4, $5, $6) RETURNING solution_id`,
      [
        revision.solutionId,
        revision.organizationId,
        revision.number,
        JSON.stringify(revision.content),
        revision.version,
        revision.authorId,
      ],
    );
    return row.solution_id;
  }

  async recordImport(
    m: EntityManager,
    entry: { identifier: string; solutionId: string; fileName: string; userId: string | null },
  ): Promise<void> {
    await m.query(
      `INSERT INTO iati_activities (iati_identifier, solution_id, file_name, imported_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (iati_identifier) DO UPDATE SET solution_id = excluded.solution_id, file_name = excluded.file_name,
         imported_at = now(),
         imported_by = excluded.imported_by`,
      [entry.identifier, entry.solutionId, entry.fileName, entry.userId],
    );
  }

  async organizationExists(m: EntityManager, id: string): Promise<boolean> {
    return (await m.query(`SELECT 1 FROM organizations WHERE id = $1`, [id])).length > 0;
  }

  async organizationByName(m: EntityManager, name: string): Promise<string | undefined> {
    const [row] = await m.query(
      `SELECT id FROM organizations WHERE lower(name) = lower($1) ORDER BY created_at LIMIT 1`,
      [name],
    );
    return row?.id;
  }

  async createOrganization(
    m: EntityManager,
    o: { slug: string; name: string; type: string; source: string },
  ): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO organizations (slug, name, type, description, source) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [o.slug, o.name, o.type, `${o.name}.`, o.source],
    );
    return row.id;
  }
}
