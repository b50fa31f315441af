import { queryReadOnly } from '../../database/read-replica';
import { Injectable } from '@nestjs/common';
import type { Need, Offer } from '@galaxy/contracts';
import { DataSource } from 'typeorm';

export interface NeedRow {
  id: string;
  organization_id: string;
  title: string;
  problem_statement: string;
  current_situation: string | null;
  desired_outcome: string;
  sdgs: number[];
  sdg_targets: string[];
  countries: string[];
  modalities: string[];
  languages: string[];
  timeframe_start: string | null;
  timeframe_end: string | null;
  co_contribution: Need['coContribution'];
  endorsement: Need['endorsement'];
  visibility: Need['visibility'];
  status: Need['status'];
  version: number;
  created_at: Date;
  updated_at: Date;
  org_slug: string;
  org_name: string;
  org_country: string | null;
  org_verification: string;
}

export interface OfferRow {
  id: string;
  organization_id: string;
  title: string;
  description: string;
  modalities: string[];
  sdgs: number[];
  sdg_targets: string[];
  eligible_countries: string[];
  eligible_groups: string[];
  eligible_regions: string[];
  capacity_per_year: number | null;
  cost_model: Offer['costModel'];
  languages: string[];
  track_record: string[];
  visibility: Offer['visibility'];
  status: Offer['status'];
  version: number;
  created_at: Date;
  updated_at: Date;
  org_slug: string;
  org_name: string;
  org_country: string | null;
  org_verification: string;
}

const WITH_ORG = (table: 'needs' | 'offers') =>
  `SELECT l.*, o.slug AS org_slug, o.name AS org_name, trim(o.country) AS org_country, o.verification AS org_verification
   FROM ${table} l JOIN organizations o ON o.id = l.organization_id`;

/** What the degraded listing search filters on (null: no filter). */
export interface DegradedListingFilter {
  status: string;
  visibility: string[];
  organizations: string[];
  q: string | null;
  sdgs: number[] | null;
  countries: string[] | null;
  modalities: string[] | null;
  languages: string[] | null;
  organization: string | null;
  limit: number;
  offset: number;
  minAgeDays: number | null;
  oldestFirst: boolean;
}

/** Listing search in PostgreSQL (Meilisearch down) and the match counts brokers see in results. */
@Injectable()
export class ListingsSearchRepository {
  constructor(private readonly db: DataSource) {}

  /** The same filters in SQL, a plain text match on title and text, newest (or oldest) first. */
  degradedRows(kind: 'need' | 'offer', f: DegradedListingFilter): Promise<(NeedRow & OfferRow)[]> {
    const table = kind === 'need' ? 'needs' : 'offers';
    const countriesColumn = kind === 'need' ? 'countries' : 'eligible_countries';
    const textColumn = kind === 'need' ? 'problem_statement' : 'description';
    return queryReadOnly(
      this.db,
      `${WITH_ORG(table)}
       WHERE l.status = $1 AND (l.visibility = ANY($2) OR l.organization_id = ANY($3::uuid[]))
         AND ($4::text IS NULL OR l.title ILIKE '%' || $4 || '%' OR l.${textColumn} ILIKE '%' || $4 || '%')
         AND ($5::smallint[] IS NULL OR l.sdgs && $5)
         AND ($6::text[] IS NULL OR l.${countriesColumn} && $6)
         AND ($7::text[] IS NULL OR l.modalities && $7)
         AND ($8::text[] IS NULL OR l.languages && $8)
         AND ($9::uuid IS NULL OR l.organization_id = $9)
         AND ($12::int IS NULL OR l.created_at <= now() - make_interval(days => $12))
       ORDER BY l.created_at ${f.oldestFirst ? 'ASC' : 'DESC'} LIMIT $10 OFFSET $11`,
      [
        f.status,
        f.visibility,
        f.organizations,
        f.q,
        f.sdgs,
        f.countries,
        f.modalities,
        f.languages,
        f.organization,
        f.limit,
        f.offset,
        f.minAgeDays,
      ],
    );
  }

  /** How many matches each of these needs or offers has. */
  matchCounts(ids: readonly string[]): Promise<{ id: string; n: number }[]> {
    return queryReadOnly(
      this.db,
      `SELECT need_id AS id, count(*)::int AS n FROM matches WHERE need_id = ANY($1::uuid[]) GROUP BY need_id
       UNION ALL
       SELECT offer_id, count(*)::int FROM matches WHERE offer_id = ANY($1::uuid[]) GROUP BY offer_id`,
      [ids],
    );
  }
}
