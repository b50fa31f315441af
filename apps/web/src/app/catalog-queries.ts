import {
  OrganizationDetailSchema,
  OrganizationSearchResultSchema,
  SolutionDetailSchema,
  SolutionSearchResultSchema,
  StatsSchema,
} from '@galaxy/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from './api';

/** A query string in a stable order, so equal searches share one cache entry. */
export type QueryParams = readonly (readonly [string, string])[];

export function toQueryString(params: QueryParams): string {
  const search = new URLSearchParams(params.map(([k, v]) => [k, v]));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const solutionQueries = {
  search: (params: QueryParams) =>
    queryOptions({
      queryKey: ['solutions', 'search', toQueryString(params)],
      queryFn: ({ signal }) => apiGet(`/solutions${toQueryString(params)}`, SolutionSearchResultSchema, signal),
      // While the next results load, the current ones stay on screen instead of a blank page.
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: ['solutions', 'detail', slug],
      queryFn: ({ signal }) => apiGet(`/solutions/${encodeURIComponent(slug)}`, SolutionDetailSchema, signal),
    }),
};

export const organizationQueries = {
  search: (params: QueryParams) =>
    queryOptions({
      queryKey: ['organizations', 'search', toQueryString(params)],
      queryFn: ({ signal }) => apiGet(`/organizations${toQueryString(params)}`, OrganizationSearchResultSchema, signal),
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: ['organizations', 'detail', slug],
      queryFn: ({ signal }) => apiGet(`/organizations/${encodeURIComponent(slug)}`, OrganizationDetailSchema, signal),
    }),
};

export const statsQueries = {
  all: () =>
    queryOptions({
      queryKey: ['stats'],
      queryFn: ({ signal }) => apiGet('/stats', StatsSchema, signal),
      staleTime: 5 * 60_000,
    }),
};
