import {
  ListingSearchResultSchema,
  MatchListSchema,
  MatchmakingDashboardSchema,
  MatchSchema,
  NeedSchema,
  OrganizationSearchResultSchema,
  type Match,
  type MatchStage,
} from '@galaxy/contracts';
import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { apiGet } from '../../app/api';

const id = (value: string) => encodeURIComponent(value);

function search(params: Record<string, string | number | boolean | undefined>): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') out.set(key, String(value));
  }
  return out.toString();
}

export interface BrokeringQueueParams {
  sdg?: number;
  region?: string;
  minAgeDays?: number;
  page: number;
  pageSize: number;
}

/**
 * Matchmaking data: always read fresh, since the broker and both parties act on the same match
 * (a stale page would offer moves that are no longer allowed).
 */
export const matchQueries = {
  /** Open needs, oldest first: the broker's queue (staff see match counts and every visibility). */
  queue: (params: BrokeringQueueParams) =>
    queryOptions({
      queryKey: ['matchmaking', 'queue', params],
      queryFn: ({ signal }) =>
        apiGet(`/needs?${search({ status: 'open', sort: 'oldest', ...params })}`, ListingSearchResultSchema, signal),
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
  need: (needId: string) =>
    queryOptions({
      queryKey: ['matchmaking', 'need', needId],
      queryFn: ({ signal }) => apiGet(`/needs/${id(needId)}`, NeedSchema, signal),
      staleTime: 0,
    }),
  list: (params: { mine?: boolean; needId?: string; stage?: MatchStage }) =>
    queryOptions({
      queryKey: ['matchmaking', 'matches', params],
      queryFn: ({ signal }) =>
        apiGet(
          `/matches?${search({ mine: params.mine === undefined ? undefined : String(params.mine), needId: params.needId, stage: params.stage })}`,
          MatchListSchema,
          signal,
        ),
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
  match: (matchId: string) =>
    queryOptions({
      queryKey: ['matchmaking', 'match', matchId],
      queryFn: ({ signal }) => apiGet(`/matches/${id(matchId)}`, MatchSchema, signal),
      staleTime: 0,
    }),
  dashboard: () =>
    queryOptions({
      queryKey: ['matchmaking', 'dashboard'],
      queryFn: ({ signal }) => apiGet('/matchmaking/dashboard', MatchmakingDashboardSchema, signal),
      staleTime: 0,
    }),
  organizations: (q: string) =>
    queryOptions({
      queryKey: ['matchmaking', 'organizations', q],
      queryFn: ({ signal }) =>
        apiGet(`/organizations?${search({ q, pageSize: 10 })}`, OrganizationSearchResultSchema, signal),
      enabled: q.trim().length > 0,
      staleTime: 60_000,
    }),
};

/** The server's answer is the match now: shown at once, and the lists that show it are read again. */
export function matchChanged(queryClient: QueryClient, match: Match): void {
  queryClient.setQueryData(matchQueries.match(match.id).queryKey, match);
  void queryClient.invalidateQueries({ queryKey: ['matchmaking', 'matches'] });
  void queryClient.invalidateQueries({ queryKey: ['matchmaking', 'queue'] });
  void queryClient.invalidateQueries({ queryKey: ['matchmaking', 'dashboard'] });
}
