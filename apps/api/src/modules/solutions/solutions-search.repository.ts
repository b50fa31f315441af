import { queryReadOnly } from '../../database/read-replica';
import { Injectable } from '@nestjs/common';
import type { SolutionSearchQuery, SolutionSearchResult } from '@galaxy/contracts';
import { DataSource } from 'typeorm';
import { SOLUTION_DOCUMENT_COLUMNS, type SolutionRow } from '../search';
import {
  COUNTRY_REGION_PAIRS,
  LDC_COUNTRIES,
  LLDC_COUNTRIES,
  SIDS_COUNTRIES,
  solutionSqlWhere,
} from './solution-filters';

type Facets = SolutionSearchResult['facets'];

/** Solution search in PostgreSQL, for when Meilisearch cannot answer (the degraded path). */
@Injectable()
export class SolutionsSearchRepository {
  constructor(private readonly db: DataSource) {}

  /** The page (as search-document rows), the total and every facet count, in one statement. */
  async degradedSearch(
    query: SolutionSearchQuery,
  ): Promise<{ total: number; docs: SolutionRow[]; facets: [keyof Facets, string, number][] }> {
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
      await queryReadOnly(
        this.db,
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
    return row;
  }
}
