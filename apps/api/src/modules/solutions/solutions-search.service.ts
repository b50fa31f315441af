import { Injectable, Logger } from '@nestjs/common';
import {
  SOLUTION_FACETS,
  type SolutionSearchQuery,
  type SolutionSearchResult,
  type SolutionSummary,
} from '@galaxy/contracts';
import type { MultiSearchParams, SearchParams } from 'meilisearch';
import { DataSource } from 'typeorm';
import { queryReadOnly } from '../../database/read-replica';
import { escapeHtml, POST, PRE, safeHighlight } from '../catalog/highlight';
import { SearchDocuments, type SolutionDocument } from '../catalog/search-documents';
import { SearchIndexes } from '../catalog/search-indexes';
import { SearchUnavailableError } from '../search/search-health';
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
 * Values within a facet combine with "or": a facet in which something is chosen is counted without
 * its own choice, so its other values say what choosing them would add. One multi-search: the page
 * of results, then one facet-only query per chosen facet. (The benchmark sends the same request.)
 */
export function solutionMultiSearch(query: SolutionSearchQuery, indexUid: string): MultiSearchParams {
  return {
    queries: [
      { indexUid, q: query.q ?? '', ...solutionSearchParams(query) },
      ...chosenFacets(query).map((name) => ({
        indexUid,
        q: query.q ?? '',
        filter: solutionMeiliFilter({ ...query, [name]: undefined }),
        facets: [FACET_ATTRIBUTES[name]],
        hitsPerPage: 0,
        page: 1,
      })),
    ],
  };
}

/** The Meilisearch request for a solution query (also used by the benchmark to query Meilisearch directly). */
export function solutionSearchParams(query: SolutionSearchQuery): SearchParams {
  const sort =
    query.sort === 'title' ? ['titleSort:asc'] : query.sort === 'newest' || !query.q ? ['publishedAt:desc'] : undefined;
  return {
    filter: solutionMeiliFilter(query),
    facets: Object.values(FACET_ATTRIBUTES),
    page: query.page,
    hitsPerPage: query.pageSize,
    sort,
    attributesToRetrieve: SUMMARY_FIELDS,
    attributesToHighlight: query.q ? ['title', 'summary'] : [],
    highlightPreTag: PRE,
    highlightPostTag: POST,
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
    private readonly indexes: SearchIndexes,
    private readonly documents: SearchDocuments,
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
    const indexUid = this.indexes.name('solutions');
    const { results } = await this.indexes.client.multiSearch(solutionMultiSearch(query, indexUid));
    const chosen = chosenFacets(query);
    const [first, ...others] = results;
    const result = first;
    const hits = first.hits as unknown as (SolutionDocument & { _formatted?: Partial<SolutionDocument> })[];
    const distribution = { ...result.facetDistribution };
    chosen.forEach((name, i) => {
      distribution[FACET_ATTRIBUTES[name]] = others[i].facetDistribution?.[FACET_ATTRIBUTES[name]] ?? {};
    });
    const facets = Object.fromEntries(
      SOLUTION_FACETS.map((name) => {
        const counts = { ...(distribution[FACET_ATTRIBUTES[name]] ?? {}) };
        // Flags are filters for "true" only; their "false" counts mean nothing to a reader.
        if (name === 'ldc' || name === 'lldc' || name === 'sids') delete counts['false'];
        return [name, counts];
      }),
    ) as Facets;
    return {
      items: hits.map((hit) => ({
        ...toSolutionSummary(hit),
        highlight: {
          title: safeHighlight(hit._formatted?.title ?? hit.title),
          summary: safeHighlight(hit._formatted?.summary ?? hit.summary),
        },
      })),
      total: Number((result as { totalHits?: number }).totalHits ?? 0),
      page: query.page,
      pageSize: query.pageSize,
      facets,
      degraded: false,
    };
  }

  async searchSql(query: SolutionSearchQuery): Promise<SolutionSearchResult> {
    const params: unknown[] = [];
    const where = solutionSqlWhere(query.q, query, params);
    const order =
      query.sort === 'title'
        ? 'lower(s.title), s.id'
        : query.q && query.sort === 'relevance'
          ? `ts_rank(s.search_vector, websearch_to_tsquery('simple', $1)) DESC, s.published_at DESC, s.id`
          : 's.published_at DESC, s.id';
    const offset = (query.page - 1) * query.pageSize;
    // The page and the total in one pass over the matches (the filter is the costly part); a count
    // of its own only for a page past the end.
    // From the read replica when there is one: degraded search may lag by the replication delay.
    const rows: { id: string; total: number }[] = await queryReadOnly(
      this.db,
      `SELECT s.id, count(*) OVER ()::int AS total FROM solutions s WHERE ${where}
       ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset}`,
      params,
    );
    const total: number = rows.length
      ? rows[0].total
      : (
          await queryReadOnly<{ total: number }[]>(
            this.db,
            `SELECT count(*)::int AS total FROM solutions s WHERE ${where}`,
            params,
          )
        )[0].total;
    const docs = new Map((await this.documents.solutions(rows.map((r) => r.id))).map((d) => [d.id, d]));
    const items: SolutionSummary[] = rows
      .map((r) => docs.get(r.id))
      .filter((d) => d !== undefined)
      .map((d) => ({
        ...toSolutionSummary(d),
        highlight: { title: escapeHtml(d.title), summary: escapeHtml(d.summary) },
      }));
    return {
      items,
      total,
      page: query.page,
      pageSize: query.pageSize,
      facets: await this.sqlFacets(where, params),
      degraded: true,
    };
  }

  private async sqlFacets(where: string, params: unknown[]): Promise<Facets> {
    const n = params.length;
    const rows: { facet: string; key: string; count: number }[] = await queryReadOnly(
      this.db,
      // Only the columns counted: `s.*` copied every text and the search vector of every match.
      `WITH f AS (SELECT s.id, s.sdgs, s.sdg_targets, s.themes, s.modality, s.language, s.project_status, s.funders
                  FROM solutions s WHERE ${where}),
            fc AS (SELECT DISTINCT c.solution_id, trim(c.country) AS country FROM solution_countries c JOIN f ON f.id = c.solution_id)
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
       UNION ALL SELECT 'sids', 'true', count(DISTINCT solution_id)::int FROM fc WHERE country = ANY($${n + 4}::text[])`,
      [...params, COUNTRY_REGION_PAIRS, LDC_COUNTRIES, LLDC_COUNTRIES, SIDS_COUNTRIES],
    );
    const facets = Object.fromEntries(SOLUTION_FACETS.map((name) => [name, {} as Record<string, number>])) as Facets;
    for (const row of rows) if (row.count > 0) facets[row.facet as keyof Facets][row.key] = row.count;
    return facets;
  }
}
