import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { queryReadOnly } from '../../database/read-replica';
import { parseRows } from '../../database/rows';
import { COUNTRY_REGION_PAIRS } from '../solutions';

const CountRow = z.object({ facet: z.string(), key: z.string(), count: z.number() });
export type FacetCount = z.infer<typeof CountRow>;

/** Counts over the public catalog, in one statement so that they agree with each other. */
@Injectable()
export class StatsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Published solutions: in total, by SDG, modality, start year, country and region, and the
   * countries they name; organizations in total and by type. One row per (facet, key). From the read
   * replica when there is one.
   */
  async catalogCounts(): Promise<FacetCount[]> {
    const rows = await queryReadOnly(
      this.db,
      `WITH p AS (SELECT id, sdgs, modality, start_year FROM solutions WHERE curation_status = 'published'),
            pc AS (SELECT DISTINCT c.solution_id, trim(c.country) AS country FROM solution_countries c JOIN p ON p.id = c.solution_id)
       SELECT 'total' AS facet, 'solutions' AS key, count(*)::int AS count FROM p
       UNION ALL SELECT 'total', 'organizations', count(*)::int FROM organizations
       UNION ALL SELECT 'total', 'countries', count(DISTINCT country)::int FROM pc
       UNION ALL SELECT 'sdg', unnest(sdgs)::text, count(*)::int FROM p GROUP BY 2
       UNION ALL SELECT 'modality', modality, count(*)::int FROM p GROUP BY 2
       UNION ALL SELECT 'year', start_year::text, count(*)::int FROM p GROUP BY 2
       UNION ALL SELECT 'country', country, count(*)::int FROM pc GROUP BY 2
       UNION ALL SELECT 'region', r.region, count(DISTINCT pc.solution_id)::int
         FROM pc JOIN jsonb_to_recordset($1::jsonb) AS r(country text, region text) ON r.country = pc.country GROUP BY 2
       UNION ALL SELECT 'organizationType', type, count(*)::int FROM organizations GROUP BY 2`,
      [COUNTRY_REGION_PAIRS],
    );
    return parseRows(CountRow, rows);
  }
}
