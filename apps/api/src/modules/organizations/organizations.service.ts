import { Injectable, Logger } from '@nestjs/common';
import {
  ORGANIZATION_FACETS,
  type OrganizationDetail,
  type OrganizationSearchQuery,
  type OrganizationSearchResult,
  type OrganizationSummary,
  type SimilarOrganization,
} from '@galaxy/contracts';
import { AppError } from '../../common/app-error';
import {
  escapeHtml,
  meiliFilter,
  safeHighlight,
  SearchDocuments,
  SearchQueries,
  SearchUnavailableError,
  type OrganizationDocument,
} from '../search';
import { toSolutionSummary } from '../solutions/solution.mapper';
import { OrganizationsSearchRepository } from './organizations-search.repository';
import { OrganizationsRepository } from './organizations.repository';
import { findSimilarNames } from './similar-names';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FACET_ATTRIBUTES = { type: 'type', country: 'countries', region: 'regions', sdg: 'expertiseSdgs' } as const;
type Facets = OrganizationSearchResult['facets'];

function toOrganizationSummary(doc: OrganizationDocument): Omit<OrganizationSummary, 'highlight'> {
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    acronym: doc.acronym,
    type: doc.type,
    country: doc.country,
    description: doc.description,
    regions: doc.regions,
    expertiseSdgs: doc.expertiseSdgs,
    verification: doc.verification as OrganizationSummary['verification'],
    solutionCount: doc.solutionCount,
  };
}

@Injectable()
export class OrganizationsService {
  private readonly logger = new Logger('OrganizationsSearch');

  constructor(
    private readonly queries: SearchQueries,
    private readonly documents: SearchDocuments,
    private readonly searchRepository: OrganizationsSearchRepository,
    private readonly organizations: OrganizationsRepository,
  ) {}

  /** Registered organizations under the same or a close name (from PostgreSQL: a new one counts at once). */
  async similar(name: string): Promise<{ items: SimilarOrganization[] }> {
    return { items: await findSimilarNames(this.organizations, name) };
  }

  async search(query: OrganizationSearchQuery): Promise<OrganizationSearchResult> {
    try {
      const result = await this.queries.search<OrganizationDocument, keyof typeof FACET_ATTRIBUTES>({
        index: 'organizations',
        q: query.q,
        filter: () =>
          meiliFilter({ type: query.type, countries: query.country, regions: query.region, expertiseSdgs: query.sdg }),
        facets: FACET_ATTRIBUTES,
        sort:
          query.sort === 'name' || (!query.q && query.sort === 'relevance')
            ? ['nameSort:asc']
            : query.sort === 'solutions'
              ? ['solutionCount:desc']
              : undefined,
        page: query.page,
        pageSize: query.pageSize,
        highlight: ['name', 'description'],
      });
      return {
        items: result.hits.map((hit) => ({
          ...toOrganizationSummary(hit),
          highlight: {
            name: safeHighlight(hit._formatted?.name ?? hit.name),
            description: safeHighlight(hit._formatted?.description ?? hit.description),
          },
        })),
        total: result.total,
        page: query.page,
        pageSize: query.pageSize,
        facets: Object.fromEntries(ORGANIZATION_FACETS.map((f) => [f, result.facets[f]])) as Facets,
        degraded: false,
      };
    } catch (error) {
      // While the circuit is open the breaker has said so once; do not log every request.
      if (!(error instanceof SearchUnavailableError))
        this.logger.warn(`Meilisearch unavailable, answering from PostgreSQL: ${String(error)}`);
      return this.searchSql(query);
    }
  }

  private async searchSql(query: OrganizationSearchQuery): Promise<OrganizationSearchResult> {
    const { total, ids, typeCounts } = await this.searchRepository.degradedSearch(query);
    const rows = ids.map((id) => ({ id }));
    const docs = new Map((await this.documents.organizations(rows.map((r) => r.id))).map((d) => [d.id, d]));
    return {
      items: rows
        .map((r) => docs.get(r.id))
        .filter((d) => d !== undefined)
        .map((d) => ({
          ...toOrganizationSummary(d),
          highlight: { name: escapeHtml(d.name), description: escapeHtml(d.description) },
        })),
      total,
      page: query.page,
      pageSize: query.pageSize,
      facets: { type: Object.fromEntries(typeCounts.map((r) => [r.key, r.count])), country: {}, region: {}, sdg: {} },
      degraded: true,
    };
  }

  async findOne(idOrSlug: string): Promise<OrganizationDetail> {
    const row = await this.organizations.findPublic(UUID.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug });
    if (!row) throw AppError.notFound('Organization');
    const [doc] = await this.documents.organizations([row.id]);
    const solutionIds = await this.organizations.publishedSolutionIds(row.id, 100);
    const solutions = new Map((await this.documents.solutions(solutionIds)).map((d) => [d.id, d]));
    return {
      ...toOrganizationSummary(doc),
      operatingCountries: row.operatingCountries,
      website: row.website,
      expertiseTargets: row.expertiseTargets,
      modalities: row.modalities,
      languages: row.languages,
      source: row.source,
      solutions: solutionIds
        .map((id) => solutions.get(id))
        .filter((d) => d !== undefined)
        .map(toSolutionSummary),
    };
  }
}
