import { Injectable } from '@nestjs/common';
import {
  ContentLanguageSchema,
  RubricSchema,
  type CountryRole,
  type ExportQuery,
  type SolutionDraft,
  type SolutionInputParsed,
  type SolutionOrganizationRole,
} from '@galaxy/contracts';
import { z } from 'zod';
import { DataSource, EntityManager, In } from 'typeorm';
import { parseFirst, parseRows } from '../../database/rows';
import { OrganizationEntity } from '../organizations/organization.entity';
import { solutionSqlWhere } from './solution-filters';
import { SolutionColumns, draftOf } from './solution-columns';
import { SolutionCountryEntity, SolutionEntity, SolutionOrganizationEntity } from './solution.entity';

const WithRelations = { countries: true, organizations: { organization: true } } as const;

/** A solution to write: the partner's fields and where they go. */
export interface SolutionWrite {
  id: string;
  slug: string;
  input: SolutionInputParsed;
}

export interface SolutionLinks {
  solutionId: string;
  countries: { country: string; role: CountryRole }[];
  organizations: { organizationId: string; role: SolutionOrganizationRole; attached: boolean }[];
}

/** What the curation workflow reads of a solution, under its lock. */
export const WorkflowSolutionRow = z.object({
  id: z.string(),
  slug: z.string(),
  curationStatus: z.enum(['draft', 'submitted', 'published', 'archived']),
  version: z.number(),
  ownerOrganizationId: z.string().nullable(),
  publishedAt: z.date().nullable(),
  lastVerifiedAt: z.date().nullable(),
  rubric: RubricSchema.nullable(),
  title: z.string(),
  verificationDue: z.boolean(),
});
export type WorkflowSolution = z.infer<typeof WorkflowSolutionRow>;

const WrittenRow = z.object({ id: z.string(), inserted: z.boolean() });

/** Solutions, their countries and organizations, and the IATI activities they came from. */
@Injectable()
export class SolutionsRepository {
  private columnMap?: SolutionColumns;

  constructor(private readonly db: DataSource) {}

  /** Built on first use: the entity metadata exists once the data source is initialized. */
  private get columns(): SolutionColumns {
    return (this.columnMap ??= new SolutionColumns(this.db.getMetadata(SolutionEntity)));
  }

  // ---- reading ---------------------------------------------------------------------------------

  findPublished(where: { id: string } | { slug: string }): Promise<SolutionEntity | null> {
    return this.db.getRepository(SolutionEntity).findOne({
      where: { ...where, curationStatus: 'published' },
      relations: WithRelations,
    });
  }

  /** Published solutions with their countries and organizations, in the order of `ids`. */
  async findPublishedByIds(ids: readonly string[]): Promise<SolutionEntity[]> {
    if (!ids.length) return [];
    const found = await this.db.getRepository(SolutionEntity).find({
      where: { id: In([...ids]), curationStatus: 'published' },
      relations: WithRelations,
      relationLoadStrategy: 'query',
    });
    const byId = new Map(found.map((s) => [s.id, s]));
    return ids.map((id) => byId.get(id)).filter((s) => s !== undefined);
  }

  /** Published solutions sharing the most SDGs with this one, then the same countries, newest first. */
  async relatedIds(id: string, sdgs: number[], countries: string[], limit: number): Promise<string[]> {
    const rows = await this.db.query(
      `SELECT s.id FROM solutions s
       WHERE s.curation_status = 'published' AND s.id <> $1 AND s.sdgs && $2::smallint[]
       ORDER BY cardinality(ARRAY(SELECT unnest(s.sdgs) INTERSECT SELECT unnest($2::smallint[]))) DESC,
                EXISTS (SELECT 1 FROM solution_countries c WHERE c.solution_id = s.id AND c.country = ANY($3::text[])) DESC,
                s.published_at DESC, s.id
       LIMIT $4`,
      [id, sdgs, countries, limit],
    );
    return parseRows(z.object({ id: z.string() }), rows).map((r) => r.id);
  }

