import { Injectable, Logger } from '@nestjs/common';
import {
  SOLUTION_FACETS,
  type SolutionSearchQuery,
  type SolutionSearchResult,
  type SolutionSummary,
} from '@galaxy/contracts';
import {
  escapeHtml,
  safeHighlight,
  SearchQueries,
  SearchUnavailableError,
  toSolutionDocument,
  type SearchRequest,
  type SolutionDocument,
} from '../search';
import { FACET_ATTRIBUTES, solutionMeiliFilter } from './solution-filters';
import { toSolutionSummary } from './solution.mapper';
import { SolutionsSearchRepository } from './solutions-search.repository';

type Facets = SolutionSearchResult['facets'];

const SUMMARY_FIELDS: (keyof SolutionDocument)[] = [
  'id',
  'slug',
  'title',
  'subtitle',
  'summary',
  'language',
  'sdgs',
  'countryRoles',
  'regions',
  'modality',
  'themes',
  'projectStatus',
  'startYear',
  'endYear',
  'organizations',
  'publishedAt',
];

/** Facets whose values combine with "or" (flags are single yes-filters). */
const DISJUNCTIVE_FACETS = [
  'sdg',
  'target',
  'region',
  'country',
  'modality',
  'theme',
  'language',
  'status',
  'organizationType',
  'funderType',
] as const;

const chosenFacets = (query: SolutionSearchQuery) =>
  DISJUNCTIVE_FACETS.filter((name) => (query[name]?.length ?? 0) > 0);

/**
 * The search request for a solution query: values within a facet combine with "or", so a facet in
 * which something is chosen is counted without its own choice. (The benchmark sends the same
 * request, through `toMultiSearch`.)
 */
export function solutionSearchRequest(query: SolutionSearchQuery): SearchRequest<keyof typeof FACET_ATTRIBUTES> {
  return {
    index: 'solutions',
    q: query.q,
    filter: (without) => solutionMeiliFilter(without ? { ...query, [without]: undefined } : query),
    facets: FACET_ATTRIBUTES,
    chosen: chosenFacets(query),
    sort:
      query.sort === 'title'
        ? ['titleSort:asc']
        : query.sort === 'newest' || !query.q
          ? ['publishedAt:desc']
          : undefined,
    page: query.page,
    pageSize: query.pageSize,
    retrieve: SUMMARY_FIELDS,
    highlight: ['title', 'summary'],
  };
}

/**
 * Solution search: Meilisearch first; when it cannot answer, the same query from PostgreSQL full-text
 * search with `degraded: true`, so people can still find solutions.
 */
@Injectable()
export class SolutionsSearchService {
  private readonly logger = new Logger('SolutionsSearch');

  constructor(
    private readonly queries: SearchQueries,
    private readonly repository: SolutionsSearchRepository,
  ) {}

  async search(query: SolutionSearchQuery): Promise<SolutionSearchResult> {
    try {
      return await this.searchMeili(query);
    } catch (error) {
      // While the circuit is open the breaker has said so once; do not log every request.
      if (!(error instanceof SearchUnavailableError))
        this.logger.warn(`Meilisearch unavailable, answering from PostgreSQL: ${String(error)}`);
      return this.searchSql(query);
    }
  }

  private async searchMeili(query: SolutionSearchQuery): Promise<SolutionSearchResult> {
    const result = await this.queries.search<SolutionDocument, keyof typeof FACET_ATTRIBUTES>(
      solutionSearchRequest(query),
    );
    const facets = Object.fromEntries(
      SOLUTION_FACETS.map((name) => {
        const counts = { ...result.facets[name] };
        // Flags are filters for "true" only; their "false" counts mean nothing to a reader.
        if (name === 'ldc' || name === 'lldc' || name === 'sids') delete counts['false'];
        return [name, counts];
      }),
    ) as Facets;
    return {
      items: result.hits.map((hit) => ({
        ...toSolutionSummary(hit),
        highlight: {
          title: safeHighlight(hit._formatted?.title ?? hit.title),
          summary: safeHighlight(hit._formatted?.summary ?? hit.summary),
        },
      })),
      total: result.total,
      page: query.page,
      pageSize: query.pageSize,
      facets,
      degraded: false,
    };
  }

  async searchSql(query: SolutionSearchQuery): Promise<SolutionSearchResult> {
    const row = await this.repository.degradedSearch(query);
    const items: SolutionSummary[] = row.docs.map(toSolutionDocument).map((d) => ({
      ...toSolutionSummary(d),
      highlight: { title: escapeHtml(d.title), summary: escapeHtml(d.summary) },
    }));
    const facets = Object.fromEntries(SOLUTION_FACETS.map((name) => [name, {} as Record<string, number>])) as Facets;
    for (const [facet, key, count] of row.facets) facets[facet][key] = count;
    return {
      items,
      total: row.total,
      page: query.page,
      pageSize: query.pageSize,
      facets,
      degraded: true,
    };
  }
}
