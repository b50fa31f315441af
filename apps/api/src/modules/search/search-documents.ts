import { Injectable } from '@nestjs/common';
import { UI_LANGUAGES, type CountryRole, type FunderInput, type OrganizationType } from '@galaxy/contracts';
import { findArea, regionsOf } from '@galaxy/contracts/reference';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

/** What Meilisearch holds for a published solution: public fields only. */
export interface SolutionDocument {
  id: string;
  slug: string;
  title: string;
  subtitle: string | null;
  summary: string;
  challenge: string;
  towardsSolution: string;
  resultsImpact: string;
  language: string;
  sdgs: number[];
  sdgTargets: string[];
  countries: string[];
  countryRoles: { country: string; role: CountryRole }[];
  /** Country names in the six UN languages, so "Kenya", "Kenia" and "肯尼亚" all find Kenya. */
  countryNames: string[];
  regions: string[];
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
  modality: string;
  themes: string[];
  projectStatus: string;
  startYear: number;
  endYear: number | null;
  organizations: { slug: string; name: string; acronym: string | null }[];
  organizationNames: string[];
  organizationTypes: OrganizationType[];
  /** Who funded it (solutions.funders), for the exports; their types are a filter. */
  funders: {
    name: string;
    type: OrganizationType;
    amount: number | null;
    currency: string | null;
    year: number | null;
  }[];
  funderTypes: OrganizationType[];
  publishedAt: number;
  titleSort: string;
  hash: string;
}

export interface OrganizationDocument {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  type: OrganizationType;
  country: string | null;
  countries: string[];
  countryNames: string[];
  regions: string[];
  description: string;
  expertiseSdgs: number[];
  verification: string;
  solutionCount: number;
  nameSort: string;
  hash: string;
}

/** A need or an offer that is not withdrawn: public fields only (never co-contribution or endorsement details). */
export interface ListingDocument {
  id: string;
  kind: 'need' | 'offer';
  title: string;
  text: string;
  excerpt: string;
  organization: { id: string; slug: string; name: string };
  organizationId: string;
  organizationName: string;
  sdgs: number[];
  sdgTargets: string[];
  countries: string[];
  countryNames: string[];
  regions: string[];
  modalities: string[];
  languages: string[];
  visibility: string;
  status: string;
  endorsed: boolean;
  createdAt: number;
  hash: string;
}

/** Regions and LDC/LLDC/SIDS flags, derived from countries through M49 — never typed in. */
export function deriveGeography(countries: readonly string[]) {
  const areas = countries.map((c) => findArea(c)).filter((a) => a !== undefined);
  return {
    regions: [...new Set(areas.flatMap(regionsOf))].sort(),
    ldc: areas.some((a) => a.ldc),
    lldc: areas.some((a) => a.lldc),
    sids: areas.some((a) => a.sids),
    countryNames: [...new Set(areas.flatMap((a) => UI_LANGUAGES.map((l) => a.name[l])))],
  };
}

function withHash<T extends object>(doc: Omit<T, 'hash'>): T {
  return { ...doc, hash: createHash('sha1').update(JSON.stringify(doc)).digest('base64url') } as T;
}

export interface SolutionRow {
  id: string;
  slug: string;
  title: string;
  subtitle: string | null;
  summary: string;
  challenge: string;
  towards_solution: string;
  results_impact: string;
  language: string;
  sdgs: number[];
  sdg_targets: string[];
  modality: string;
  themes: string[];
  project_status: string;
  start_year: number;
  end_year: number | null;
  /** A Date from node-postgres, an ISO string when the row came as JSON. */
  published_at: Date | string;
  countries: { country: string; role: CountryRole }[];
  organizations: { slug: string; name: string; acronym: string | null; type: OrganizationType }[];
  funders: FunderInput[];
}

/** The columns of a solution document's row, over `solutions s` (one row per solution). */
export const SOLUTION_DOCUMENT_COLUMNS = `s.id, s.slug, s.title, s.subtitle, s.summary, s.challenge, s.towards_solution,
  s.results_impact, s.language, s.sdgs, s.sdg_targets, s.modality, s.themes, s.project_status, s.start_year, s.end_year,
  s.published_at, s.funders,
  COALESCE((SELECT json_agg(json_build_object('country', trim(c.country), 'role', c.role) ORDER BY c.position)
            FROM solution_countries c WHERE c.solution_id = s.id), '[]') AS countries,
  COALESCE((SELECT json_agg(json_build_object('slug', o.slug, 'name', o.name, 'acronym', o.acronym, 'type', o.type)
              ORDER BY so.position)
            FROM solution_organizations so JOIN organizations o ON o.id = so.organization_id
            WHERE so.solution_id = s.id), '[]') AS organizations`;

/** A row of SOLUTION_DOCUMENT_COLUMNS (as node-postgres returns it, or as JSON) → its document. */
export function toSolutionDocument(r: SolutionRow): SolutionDocument {
  const countries = [...new Set(r.countries.map((c) => c.country))];
  const geo = deriveGeography(countries);
  const organizations = dedupeBy(r.organizations, (o) => o.slug);
  return withHash<SolutionDocument>({
    id: r.id,
    slug: r.slug,
    title: r.title,
    subtitle: r.subtitle,
    summary: r.summary,
    challenge: r.challenge,
    towardsSolution: r.towards_solution,
    resultsImpact: r.results_impact,
    language: r.language,
    sdgs: r.sdgs,
    sdgTargets: r.sdg_targets,
    countries,
    countryRoles: r.countries,
    countryNames: geo.countryNames,
    regions: geo.regions,
    ldc: geo.ldc,
    lldc: geo.lldc,
    sids: geo.sids,
    modality: r.modality,
    themes: r.themes,
    projectStatus: r.project_status,
    startYear: r.start_year,
    endYear: r.end_year,
    organizations: organizations.map(({ slug, name, acronym }) => ({ slug, name, acronym })),
    organizationNames: organizations.flatMap((o) => (o.acronym ? [o.name, o.acronym] : [o.name])),
    organizationTypes: [...new Set(organizations.map((o) => o.type))],
    funders: r.funders.map((f) => ({
      name: f.name,
      type: f.type,
      amount: f.amount ?? null,
      currency: f.currency ?? null,
      year: f.year ?? null,
    })),
    funderTypes: [...new Set(r.funders.map((f) => f.type))],
    publishedAt: Math.floor(new Date(r.published_at).getTime() / 1000),
    titleSort: r.title.toLocaleLowerCase(),
  });
}

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

function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
