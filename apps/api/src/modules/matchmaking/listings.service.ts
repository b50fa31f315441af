import { Injectable, Logger } from '@nestjs/common';
import type { ListingSearchQuery, ListingSearchResult, ListingSummary, Need, Offer } from '@galaxy/contracts';
import { AREA_REFS, regionsOf } from '@galaxy/contracts/reference';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth';
import {
  deriveGeography,
  meiliAnyOf,
  meiliCompare,
  meiliFilter,
  SearchQueries,
  SearchUnavailableError,
  type ListingDocument,
} from '../search';
import { AccessPolicy, unknownOrganizationInBody } from '../organizations/access-policy';

/** Who is asking: signed in or not, staff or not, and the organizations they edit or belong to. */
export interface Viewer {
  user?: AuthUser;
  staff: boolean;
  organizations: string[];
}

/** "Registered users" means people with a confirmed address: anyone can sign up with any address. */
export const VISIBLE_TO = (viewer: Viewer) =>
  viewer.staff ? ['public', 'registered', 'staff'] : viewer.user?.emailVerified ? ['public', 'registered'] : ['public'];

interface NeedRow {
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

interface OfferRow {
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

/**
 * Who may see and write listings (the viewer, the editor check), and searching needs and offers in
 * the `listings` index. Writing and reading one listing: `needs.service.ts`, `offers.service.ts`.
 */
@Injectable()
export class ListingsService {
  private readonly logger = new Logger('Listings');

  constructor(
    private readonly db: DataSource,
    private readonly queries: SearchQueries,
    private readonly access: AccessPolicy,
  ) {}

  async viewer(user: AuthUser | undefined): Promise<Viewer> {
    if (!user) return { staff: false, organizations: [] };
    return {
      user,
      staff: this.access.holdsGlobally(user, 'organization.view'),
      organizations: await this.access.organizationIdsOf(user.id),
    };
  }

  /** The organization's editors (or a global admin) may write its listings. */
  async requireEditor(m: EntityManager, user: AuthUser, organizationId: string): Promise<void> {
    await this.access.requireAccess({
      auth: user,
      permission: 'listing.edit',
      organizationId,
      manager: m,
      whenMissing: unknownOrganizationInBody,
    });
  }

  // ---- search --------------------------------------------------------------------------------------

  async search(kind: 'need' | 'offer', viewer: Viewer, query: ListingSearchQuery): Promise<ListingSearchResult> {
    // Each facet is counted without its own choice, so its other values show what choosing them gives.
    const FACETS = { sdg: 'sdgs', region: 'regions', modality: 'modalities', language: 'languages' } as const;
    const filter = (without?: keyof typeof FACETS) => [
      ...meiliFilter({ kind: [kind] }),
      // What the viewer may see: by visibility, or because one of their organizations owns it.
      ...meiliAnyOf({ visibility: VISIBLE_TO(viewer), organizationId: viewer.organizations }),
      ...meiliFilter({
        status: [query.status],
        sdgs: without !== 'sdg' ? query.sdg : undefined,
        countries: query.country,
        regions: without !== 'region' ? query.region : undefined,
        modalities: without !== 'modality' ? query.modality : undefined,
        languages: without !== 'language' ? query.language : undefined,
        organizationId: query.organization ? [query.organization] : undefined,
      }),
      ...meiliCompare(
        'createdAt',
        '<=',
        query.minAgeDays !== undefined ? Math.floor(Date.now() / 1000) - query.minAgeDays * 86_400 : undefined,
      ),
    ];
    try {
      const result = await this.queries.search<ListingDocument, keyof typeof FACETS>({
        index: 'listings',
        q: query.q,
        filter,
        facets: FACETS,
        chosen: (Object.keys(FACETS) as (keyof typeof FACETS)[]).filter((f) => query[f]?.length),
        // Without a text, newest first; brokers ask for the oldest first.
        sort:
          query.sort === 'oldest'
            ? ['createdAt:asc']
            : query.sort === 'newest' || !query.q
              ? ['createdAt:desc']
              : undefined,
        page: query.page,
        pageSize: query.pageSize,
      });
      const items = await this.withMatchCounts(viewer, result.hits.map(toSummary));
      return {
        items,
        total: result.total,
        page: query.page,
        pageSize: query.pageSize,
        facets: result.facets,
        degraded: false,
      };
    } catch (error) {
      // While the circuit is open the breaker has said so once; do not log every request.
      if (!(error instanceof SearchUnavailableError))
        this.logger.warn(`listing search falls back to PostgreSQL: ${String(error)}`);
      const regions = query.region ?? [];
      const countries = regions.length
        ? AREA_REFS.filter((a) => regionsOf(a).some((r) => regions.includes(r))).map((a) => a.iso2)
        : undefined;
      return this.searchSql(kind, viewer, query, countries);
    }
  }