  /** Completed matches that replicated it, and the published solution it replicates. */
  async replication(id: string): Promise<{ replications: number; origin: { slug: string; title: string } | null }> {
    const rows = await this.db.query(
      `SELECT (SELECT count(*)::int FROM matches WHERE solution_id = $1 AND stage = 'completed') AS replications,
         (SELECT json_build_object('slug', o.slug, 'title', o.title) FROM solutions s
            JOIN solutions o ON o.id = s.replicated_from AND o.curation_status = 'published' WHERE s.id = $1) AS origin`,
      [id],
    );
    const row = parseFirst(
      z.object({ replications: z.number(), origin: z.object({ slug: z.string(), title: z.string() }).nullable() }),
      rows,
    );
    return { replications: row?.replications ?? 0, origin: row?.origin ?? null };
  }

  /** The organizations that funders name by slug (unknown slugs are left out). */
  fundingOrganizations(slugs: readonly string[]): Promise<Pick<OrganizationEntity, 'slug' | 'name'>[]> {
    if (!slugs.length) return Promise.resolve([]);
    return this.db
      .getRepository(OrganizationEntity)
      .find({ select: { slug: true, name: true }, where: { slug: In([...slugs]) } });
  }

  /** Ids of one page of the published solutions matching the export filters, in id order, after `afterId`. */
  async publishedIdsPage(query: ExportQuery, afterId: string | null, limit: number): Promise<string[]> {
    const params: unknown[] = [];
    const where = solutionSqlWhere(query.q, query, params);
    params.push(afterId);
    const rows = await this.db.query(
      `SELECT s.id FROM solutions s WHERE ${where} AND ($${params.length}::uuid IS NULL OR s.id > $${params.length}::uuid)
       ORDER BY s.id LIMIT ${Number(limit)}`,
      params,
    );
    return parseRows(z.object({ id: z.string() }), rows).map((r) => r.id);
  }

  /** The organizations linked to these solutions (their documents count the solutions). */
  async organizationIdsOf(m: EntityManager, solutionIds: readonly string[]): Promise<string[]> {
    if (!solutionIds.length) return [];
    const links = await m.getRepository(SolutionOrganizationEntity).find({
      select: { organizationId: true },
      where: { solutionId: In([...solutionIds]) },
    });
    return [...new Set(links.map((l) => l.organizationId))];
  }

  // ---- curation ------------------------------------------------------------------------------------

