import { Injectable } from '@nestjs/common';
import type { Stats } from '@galaxy/contracts';
import { StatsRepository } from './stats.repository';

@Injectable()
export class StatsService {
  constructor(private readonly repository: StatsRepository) {}

  /** Counts of published solutions by SDG, region, country, modality and year; organizations by type. */
  async stats(): Promise<Stats> {
    const rows = await this.repository.catalogCounts();
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
