import {
  CONTENT_LANGUAGES,
  LISTING_SORTS,
  ListingSearchResultSchema,
  NeedSchema,
  OfferSchema,
  SUPPORT_MODALITIES,
  SuggestionListSchema,
  TargetSuggestionListSchema,
  type Need,
  type Offer,
  type UiLanguage,
} from '@galaxy/contracts';
import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { apiGet } from '../../app/api';
import { toQueryString, type QueryParams } from '../../app/catalog-queries';
import { readList, readPage } from '../../app/url-state';

export type ListingKind = 'need' | 'offer';
export const listingPath = (kind: ListingKind) => (kind === 'need' ? '/needs' : '/offers');

const id = (value: string) => encodeURIComponent(value);

export const listingQueries = {
  search: (kind: ListingKind, params: QueryParams) =>
    queryOptions({
      queryKey: ['listings', kind, 'search', toQueryString(params)],
      queryFn: ({ signal }) =>
        apiGet(`${listingPath(kind)}${toQueryString(params)}`, ListingSearchResultSchema, signal),
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
  need: (needId: string) =>
    queryOptions({
      queryKey: ['listings', 'need', 'detail', needId],
      queryFn: ({ signal }) => apiGet(`/needs/${id(needId)}`, NeedSchema, signal),
      staleTime: 0,
    }),
  offer: (offerId: string) =>
    queryOptions({
      queryKey: ['listings', 'offer', 'detail', offerId],
      queryFn: ({ signal }) => apiGet(`/offers/${id(offerId)}`, OfferSchema, signal),
      staleTime: 0,
    }),
  suggestions: (needId: string) =>
    queryOptions({
      queryKey: ['listings', 'need', 'suggestions', needId],
      queryFn: ({ signal }) => apiGet(`/needs/${id(needId)}/suggestions`, SuggestionListSchema, signal),
      staleTime: 30_000,
    }),
  /** SDG targets the text is likely about, titled in the UI language. */
  targetSuggestions: (text: string, lang: UiLanguage) =>
    queryOptions({
      queryKey: ['listings', 'target-suggestions', lang, text],
      queryFn: ({ signal }) =>
        apiGet(
          `/reference/target-suggestions?${new URLSearchParams({ text, lang })}`,
          TargetSuggestionListSchema,
          signal,
        ),
      enabled: text.trim().length >= 3,
      staleTime: Infinity,
    }),
};

/** After a write: the page shows the answer, lists and suggestions are read again. */
export function listingChanged(queryClient: QueryClient, listing: Need | Offer): void {
  const key =
    listing.kind === 'need' ? listingQueries.need(listing.id).queryKey : listingQueries.offer(listing.id).queryKey;
  queryClient.setQueryData(key, listing);
  void queryClient.invalidateQueries({ queryKey: ['listings', listing.kind, 'search'] });
  void queryClient.invalidateQueries({ queryKey: ['listings', 'need', 'suggestions'] });
  // The broker's pages keep their own copies.
  void queryClient.invalidateQueries({ queryKey: ['matchmaking'] });
}

// ---- search state in the address ------------------------------------------------------------------

/** Each facet may hold several values; a listing with any of them matches. */
export const LISTING_FACETS = ['sdg', 'region', 'modality', 'language'] as const;
export type ListingFacet = (typeof LISTING_FACETS)[number];
export type ListingSort = (typeof LISTING_SORTS)[number];
export const LISTING_PAGE_SIZE = 20;

export interface ListingSearchState {
  q: string;
  filters: Record<ListingFacet, string[]>;
  sort: ListingSort;
  page: number;
}

const VALID: Record<ListingFacet, (v: string) => boolean> = {
  sdg: (v) => /^(?:[1-9]|1[0-7])$/.test(v),
  region: (v) => /^\d{3}$/.test(v),
  modality: (v) => (SUPPORT_MODALITIES as readonly string[]).includes(v),
  language: (v) => (CONTENT_LANGUAGES as readonly string[]).includes(v),
};

/** Reads the search from the address; values the API would reject are left out. */
export function readListingSearch(params: URLSearchParams): ListingSearchState {
  const filters = Object.fromEntries(
    LISTING_FACETS.map((facet) => [facet, readList(params, facet).filter(VALID[facet])]),
  ) as ListingSearchState['filters'];
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    filters,
    sort: (LISTING_SORTS as readonly string[]).includes(sort) ? (sort as ListingSort) : 'relevance',
    page: readPage(params),
  };
}

export function listingSearchParams(state: ListingSearchState): QueryParams {
  const params: [string, string][] = [];
  if (state.q) params.push(['q', state.q]);
  for (const facet of LISTING_FACETS) for (const value of state.filters[facet]) params.push([facet, value]);
  if (state.sort !== 'relevance') params.push(['sort', state.sort]);
  if (state.page > 1) params.push(['page', String(state.page)]);
  params.push(['pageSize', String(LISTING_PAGE_SIZE)]);
  return params;
}
