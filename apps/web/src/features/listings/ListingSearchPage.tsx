import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../app/auth-queries';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { toggleInList, useUpdateSearchParams } from '../../app/url-state';
import { FilterChips } from '../../components/FilterChips';
import { ResultsBar } from '../../components/ResultsBar';
import { SearchLayout, SearchResults } from '../../components/SearchLayout';
import { SearchInput } from '../../components/SearchInput';
import { ListingCard } from './ListingCard';
import { ListingFacets, useListingFacetLabels } from './ListingFacets';
import {
  LISTING_FACETS,
  LISTING_PAGE_SIZE,
  listingPath,
  listingQueries,
  listingSearchParams,
  readListingSearch,
  type ListingKind,
  type ListingSort,
} from './listing-queries';

const SORTS: ListingSort[] = ['relevance', 'newest', 'oldest'];

export function NeedSearchPage() {
  return <ListingSearchPage kind="need" />;
}

export function OfferSearchPage() {
  return <ListingSearchPage kind="offer" />;
}

/** The address without filters: the words and the sort stay. */
function clearFilters(p: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(p);
  for (const facet of LISTING_FACETS) next.delete(facet);
  next.delete('page');
  return next;
}

function ListingSearchPage({ kind }: { kind: ListingKind }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const [params] = useSearchParams();
  const setParams = useUpdateSearchParams();
  const state = readListingSearch(params);
  const label = useListingFacetLabels();
  const result = useQuery(listingQueries.search(kind, listingSearchParams(state)));
  const data = result.data;
  const k = kind === 'need' ? 'needs' : 'offers';
  // Every chosen value, as (facet, value) pairs: a chip each.
  const chosen = LISTING_FACETS.flatMap((facet) => state.filters[facet].map((value) => ({ facet, value })));
  const isMember = (me?.memberships.length ?? 0) > 0;
  useDocumentTitle(t(`listings.search.${k}Title`));

  return (
    <>
      <h1>{t(`listings.search.${k}Title`)}</h1>
      <p className="lead">{t(`listings.search.${k}Lead`)}</p>
      {isMember && (
        <p className="button-row">
          <Link to="/needs/new" className={kind === 'need' ? 'button-link' : 'button-link button-link-secondary'}>
            {t('listings.requestSupport')}
          </Link>
          <Link to="/offers/new" className={kind === 'offer' ? 'button-link' : 'button-link button-link-secondary'}>
            {t('listings.offerSupport')}
          </Link>
        </p>
      )}
      {me === null && (
        <p className="muted">
          <Link to={`/login?next=${encodeURIComponent(listingPath(kind))}`}>{t('auth.signIn')}</Link>{' '}
          {t('listings.search.signInToPublish')}
        </p>
      )}
      <SearchInput
        id={`${kind}-q`}
        label={t(`listings.search.${k}Input`)}
        placeholder={t('listings.search.placeholder')}
      />
      <SearchLayout
        data={data}
        filterCount={chosen.length}
        degradedText={t('listings.search.degraded')}
        filters={
          <ListingFacets
            state={state}
            counts={{
              sdg: data?.facets.sdg ?? {},
              region: data?.facets.region ?? {},
              modality: data?.facets.modality ?? {},
              language: data?.facets.language ?? {},
            }}
          />
        }
      >
        <ResultsBar
          countText={data && t(`listings.search.${k}Count`, { count: data.total })}
          sortId="sort-select"
          sort={state.sort}
          sorts={SORTS}
          sortLabel={(sort) => t(`listings.sort.${sort}`)}
        />
        <FilterChips
          chips={chosen.map(({ facet, value }) => ({
            id: `${facet}:${value}`,
            text: `${t(`listings.facet.${facet}`)}: ${label(facet, value)}`,
            remove: (p: URLSearchParams) => toggleInList(p, facet, value),
          }))}
          clearAll={clearFilters}
        />

        <SearchResults
          result={result}
          page={state.page}
          pageSize={LISTING_PAGE_SIZE}
          empty={
            <div className="empty-state">
              <h3>{t(`listings.search.${k}Empty`)}</h3>
              <ul>
                {chosen.length > 0 && <li>{t('search.emptyFilters')}</li>}
                {state.q && <li>{t('search.emptySpelling')}</li>}
                {!state.q && chosen.length === 0 && <li>{t(`listings.search.${k}EmptyHint`)}</li>}
              </ul>
              <p className="empty-actions">
                {chosen.length > 0 && (
                  <button
                    type="button"
                    className="button-primary"
                    onClick={() => setParams((p) => clearFilters(p), { preventScrollReset: true })}
                  >
                    {t('search.clearAll')}
                  </button>
                )}
                {(state.q || chosen.length > 0) && <Link to={listingPath(kind)}>{t(`listings.search.${k}All`)}</Link>}
              </p>
            </div>
          }
        >
          {(listing) => <ListingCard listing={listing} />}
        </SearchResults>
      </SearchLayout>
    </>
  );
}
