import { Injectable, Logger } from '@nestjs/common';
import type { ListingSearchQuery, ListingSearchResult, ListingSummary } from '@galaxy/contracts';
import { AREA_REFS, regionsOf } from '@galaxy/contracts/reference';
import { EntityManager } from 'typeorm';
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
import { ListingsSearchRepository } from './listings-search.repository';

/** Who is asking: signed in or not, staff or not, and the organizations they edit or belong to. */
export interface Viewer {
  user?: AuthUser;
  staff: boolean;
  organizations: string[];
}

/** "Registered users" means people with a confirmed address: anyone can sign up with any address. */
export const VISIBLE_TO = (viewer: Viewer) =>
  viewer.staff ? ['public', 'registered', 'staff'] : viewer.user?.emailVerified ? ['public', 'registered'] : ['public'];

/**
 * Who may see and write listings (the viewer, the editor check), and searching needs and offers in
 * the `listings` index. Writing and reading one listing: `needs.service.ts`, `offers.service.ts`.
 */
@Injectable()
export class ListingsService {
  private readonly logger = new Logger('Listings');

  constructor(
    private readonly searchRows: ListingsSearchRepository,
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
    const rows = await this.searchRows.degradedRows(kind, {
      status: query.status,
      visibility: VISIBLE_TO(viewer),
      organizations: viewer.organizations,
      q: query.q ?? null,
      sdgs: query.sdg ?? null,
      // Countries and regions chosen together must both hold.
      countries: query.country?.length
        ? query.country.filter((c) => !regionCountries || regionCountries.includes(c))
        : (regionCountries ?? null),
      modalities: query.modality ?? null,
      languages: query.language ?? null,
      organization: query.organization ?? null,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
      minAgeDays: query.minAgeDays ?? null,
      oldestFirst: query.sort === 'oldest',
    });
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
    const rows = await this.searchRows.matchCounts(items.map((i) => i.id));
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
