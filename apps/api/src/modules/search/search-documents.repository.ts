import { Injectable } from '@nestjs/common';
import type { OrganizationType } from '@galaxy/contracts';
import { DataSource } from 'typeorm';
import {
  deriveGeography,
  SOLUTION_DOCUMENT_COLUMNS,
  toSolutionDocument,
  withHash,
  type ListingDocument,
  type OrganizationDocument,
  type SolutionDocument,
  type SolutionRow,
} from './search-documents';

/**
 * Builds search documents from the current database state (the indexer is state-based: it never
 * trusts what an outbox row says, only what the row is now).
 */
@Injectable()
export class SearchDocuments {
  constructor(private readonly db: DataSource) {}

  /** Documents for the given ids that are published; ids missing from the result must be deleted. */
  async solutions(ids: readonly string[]): Promise<SolutionDocument[]> {
    if (!ids.length) return [];
    return this.solutionsWhere(`s.id = ANY($1::uuid[])`, [ids]);
  }

  /** Published solutions in id order after `afterId`, for full reindex and reconcile. */
  async solutionsPage(afterId: string | null, limit: number): Promise<SolutionDocument[]> {
    return this.solutionsWhere(
      `($1::uuid IS NULL OR s.id > $1::uuid)`,
      [afterId],
      `ORDER BY s.id LIMIT ${Number(limit)}`,
    );
  }

  private async solutionsWhere(where: string, params: unknown[], tail = ''): Promise<SolutionDocument[]> {
    const rows: SolutionRow[] = await this.db.query(
      `SELECT ${SOLUTION_DOCUMENT_COLUMNS} FROM solutions s WHERE s.curation_status = 'published' AND ${where} ${tail}`,
      params,
    );
    return rows.map(toSolutionDocument);
  }

  /** Organizations are public once registered; all given ids that exist get a document. */
  async organizations(ids: readonly string[]): Promise<OrganizationDocument[]> {
    if (!ids.length) return [];
    return this.organizationsWhere(`o.id = ANY($1::uuid[])`, [ids]);
  }

  async organizationsPage(afterId: string | null, limit: number): Promise<OrganizationDocument[]> {
    return this.organizationsWhere(
      `($1::uuid IS NULL OR o.id > $1::uuid)`,
      [afterId],
      `ORDER BY o.id LIMIT ${Number(limit)}`,
    );
  }

  /** Needs and offers, by id (either kind); withdrawn ones get no document. */
  async listings(ids: readonly string[]): Promise<ListingDocument[]> {
    if (!ids.length) return [];
    return this.listingsWhere(`l.id = ANY($1::uuid[])`, [ids]);
  }

  async listingsPage(afterId: string | null, limit: number): Promise<ListingDocument[]> {
    return this.listingsWhere(
      `($1::uuid IS NULL OR l.id > $1::uuid)`,
      [afterId],
      `ORDER BY l.id LIMIT ${Number(limit)}`,
    );
  }

  private async listingsWhere(where: string, params: unknown[], tail = ''): Promise<ListingDocument[]> {
    const rows: {
      id: string;
      kind: 'need' | 'offer';
      title: string;
      body: string;
      extra: string | null;
      organization_id: string;
      organization_slug: string;
      organization_name: string;
      sdgs: number[];
      sdg_targets: string[];
      countries: string[];
      modalities: string[];
      languages: string[];
      visibility: string;
      status: string;
      endorsed: boolean;
      created_at: Date;
    }[] = await this.db.query(
      `SELECT l.*, o.slug AS organization_slug, o.name AS organization_name FROM (
         SELECT id, 'need' AS kind, title, problem_statement AS body,
           concat_ws(' ', current_situation, desired_outcome) AS extra, organization_id, sdgs, sdg_targets, countries,
           modalities, languages, visibility, status, endorsement IS NOT NULL AS endorsed, created_at
         FROM needs WHERE status <> 'withdrawn'
         UNION ALL
         SELECT id, 'offer', title, description, NULL, organization_id, sdgs, sdg_targets, eligible_countries,
           modalities, languages, visibility, status, false, created_at
         FROM offers) l
       JOIN organizations o ON o.id = l.organization_id
       WHERE ${where} ${tail}`,
      params,
    );
    return rows.map((r) => {
      const geo = deriveGeography(r.countries);
      return withHash<ListingDocument>({
        id: r.id,
        kind: r.kind,
        title: r.title,
        text: [r.body, r.extra].filter(Boolean).join('\n'),
        excerpt: r.body.length > 280 ? `${r.body.slice(0, 277)}…` : r.body,
        organization: { id: r.organization_id, slug: r.organization_slug, name: r.organization_name },
        organizationId: r.organization_id,
        organizationName: r.organization_name,
        sdgs: r.sdgs,
        sdgTargets: r.sdg_targets,
        countries: r.countries,
        countryNames: geo.countryNames,
        regions: geo.regions,
        modalities: r.modalities,
        languages: r.languages,
        visibility: r.visibility,
        status: r.status,
        endorsed: r.endorsed,
        createdAt: Math.floor(r.created_at.getTime() / 1000),
      });
    });
  }

  private async organizationsWhere(where: string, params: unknown[], tail = ''): Promise<OrganizationDocument[]> {
    const rows: {
      id: string;
      slug: string;
      name: string;
      acronym: string | null;
      type: OrganizationType;
      country: string | null;
      operating_countries: string[];
      description: string;
      expertise_sdgs: number[];
      verification: string;
      solution_count: number;
    }[] = await this.db.query(
      `SELECT o.id, o.slug, o.name, o.acronym, o.type, trim(o.country) AS country, o.operating_countries, o.description,
              o.expertise_sdgs, o.verification,
              (SELECT count(DISTINCT so.solution_id)::int FROM solution_organizations so
                 JOIN solutions s ON s.id = so.solution_id AND s.curation_status = 'published'
               WHERE so.organization_id = o.id AND so.attached) AS solution_count
       FROM organizations o WHERE ${where} ${tail}`,
      params,
    );
    return rows.map((r) => {
      const countries = [...new Set([...(r.country ? [r.country] : []), ...r.operating_countries])];
      const geo = deriveGeography(countries);
      return withHash<OrganizationDocument>({
        id: r.id,
        slug: r.slug,
        name: r.name,
        acronym: r.acronym,
        type: r.type,
        country: r.country,
        countries,
        countryNames: geo.countryNames,
        regions: geo.regions,
        description: r.description,
        expertiseSdgs: r.expertise_sdgs,
        verification: r.verification,
        solutionCount: r.solution_count,
        nameSort: r.name.toLocaleLowerCase(),
      });
    });
  }
}
