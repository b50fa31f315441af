import { OrganizationTypeSchema, RegionCodeSchema, SdgGoalSchema } from '@galaxy/contracts';
import type { QueryParams } from '../../app/catalog-queries';
import { readList, readPage } from '../../app/url-state';

export const PARTNER_FILTERS = { type: OrganizationTypeSchema, region: RegionCodeSchema, sdg: SdgGoalSchema };
export type PartnerFilter = keyof typeof PARTNER_FILTERS;
export const PARTNER_FILTER_KEYS = Object.keys(PARTNER_FILTERS) as PartnerFilter[];
export const PARTNER_SORTS = ['relevance', 'name', 'solutions'] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];
export const PARTNER_PAGE_SIZE = 20;

export interface PartnerSearchState {
  q: string;
  lists: Record<PartnerFilter, string[]>;
  sort: PartnerSort;
  page: number;
}

export function readPartnerSearch(params: URLSearchParams): PartnerSearchState {
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    lists: Object.fromEntries(
      PARTNER_FILTER_KEYS.map((key) => [key, readList(params, key, PARTNER_FILTERS[key])]),
    ) as Record<PartnerFilter, string[]>,
    sort: (PARTNER_SORTS as readonly string[]).includes(sort) ? (sort as PartnerSort) : 'relevance',
    page: readPage(params),
  };
}

function filterParams(state: PartnerSearchState, without?: PartnerFilter): [string, string][] {
  const params: [string, string][] = [];
  if (state.q) params.push(['q', state.q]);
  for (const key of PARTNER_FILTER_KEYS) {
    if (key !== without) for (const value of state.lists[key]) params.push([key, value]);
  }
  return params;
}

export function partnerSearchParams(state: PartnerSearchState): QueryParams {
  const params = filterParams(state);
  if (state.sort !== 'relevance') params.push(['sort', state.sort]);
  if (state.page > 1) params.push(['page', String(state.page)]);
  params.push(['pageSize', String(PARTNER_PAGE_SIZE)]);
  return params;
}

/** Counts for a facet with a choice, as if nothing were chosen in it (values in a facet combine with "or"). */
export function partnerFacetCountParams(state: PartnerSearchState, facet: PartnerFilter): QueryParams {
  return [...filterParams(state, facet), ['pageSize', '1']];
}
