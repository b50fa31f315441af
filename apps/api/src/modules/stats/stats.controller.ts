import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { StatsSchema, type Stats } from '@galaxy/contracts';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { COUNTRY_REGION_PAIRS } from '../solutions/solution-filters';

class StatsDto extends createZodDto(StatsSchema) {}

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly db: DataSource) {}

  /** Counts of published solutions by SDG, region, country, modality and year; organizations by type. */
  @Get()
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOkResponse({ type: StatsDto })
  async stats(): Promise<Stats> {
    const rows: { facet: string; key: string; count: number }[] = await this.db.query(
      `WITH p AS (SELECT * FROM solutions WHERE curation_status = 'published'),
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
    const pick = (facet: string) =>
      Object.fromEntries(rows.filter((r) => r.facet === facet).map((r) => [r.key, r.count]));
    const totals = pick('total');
    return {
      solutions: totals.solutions ?? 0,
      organizations: totals.organizations ?? 0,
      countries: totals.countries ?? 0,
      bySdg: pick('sdg'),
      byRegion: pick('region'),
      byCountry: pick('country'),
      byModality: pick('modality'),
      byOrganizationType: pick('organizationType'),
      byYear: pick('year'),
    };
  }
}
