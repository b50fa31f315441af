import { Injectable } from '@nestjs/common';
import type { MatchmakingDashboard } from '@galaxy/contracts';
import { findArea } from '@galaxy/contracts/reference';
import { DataSource } from 'typeorm';

interface NeedFacts {
  id: string;
  status: string;
  sdgs: number[];
  countries: string[];
  days_to_first_intro: number | null;
  matches: number;
  answered: number;
  accepted: number;
  completed: number;
  dropped: number;
}

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
    medianDaysToFirstIntroduction: median(
      needs.map((n) => n.days_to_first_intro).filter((d): d is number => d !== null),
    ),
    acceptanceRate: ratio(sum('accepted'), sum('answered')),
    completionRate: ratio(sum('completed'), sum('completed') + sum('dropped')),
  };
}

/** How matchmaking is doing, for staff: one row of figures per need, grouped in memory. */
@Injectable()
export class MatchmakingDashboardService {
  constructor(private readonly db: DataSource) {}

  async dashboard(): Promise<MatchmakingDashboard> {
    const needs: NeedFacts[] = await this.db.query(
      `SELECT n.id, n.status, n.sdgs, n.countries,
         (SELECT extract(epoch FROM min(m.introduced_at) - n.created_at) / 86400 FROM matches m WHERE m.need_id = n.id)::float AS days_to_first_intro,
         count(m.id)::int AS matches,
         count(m.id) FILTER (WHERE m.answered_at IS NOT NULL)::int AS answered,
         count(m.id) FILTER (WHERE m.accepted)::int AS accepted,
         count(m.id) FILTER (WHERE m.stage = 'completed')::int AS completed,
         count(m.id) FILTER (WHERE m.stage = 'dropped')::int AS dropped
       FROM needs n LEFT JOIN matches m ON m.need_id = n.id
       WHERE n.status <> 'withdrawn' OR EXISTS (SELECT 1 FROM matches x WHERE x.need_id = n.id)
       GROUP BY n.id`,
    );
    for (const n of needs)
      if (n.days_to_first_intro !== null) n.days_to_first_intro = Math.round(n.days_to_first_intro * 10) / 10;
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
