import { Injectable } from '@nestjs/common';
import type { MatchmakingDashboard } from '@galaxy/contracts';
import { findArea } from '@galaxy/contracts/reference';
import { MatchesRepository, type NeedMatchFacts as NeedFacts } from './matches.repository';

type Rates = MatchmakingDashboard['overall'];

const median = (values: number[]): number | null => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ratio = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : null);

function rates(needs: NeedFacts[]): Rates {
  const sum = (key: keyof NeedFacts) => needs.reduce((n, f) => n + Number(f[key]), 0);
  return {
    openNeeds: needs.filter((n) => n.status === 'open').length,
    matches: sum('matches'),
    medianDaysToFirstIntroduction: median(needs.map((n) => n.daysToFirstIntro).filter((d): d is number => d !== null)),
    acceptanceRate: ratio(sum('accepted'), sum('answered')),
    completionRate: ratio(sum('completed'), sum('completed') + sum('dropped')),
  };
}

/** How matchmaking is doing, for staff: one row of figures per need, grouped in memory. */
@Injectable()
export class MatchmakingDashboardService {
  constructor(private readonly matches: MatchesRepository) {}

  async dashboard(): Promise<MatchmakingDashboard> {
    const needs = (await this.matches.factsPerNeed()).map((n) => ({
      ...n,
      daysToFirstIntro: n.daysToFirstIntro === null ? null : Math.round(n.daysToFirstIntro * 10) / 10,
    }));
    const byRegion = new Map<string, NeedFacts[]>();
    const bySdg = new Map<number, NeedFacts[]>();
    for (const need of needs) {
      const regions = new Set(need.countries.map((c) => findArea(c)?.region).filter((r): r is string => !!r));
      for (const region of regions) byRegion.set(region, [...(byRegion.get(region) ?? []), need]);
      for (const sdg of new Set(need.sdgs)) bySdg.set(sdg, [...(bySdg.get(sdg) ?? []), need]);
    }
    return {
      overall: rates(needs),
      byRegion: [...byRegion.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([region, group]) => ({ region, ...rates(group) })),
      bySdg: [...bySdg.entries()].sort(([a], [b]) => a - b).map(([sdg, group]) => ({ sdg, ...rates(group) })),
    };
  }
}
