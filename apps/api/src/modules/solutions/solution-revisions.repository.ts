import { Injectable } from '@nestjs/common';
import {
  RevisionStateSchema,
  RubricSchema,
  SolutionDraftSchema,
  type Rubric,
  type SolutionDraft,
} from '@galaxy/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { parseFirst, parseRows } from '../../database/rows';
import { SolutionRevisionEntity } from './solution-revision.entity';

/** A revision with the names of its author and of whoever decided it. */
export const RevisionRecordRow = z.object({
  id: z.string(),
  solutionId: z.string(),
  organizationId: z.string(),
  number: z.number(),
  state: RevisionStateSchema,
  content: SolutionDraftSchema,
  version: z.number(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  submittedAt: z.date().nullable(),
  decidedAt: z.date().nullable(),
  decidedBy: z.string().nullable(),
  deciderName: z.string().nullable(),
  decisionNote: z.string().nullable(),
  rubric: RubricSchema.nullable(),
  replicatedFrom: z.string().nullable(),
});
export type RevisionRecord = z.infer<typeof RevisionRecordRow>;

const REVISION_SELECT = `SELECT r.id, r.solution_id AS "solutionId", r.organization_id AS "organizationId", r.number,
    r.state, r.content, r.version, r.author_id AS "authorId", a.name AS "authorName", r.created_at AS "createdAt",
    r.updated_at AS "updatedAt", r.submitted_at AS "submittedAt", r.decided_at AS "decidedAt",
    r.decided_by AS "decidedBy", d.name AS "deciderName", r.decision_note AS "decisionNote", r.rubric,
    r.replicated_from AS "replicatedFrom"
  FROM solution_revisions r LEFT JOIN users a ON a.id = r.author_id LEFT JOIN users d ON d.id = r.decided_by`;

/** Submitted revisions, filtered by SDG ($1), countries of a region ($2), organization ($3), minimum age in days ($4). */
const QUEUE_FILTER = `r.state = 'submitted'
  AND ($1::int IS NULL OR r.content -> 'sdgs' @> to_jsonb($1::int))
  AND ($2::text[] IS NULL OR EXISTS (
    SELECT 1 FROM jsonb_array_elements(r.content -> 'countries') c WHERE c ->> 'country' = ANY($2)))
  AND ($3::uuid IS NULL OR r.organization_id = $3)
  AND ($4::int IS NULL OR r.submitted_at <= now() - make_interval(days => $4))`;

export interface QueueFilters {
  sdg: number | null;
  countries: string[] | null;
  organizationId: string | null;
  minAgeDays: number | null;
}

export const QueueEntryRow = z.object({
  solutionId: z.string(),
  id: z.string(),
  number: z.number(),
  title: z.string().nullable(),
  organizationId: z.string(),
  organizationName: z.string(),
  sdgs: z.unknown(),
  countries: z.unknown(),
  submittedAt: z.date(),
  ageDays: z.number(),
  revisesPublished: z.boolean(),
});
export type QueueEntry = z.infer<typeof QueueEntryRow>;

/** The revisions of solutions: drafts, submissions and decisions. */
@Injectable()
export class SolutionRevisionsRepository {
  constructor(private readonly db: DataSource) {}

  private revisions(m: EntityManager) {
    return m.getRepository(SolutionRevisionEntity);
  }

  async latest(m: EntityManager, solutionId: string): Promise<RevisionRecord | undefined> {
    const rows = await m.query(`${REVISION_SELECT} WHERE r.solution_id = $1 ORDER BY r.number DESC LIMIT 1`, [
      solutionId,
    ]);
    return parseFirst(RevisionRecordRow, rows);
  }

  /** Newest first. */
  async list(solutionId: string): Promise<RevisionRecord[]> {
    const rows = await this.db.query(`${REVISION_SELECT} WHERE r.solution_id = $1 ORDER BY r.number DESC`, [
      solutionId,
    ]);
    return parseRows(RevisionRecordRow, rows);
  }

  /**
   * A new draft revision: number 1 of a new solution (no `solutionId`: one is made up), or the next
   * one of a solution decided before. Returns the solution's id.
   */
  async createDraft(
    m: EntityManager,
    draft: {
      solutionId: string | null;
      organizationId: string;
      number: number;
      version: number;
      content: SolutionDraft;
      authorId: string | null;
      replicatedFrom?: string | null;
    },
  ): Promise<string> {
    const solutionId = draft.solutionId ?? randomUUID();
    await this.revisions(m)
      .createQueryBuilder()
      .insert()
      .values({
        solutionId,
        organizationId: draft.organizationId,
        number: draft.number,
        state: 'draft',
        content: jsonbParameter,
        version: draft.version,
        authorId: draft.authorId,
        replicatedFrom: draft.replicatedFrom ?? null,
      })
      .setParameter('content', JSON.stringify(draft.content))
      .execute();
    return solutionId;
  }

  /** The open revision's text, replaced. */
  async replaceContent(m: EntityManager, id: string, content: SolutionDraft): Promise<void> {
    await this.revisions(m)
      .createQueryBuilder()
      .update()
      .set({ content: jsonbParameter, ...edited })
      .setParameter('content', JSON.stringify(content))
      .where('id = :id', { id })
      .execute();
  }

  /** The open revision takes these fields; what they do not carry stays as editors wrote it. */
  async mergeContent(m: EntityManager, id: string, fields: SolutionDraft): Promise<void> {
    await this.revisions(m)
      .createQueryBuilder()
      .update()
      .set({ content: () => 'content || CAST(:fields AS jsonb)', ...edited })
      .setParameter('fields', JSON.stringify(fields))
      .where('id = :id', { id })
      .execute();
  }

  async submit(m: EntityManager, id: string): Promise<void> {
    await this.revisions(m).update({ id }, { state: 'submitted', submittedAt: () => 'now()', ...edited });
  }

  async decide(
    m: EntityManager,
    id: string,
    decision: { state: SolutionRevisionEntity['state']; by: string; note: string | null; rubric: Rubric | null },
  ): Promise<void> {
    await this.revisions(m).update(
      { id },
      {
        state: decision.state,
        decidedAt: () => 'now()',
        decidedBy: decision.by,
        decisionNote: decision.note,
        rubric: decision.rubric,
        ...edited,
      },
    );
  }

  /** One page of the submitted revisions matching the filters, oldest first, and how many match. */
  async queue(
    filters: QueueFilters,
    page: { limit: number; offset: number },
  ): Promise<{ items: QueueEntry[]; total: number }> {
    const params = [filters.sdg, filters.countries, filters.organizationId, filters.minAgeDays];
    const rows = await this.db.query(
      `SELECT r.solution_id AS "solutionId", r.id, r.number, r.content ->> 'title' AS title,
         o.id AS "organizationId", o.name AS "organizationName", r.content -> 'sdgs' AS sdgs,
         r.content -> 'countries' AS countries, r.submitted_at AS "submittedAt",
         floor(extract(epoch FROM now() - r.submitted_at) / 86400)::int AS "ageDays",
         coalesce(s.curation_status IN ('published', 'archived'), false) AS "revisesPublished"
       FROM solution_revisions r
       JOIN organizations o ON o.id = r.organization_id
       LEFT JOIN solutions s ON s.id = r.solution_id
       WHERE ${QUEUE_FILTER}
       ORDER BY r.submitted_at, r.id
       LIMIT $5 OFFSET $6`,
      [...params, page.limit, page.offset],
    );
    const count = await this.db.query(
      `SELECT count(*)::int AS total FROM solution_revisions r WHERE ${QUEUE_FILTER}`,
      params,
    );
    return {
      items: parseRows(QueueEntryRow, rows),
      total: parseFirst(z.object({ total: z.number() }), count)?.total ?? 0,
    };
  }
}

/**
 * A draft goes in as the parameter `:content` (TypeORM's typing of partial entities cannot follow a
 * jsonb column whose shape holds `unknown`).
 */
const jsonbParameter = () => 'CAST(:content AS jsonb)';

/** Every change of a revision is a new version of it. */
const edited = { version: () => 'version + 1', updatedAt: () => 'now()' } as const;