  /** When Meilisearch is down: the same filters in SQL, a plain text match, no facet counts. */
  private async searchSql(
    kind: 'need' | 'offer',
    viewer: Viewer,
    query: ListingSearchQuery,
    regionCountries: string[] | undefined,
  ): Promise<ListingSearchResult> {
    const table = kind === 'need' ? 'needs' : 'offers';
    const countriesColumn = kind === 'need' ? 'countries' : 'eligible_countries';
    const textColumn = kind === 'need' ? 'problem_statement' : 'description';
    const rows: (NeedRow & OfferRow & { total: string })[] = await this.db.query(
      `${WITH_ORG(table)}
       WHERE l.status = $1 AND (l.visibility = ANY($2) OR l.organization_id = ANY($3::uuid[]))
         AND ($4::text IS NULL OR l.title ILIKE '%' || $4 || '%' OR l.${textColumn} ILIKE '%' || $4 || '%')
         AND ($5::smallint[] IS NULL OR l.sdgs && $5)
         AND ($6::text[] IS NULL OR l.${countriesColumn} && $6)
         AND ($7::text[] IS NULL OR l.modalities && $7)
         AND ($8::text[] IS NULL OR l.languages && $8)
         AND ($9::uuid IS NULL OR l.organization_id = $9)
         AND ($12::int IS NULL OR l.created_at <= now() - make_interval(days => $12))
       ORDER BY l.created_at ${query.sort === 'oldest' ? 'ASC' : 'DESC'} LIMIT $10 OFFSET $11`,
      [
        query.status,
        VISIBLE_TO(viewer),
        viewer.organizations,
        query.q ?? null,
        query.sdg ?? null,
        // Countries and regions chosen together must both hold.
        query.country?.length
          ? query.country.filter((c) => !regionCountries || regionCountries.includes(c))
          : (regionCountries ?? null),
        query.modality ?? null,
        query.language ?? null,
        query.organization ?? null,
        query.pageSize,
        (query.page - 1) * query.pageSize,
        query.minAgeDays ?? null,
      ],
    );
    const items = rows.map((r) => {
      const countries = kind === 'need' ? r.countries : r.eligible_countries;
      const body = kind === 'need' ? r.problem_statement : r.description;
      return toSummary({
        id: r.id,
        kind,
        title: r.title,
        excerpt: body.length > 280 ? `${body.slice(0, 277)}…` : body,
        organization: { id: r.organization_id, slug: r.org_slug, name: r.org_name },
        sdgs: r.sdgs,
        countries,
        regions: deriveGeography(countries).regions,
        modalities: r.modalities,
        languages: r.languages,
        visibility: r.visibility,
        status: r.status,
        createdAt: Math.floor(r.created_at.getTime() / 1000),
      } as ListingDocument);
    });
    return {
      items: await this.withMatchCounts(viewer, items),
      total: items.length + (query.page - 1) * query.pageSize,
      page: query.page,
      pageSize: query.pageSize,
      facets: { sdg: {}, region: {}, modality: {}, language: {} },
      degraded: true,
    };
  }

  private async withMatchCounts(viewer: Viewer, items: ListingSummary[]): Promise<ListingSummary[]> {
    if (!viewer.staff || !items.length) return items;
    const rows: { id: string; n: number }[] = await this.db.query(
      `SELECT need_id AS id, count(*)::int AS n FROM matches WHERE need_id = ANY($1::uuid[]) GROUP BY need_id
       UNION ALL
       SELECT offer_id, count(*)::int FROM matches WHERE offer_id = ANY($1::uuid[]) GROUP BY offer_id`,
      [items.map((i) => i.id)],
    );
    const counts = new Map(rows.map((r) => [r.id, r.n]));
    return items.map((i) => ({ ...i, matches: counts.get(i.id) ?? 0 }));
  }
}

function toSummary(d: ListingDocument): ListingSummary {
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    excerpt: d.excerpt,
    organization: d.organization,
    sdgs: d.sdgs,
    countries: d.countries,
    regions: d.regions,
    modalities: d.modalities as ListingSummary['modalities'],
    languages: d.languages,
    visibility: d.visibility as ListingSummary['visibility'],
    status: d.status as ListingSummary['status'],
    createdAt: new Date(d.createdAt * 1000).toISOString(),
    ageDays: Math.floor((Date.now() / 1000 - d.createdAt) / 86400),
    matches: null,
  };
}
