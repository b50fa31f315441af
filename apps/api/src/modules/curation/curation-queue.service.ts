import { Injectable } from '@nestjs/common';
import type { CurationQueue, CurationQueueQuery, VerificationDueList } from '@galaxy/contracts';
import { AREA_REFS, regionsOf } from '@galaxy/contracts/reference';
import { DataSource } from 'typeorm';
import { deriveGeography } from '../catalog/search-documents';
import { VERIFICATION_MAX_AGE } from './curation.service';

/** Submitted revisions, filtered by SDG ($1), countries of a region ($2), organization ($3), minimum age in days ($4). */
const QUEUE_FILTER = `r.state = 'submitted'
  AND ($1::int IS NULL OR r.content -> 'sdgs' @> to_jsonb($1::int))
  AND ($2::text[] IS NULL OR EXISTS (
    SELECT 1 FROM jsonb_array_elements(r.content -> 'countries') c WHERE c ->> 'country' = ANY($2)))
  AND ($3::uuid IS NULL OR r.organization_id = $3)
  AND ($4::int IS NULL OR r.submitted_at <= now() - make_interval(days => $4))`;

/** What curators work through: submissions waiting for review, and solutions due for verification. */
@Injectable()
export class CurationQueueService {
  constructor(private readonly db: DataSource) {}

  /** Submitted revisions, oldest first. */
  async queue(query: CurationQueueQuery): Promise<CurationQueue> {
    const countries = query.region
      ? AREA_REFS.filter((a) => regionsOf(a).includes(query.region as string)).map((a) => a.iso2)
      : null;
    const filters = [query.sdg ?? null, countries, query.organization ?? null, query.minAgeDays ?? null];
    const rows: {
      solution_id: string;
      id: string;
      number: number;
      title: string | null;
      organization_id: string;
      organization_name: string;
      sdgs: unknown;
      countries: unknown;
      submitted_at: Date;
      age_days: number;
      revises_published: boolean;
    }[] = await this.db.query(
      `SELECT r.solution_id, r.id, r.number, r.content ->> 'title' AS title, o.id AS organization_id,
         o.name AS organization_name, r.content -> 'sdgs' AS sdgs, r.content -> 'countries' AS countries, r.submitted_at,
         floor(extract(epoch FROM now() - r.submitted_at) / 86400)::int AS age_days,
         coalesce(s.curation_status IN ('published', 'archived'), false) AS revises_published
       FROM solution_revisions r
       JOIN organizations o ON o.id = r.organization_id
       LEFT JOIN solutions s ON s.id = r.solution_id
       WHERE ${QUEUE_FILTER}
       ORDER BY r.submitted_at, r.id
       LIMIT $5 OFFSET $6`,
      [...filters, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM solution_revisions r WHERE ${QUEUE_FILTER}`,
      filters,
    );
    return {
      items: rows.map((r) => {
        const list = Array.isArray(r.countries) ? (r.countries as { country?: unknown }[]) : [];
        return {
          solutionId: r.solution_id,
          revisionId: r.id,
          revisionNumber: r.number,
          title: r.title ?? '',
          organization: { id: r.organization_id, name: r.organization_name },
          sdgs: Array.isArray(r.sdgs) ? (r.sdgs as number[]) : [],
          regions: deriveGeography(list.map((c) => String(c.country ?? ''))).regions,
          submittedAt: r.submitted_at.toISOString(),
          ageDays: r.age_days,
          revisesPublished: r.revises_published,
        };
      }),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Published solutions not verified for 18 months, the longest unverified first. */
  async verificationDue(): Promise<VerificationDueList> {
    const rows: {
      id: string;
      slug: string;
      title: string;
      last_verified_at: Date | null;
      confirmation_requested_at: Date | null;
      total: string;
    }[] = await this.db.query(
      `SELECT id, slug, title, last_verified_at, confirmation_requested_at, count(*) OVER () AS total
       FROM solutions
       WHERE curation_status = 'published'
         AND (last_verified_at IS NULL OR last_verified_at < now() - interval '${VERIFICATION_MAX_AGE}')
       ORDER BY last_verified_at NULLS FIRST, id LIMIT 500`,
    );
    return {
      items: rows.map((r) => ({
        solutionId: r.id,
        slug: r.slug,
        title: r.title,
        lastVerifiedAt: r.last_verified_at?.toISOString() ?? null,
        confirmationRequestedAt: r.confirmation_requested_at?.toISOString() ?? null,
      })),
      total: rows.length ? Number(rows[0].total) : 0,
    };
  }
}
