import {
  CountryCodeSchema,
  ModalitySchema,
  OrganizationTypeSchema,
  ProjectStatusSchema,
  RegionCodeSchema,
  SdgGoalSchema,
  SdgTargetSchema,
  SOLUTION_SORTS,
  ThemeSchema,
  ContentLanguageSchema,
} from '@galaxy/contracts';
import type { ZodType } from 'zod';
import type { QueryParams } from '../../app/catalog-queries';
import { readList, readPage } from '../../app/url-state';

/** Filters that take several values (any of them matches); their URL parameter names are the API's. */
export const LIST_FILTERS = {
  sdg: SdgGoalSchema,
  target: SdgTargetSchema,
  region: RegionCodeSchema,
  country: CountryCodeSchema,
  modality: ModalitySchema,
  theme: ThemeSchema,
  language: ContentLanguageSchema,
  status: ProjectStatusSchema,
  organizationType: OrganizationTypeSchema,
  funderType: OrganizationTypeSchema,
} satisfies Record<string, ZodType>;
export type ListFilter = keyof typeof LIST_FILTERS;
export const LIST_FILTER_KEYS = Object.keys(LIST_FILTERS) as ListFilter[];

/** Country groups: yes/no filters. */
export const FLAG_FILTERS = ['ldc', 'lldc', 'sids'] as const;
export type FlagFilter = (typeof FLAG_FILTERS)[number];

export type SolutionSort = (typeof SOLUTION_SORTS)[number];
export const PAGE_SIZE = 20;

export interface SolutionSearchState {
  q: string;
  lists: Record<ListFilter, string[]>;
  flags: Record<FlagFilter, boolean>;
  sort: SolutionSort;
  page: number;
}

/** Reads the search from the address; values the API would reject are left out, not fatal. */
export function readSolutionSearch(params: URLSearchParams): SolutionSearchState {
  const lists = Object.fromEntries(
    LIST_FILTER_KEYS.map((key) => [
      key,
      readList(params, key, LIST_FILTERS[key]).map((v) => (key === 'country' ? v.toUpperCase() : v)),
    ]),
  ) as Record<ListFilter, string[]>;
  const flags = Object.fromEntries(FLAG_FILTERS.map((f) => [f, params.get(f) === 'true'])) as Record<
    FlagFilter,
    boolean
  >;
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    lists,
    flags,
    sort: (SOLUTION_SORTS as readonly string[]).includes(sort ?? '') ? (sort as SolutionSort) : 'relevance',
    page: readPage(params),
  };
}

export function activeFilterCount(state: SolutionSearchState): number {
  return (
    LIST_FILTER_KEYS.reduce((n, key) => n + state.lists[key].length, 0) +
    FLAG_FILTERS.filter((f) => state.flags[f]).length
  );
}

/** The filters as API parameters (shared by the search and the export link). */
export function filterParams(state: SolutionSearchState): [string, string][] {
  const params: [string, string][] = [];
  if (state.q) params.push(['q', state.q]);
  for (const key of LIST_FILTER_KEYS) {
    for (const value of state.lists[key]) params.push([key, value]);
  }
  for (const flag of FLAG_FILTERS) if (state.flags[flag]) params.push([flag, 'true']);
  return params;
}

export function searchParams(state: SolutionSearchState): QueryParams {
  const params = filterParams(state);
  if (state.sort !== 'relevance') params.push(['sort', state.sort]);
  if (state.page > 1) params.push(['page', String(state.page)]);
  params.push(['pageSize', String(PAGE_SIZE)]);
  return params;
}

export function exportHref(state: SolutionSearchState, format: 'csv' | 'json' | 'iati'): string {
  const params = new URLSearchParams([...filterParams(state), ['format', format]]);
  return `/api/v1/solutions/export?${params}`;
}
