import { Injectable, Logger } from '@nestjs/common';
import {
  SOLUTION_FACETS,
  type SolutionSearchQuery,
  type SolutionSearchResult,
  type SolutionSummary,
} from '@galaxy/contracts';
import { DataSource } from 'typeorm';
import {
  escapeHtml,
  safeHighlight,
  SearchQueries,
  SearchUnavailableError,
  SOLUTION_DOCUMENT_COLUMNS,
  toSolutionDocument,
  type SearchRequest,
  type SolutionDocument,
  type SolutionRow,
} from '../search';
import {
  COUNTRY_REGION_PAIRS,
  FACET_ATTRIBUTES,
  LDC_COUNTRIES,
  LLDC_COUNTRIES,
  SIDS_COUNTRIES,
  solutionMeiliFilter,
  solutionSqlWhere,
} from './solution-filters';
import { toSolutionSummary } from './solution.mapper';

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
    private readonly db: DataSource,
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
    const params: unknown[] = [];
    const where = solutionSqlWhere(query.q, query, params);
    const n = params.length;
    const byRank = Boolean(query.q) && query.sort === 'relevance';
    const order =
      query.sort === 'title'
        ? 'lower(f.title), f.id'
        : byRank
          ? 'f.rank DESC, f.published_at DESC, f.id'
          : 'f.published_at DESC, f.id';
    const offset = (query.page - 1) * query.pageSize;
    // One statement, one round trip: the matches once (the filter is the costly part), then over them
    // the page (as document rows), the total and every facet count. Only the columns counted or sorted
    // on are copied into the matches.
    const [row]: { total: number; docs: SolutionRow[]; facets: [keyof Facets, string, number][] }[] =
      await this.db.query(
        `WITH f AS MATERIALIZED (
         SELECT s.id, s.title, s.published_at, s.sdgs, s.sdg_targets, s.themes, s.modality, s.language,
                s.project_status, s.funders,
                ${byRank ? `ts_rank(s.search_vector, websearch_to_tsquery('simple', $1))` : '0'} AS rank
         FROM solutions s WHERE ${where}),
       fc AS MATERIALIZED (
         SELECT DISTINCT c.solution_id, trim(c.country) AS country FROM solution_countries c JOIN f ON f.id = c.solution_id),
       counts AS (
         SELECT 'sdg' AS facet, unnest(sdgs)::text AS key, count(*)::int AS count FROM f GROUP BY 2
         UNION ALL SELECT 'target', unnest(sdg_targets), count(*)::int FROM f GROUP BY 2
         UNION ALL SELECT 'theme', unnest(themes), count(*)::int FROM f GROUP BY 2
         UNION ALL SELECT 'modality', modality, count(*)::int FROM f GROUP BY 2
         UNION ALL SELECT 'language', language, count(*)::int FROM f GROUP BY 2
         UNION ALL SELECT 'status', project_status, count(*)::int FROM f GROUP BY 2
         UNION ALL SELECT 'country', country, count(*)::int FROM fc GROUP BY 2
         UNION ALL SELECT 'region', r.region, count(DISTINCT fc.solution_id)::int
           FROM fc JOIN jsonb_to_recordset($${n + 1}::jsonb) AS r(country text, region text) ON r.country = fc.country GROUP BY 2
         UNION ALL SELECT 'organizationType', o.type, count(DISTINCT f.id)::int
           FROM f JOIN solution_organizations so ON so.solution_id = f.id JOIN organizations o ON o.id = so.organization_id GROUP BY 2
         UNION ALL SELECT 'funderType', fu->>'type', count(DISTINCT f.id)::int
           FROM f CROSS JOIN jsonb_array_elements(f.funders) fu GROUP BY 2
         UNION ALL SELECT 'ldc', 'true', count(DISTINCT solution_id)::int FROM fc WHERE country = ANY($${n + 2}::text[])
         UNION ALL SELECT 'lldc', 'true', count(DISTINCT solution_id)::int FROM fc WHERE country = ANY($${n + 3}::text[])
         UNION ALL SELECT 'sids', 'true', count(DISTINCT solution_id)::int FROM fc WHERE country = ANY($${n + 4}::text[]))
       SELECT (SELECT count(*)::int FROM f) AS total,
              (SELECT COALESCE(json_agg(d ORDER BY d.n), '[]')
                 FROM (SELECT p.n, ${SOLUTION_DOCUMENT_COLUMNS}
                       FROM (SELECT f.id, row_number() OVER (ORDER BY ${order}) AS n FROM f
                             ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset}) p
                       JOIN solutions s ON s.id = p.id) d) AS docs,
              (SELECT COALESCE(json_agg(json_build_array(facet, key, count)), '[]') FROM counts WHERE count > 0) AS facets`,
        [...params, COUNTRY_REGION_PAIRS, LDC_COUNTRIES, LLDC_COUNTRIES, SIDS_COUNTRIES],
      );
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