  /** Serializes every workflow action on one solution (curation, IATI import) until the transaction ends. */
  async lock(m: EntityManager, id: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 5))`, [id]);
  }

  /** The workflow's view of a solution; due for verification when not verified for `maxAgeMonths`. */
  async workflowSolution(m: EntityManager, id: string, maxAgeMonths: number): Promise<WorkflowSolution | undefined> {
    const rows = await m.query(
      `SELECT id, slug, curation_status AS "curationStatus", version, owner_organization_id AS "ownerOrganizationId",
         published_at AS "publishedAt", last_verified_at AS "lastVerifiedAt", rubric, title,
         (last_verified_at IS NULL OR last_verified_at < now() - make_interval(months => $2)) AS "verificationDue"
       FROM solutions WHERE id = $1`,
      [id, maxAgeMonths],
    );
    return parseFirst(WorkflowSolutionRow, rows);
  }

  /** The published solution in the shape a partner writes (what a revision starts from and is compared with). */
  async publishedDraft(m: EntityManager, id: string): Promise<SolutionDraft> {
    const solution = await m.getRepository(SolutionEntity).findOne({
      where: { id },
      relations: WithRelations,
      relationLoadStrategy: 'query',
    });
    if (!solution) throw new Error(`solution ${id} does not exist`);
    return draftOf(solution, {
      countries: byPosition(solution.countries).map((c) => ({ country: c.country.trim(), role: c.role })),
      organizations: byPosition(solution.organizations).flatMap(({ organization: o, role }) =>
        o
          ? [
              {
                name: o.name,
                type: o.type,
                role,
                ...(o.acronym !== null ? { acronym: o.acronym } : {}),
                ...(o.country !== null ? { country: o.country.trim() } : {}),
              },
            ]
          : [],
      ),
    });
  }

  /** Out of public view; its text stays for a revision to publish again. */
  async archive(m: EntityManager, id: string): Promise<void> {
    await m
      .getRepository(SolutionEntity)
      .update({ id }, { curationStatus: 'archived', version: () => 'version + 1', updatedAt: () => 'now()' });
  }

  /** Verified today; not a change of the text, so editors' versions stay valid. */
  async markVerified(m: EntityManager, id: string): Promise<void> {
    await m
      .getRepository(SolutionEntity)
      .update({ id }, { lastVerifiedAt: () => 'now()', confirmationTokenHash: null, confirmationRequestedAt: null });
  }

  /** Published solutions not verified for `maxAgeMonths`, the longest unverified first (at most 500). */
  async dueForVerification(maxAgeMonths: number): Promise<{
    items: Pick<SolutionEntity, 'id' | 'slug' | 'title' | 'lastVerifiedAt' | 'confirmationRequestedAt'>[];
    total: number;
  }> {
    const rows = await this.db.query(
      `SELECT id, slug, title, last_verified_at AS "lastVerifiedAt", confirmation_requested_at AS "confirmationRequestedAt",
         count(*) OVER ()::int AS total
       FROM solutions
       WHERE curation_status = 'published'
         AND (last_verified_at IS NULL OR last_verified_at < now() - make_interval(months => $1))
       ORDER BY last_verified_at NULLS FIRST, id LIMIT 500`,
      [maxAgeMonths],
    );
    const items = parseRows(
      z.object({
        id: z.string(),
        slug: z.string(),
        title: z.string(),
        lastVerifiedAt: z.date().nullable(),
        confirmationRequestedAt: z.date().nullable(),
        total: z.number(),
      }),
      rows,
    );
    return { items, total: items[0]?.total ?? 0 };
  }

  /** The organization that owns (or writes) a solution, as the workflow shows and credits it. */
  owningOrganization(
    m: EntityManager,
    id: string,
  ): Promise<Pick<OrganizationEntity, 'id' | 'name' | 'slug' | 'type' | 'country' | 'acronym'> | null> {
    return m.getRepository(OrganizationEntity).findOne({
      select: { id: true, name: true, slug: true, type: true, country: true, acronym: true },
      where: { id },
    });
  }

  /**
   * Locks up to `limit` published solutions due for verification whose contact was not asked in the
   * last `askAgainAfterDays` (skipping those another replica holds), the longest unverified first.
   */
  async claimDueForReminder(
    m: EntityManager,
    maxAgeMonths: number,
    askAgainAfterDays: number,
    limit: number,
  ): Promise<Pick<SolutionEntity, 'id' | 'title' | 'language' | 'contacts' | 'ownerOrganizationId'>[]> {
    const rows = await m.query(
      `SELECT id, title, language, contacts, owner_organization_id AS "ownerOrganizationId" FROM solutions
       WHERE curation_status = 'published'
         AND (last_verified_at IS NULL OR last_verified_at < now() - make_interval(months => $1))
         AND (confirmation_requested_at IS NULL OR confirmation_requested_at < now() - make_interval(days => $2))
       ORDER BY last_verified_at NULLS FIRST LIMIT $3
       FOR UPDATE SKIP LOCKED`,
      [maxAgeMonths, askAgainAfterDays, limit],
    );
    return parseRows(
      z.object({
        id: z.string(),
        title: z.string(),
        language: ContentLanguageSchema,
        contacts: z.array(
          z.object({
            name: z.string(),
            role: z.string().optional(),
            email: z.string().optional(),
            organization: z.string().optional(),
          }),
        ),
        ownerOrganizationId: z.string().nullable(),
      }),
      rows,
    );
  }

  /** Its contact was asked to confirm it; the link carries the token whose hash this is. */
  async requestConfirmation(m: EntityManager, id: string, tokenHash: string): Promise<void> {
    await m
      .getRepository(SolutionEntity)
      .update({ id }, { confirmationTokenHash: tokenHash, confirmationRequestedAt: () => 'now()' });
  }

  /** The published solution whose confirmation link (by token hash) was sent in the last `validDays`, locked. */
  async lockByConfirmation(m: EntityManager, tokenHash: string, validDays: number): Promise<string | undefined> {
    const rows = await m.query(
      `SELECT id FROM solutions WHERE confirmation_token_hash = $1 AND curation_status = 'published'
         AND confirmation_requested_at > now() - make_interval(days => $2) FOR UPDATE`,
      [tokenHash, validDays],
    );
    return parseFirst(z.object({ id: z.string() }), rows)?.id;
  }

  /** The organization's solutions in every state: published ones, and its latest revision of each. */
  async ofOrganization(organizationId: string): Promise<OrganizationSolutionRow[]> {
    const rows = await this.db.query(
      `WITH latest AS (
         SELECT DISTINCT ON (solution_id) solution_id, state, content ->> 'title' AS title, updated_at
         FROM solution_revisions WHERE organization_id = $1 ORDER BY solution_id, number DESC),
       own AS (SELECT id, title, curation_status, updated_at, slug FROM solutions WHERE owner_organization_id = $1)
       SELECT coalesce(s.id, l.solution_id) AS "solutionId", coalesce(l.title, s.title) AS title,
         CASE WHEN s.curation_status IN ('published', 'archived') THEN s.curation_status END AS published,
         l.state AS revision, greatest(s.updated_at, l.updated_at) AS "updatedAt", s.slug
       FROM own s
       FULL JOIN latest l ON l.solution_id = s.id
       ORDER BY 5 DESC LIMIT 1000`,
      [organizationId],
    );
    return parseRows(OrganizationSolutionRow, rows);
  }

  // ---- writing -------------------------------------------------------------------------------------

  /**
   * Inserts solutions or, by external id, replaces their fields (not their status: a re-import does
   * not publish a draft or revive an archived solution). Returns each id and whether it is new.
   */
  async upsertImported(
    m: EntityManager,
    rows: readonly (SolutionWrite & { status: 'published' | 'draft' })[],
  ): Promise<{ id: string; inserted: boolean }[]> {
    const all = this.columns.sql(this.columns.all);
    const written = this.columns.sql(this.columns.written);
    const result = await m.query(
      `INSERT INTO solutions (id, slug, curation_status, ${all.names}, published_at, last_verified_at)
       SELECT r.id, r.slug, r.curation_status, ${all.values},
         CASE WHEN r.curation_status = 'published' THEN now() END, CASE WHEN r.curation_status = 'published' THEN now() END
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, slug text, curation_status text, ${all.record})
       ON CONFLICT (external_id) DO UPDATE SET ${written.setExcluded}, version = solutions.version + 1, updated_at = now()
       RETURNING id, (xmax = 0) AS inserted`,
      [
        JSON.stringify(
          rows.map((r) => ({
            id: r.id,
            slug: r.slug,
            curation_status: r.status,
            ...this.columns.values(r.input, this.columns.all),
          })),
        ),
      ],
    );
    return parseRows(WrittenRow, result);
  }

  /**
   * Publishes a reviewed text as the solution with this id: creates it or replaces its fields; its
   * slug and first publication date stay, it is verified today and any confirmation asked is void.
   */
  async upsertPublished(
    m: EntityManager,
    row: SolutionWrite & { ownerOrganizationId: string; rubric: object | null; replicatedFrom: string | null },
  ): Promise<void> {
    const written = this.columns.sql(this.columns.written);
    await m.query(
      `INSERT INTO solutions (id, slug, curation_status, owner_organization_id, rubric, replicated_from, published_at,
         last_verified_at, ${written.names})
       SELECT r.id, r.slug, 'published', $2, $3::jsonb, $4::uuid, now(), now(), ${written.values}
       FROM jsonb_to_record($1::jsonb) AS r(id uuid, slug text, ${written.record})
       ON CONFLICT (id) DO UPDATE SET ${written.setExcluded}, curation_status = 'published', rubric = excluded.rubric,
         published_at = coalesce(solutions.published_at, now()), last_verified_at = now(),
         confirmation_token_hash = NULL, confirmation_requested_at = NULL,
         version = solutions.version + 1, updated_at = now()`,
      [
        JSON.stringify({ id: row.id, slug: row.slug, ...this.columns.values(row.input, this.columns.written) }),
        row.ownerOrganizationId,
        row.rubric ? JSON.stringify(row.rubric) : null,
        row.replicatedFrom,
      ],
    );
  }

  /**
   * Replaces the countries and organizations of these solutions, in the order given; a solution
   * without an owner then belongs to its first implementing organization.
   */
  async replaceLinks(m: EntityManager, links: readonly SolutionLinks[]): Promise<void> {
    const ids = links.map((l) => l.solutionId);
    if (!ids.length) return;
    await m.getRepository(SolutionCountryEntity).delete({ solutionId: In(ids) });
    await m.getRepository(SolutionOrganizationEntity).delete({ solutionId: In(ids) });
    const countries = links.flatMap((l) =>
      l.countries.map((c, position) => ({ solutionId: l.solutionId, ...c, position })),
    );
    const organizations = links.flatMap((l) =>
      l.organizations.map((o, position) => ({ solutionId: l.solutionId, ...o, position })),
    );
    // Bulk rows in one statement each (a batch of the importer is 500 solutions).
    await m.query(
      `INSERT INTO solution_countries (solution_id, country, role, position)
       SELECT solution_id, country, role, position
       FROM jsonb_to_recordset($1::jsonb) AS r(solution_id uuid, country text, role text, position smallint)`,
      [
        JSON.stringify(
          countries.map((c) => ({ solution_id: c.solutionId, country: c.country, role: c.role, position: c.position })),
        ),
      ],
    );
    await m.query(
      `INSERT INTO solution_organizations (solution_id, organization_id, role, position, attached)
       SELECT solution_id, organization_id, role, position, attached
       FROM jsonb_to_recordset($1::jsonb)
         AS r(solution_id uuid, organization_id uuid, role text, position smallint, attached boolean)`,
      [
        JSON.stringify(
          organizations.map((o) => ({
            solution_id: o.solutionId,
            organization_id: o.organizationId,
            role: o.role,
            position: o.position,
            attached: o.attached,
          })),
        ),
      ],
    );
    await m.query(
      `UPDATE solutions s SET owner_organization_id = (
         SELECT so.organization_id FROM solution_organizations so
         WHERE so.solution_id = s.id AND so.role = 'implementing' ORDER BY so.position LIMIT 1)
       WHERE s.id = ANY($1::uuid[]) AND s.owner_organization_id IS NULL`,
      [ids],
    );
  }
}

export const OrganizationSolutionRow = z.object({
  solutionId: z.string(),
  title: z.string().nullable(),
  published: z.enum(['published', 'archived']).nullable(),
  revision: z.enum(['draft', 'submitted', 'changes_requested', 'rejected', 'published']).nullable(),
  updatedAt: z.date(),
  slug: z.string().nullable(),
});
export type OrganizationSolutionRow = z.infer<typeof OrganizationSolutionRow>;

function byPosition<T extends { position: number }>(rows: readonly T[] | undefined): T[] {
  return [...(rows ?? [])].sort((a, b) => a.position - b.position);
}
