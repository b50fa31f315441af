import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../app/auth-queries';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUpdateSearchParams, withValue } from '../../app/url-state';
import { Pagination } from '../../components/Pagination';
import { LoadError, Loading } from '../../components/QueryStatus';
import { ResultsBar, ShowResultsButton } from '../../components/ResultsBar';
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
const MAX_PAGES = 1000;

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
  const [filtersOpen, setFiltersOpen] = useState(false);
  const label = useListingFacetLabels();
  const result = useQuery(listingQueries.search(kind, listingSearchParams(state)));
  const data = result.data;
  const k = kind === 'need' ? 'needs' : 'offers';
  const chosen = LISTING_FACETS.filter((f) => state.filters[f] !== undefined);
  const totalPages = data ? Math.min(MAX_PAGES, Math.ceil(data.total / LISTING_PAGE_SIZE)) : 0;
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
      {data?.degraded && (
        <div className="notice notice-warning">
          <p>
            <strong>{t('search.degradedTitle')}</strong> {t('listings.search.degraded')}
          </p>
        </div>
      )}
      <div className="search-layout">
        <div className="filters-column">
          <button
            type="button"
            className="skip-to-results"
            onClick={() => document.getElementById('results-count')?.focus()}
          >
            {t('search.skipToResults')}
          </button>
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="filters-panel"
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            {t('search.filtersButton', { count: chosen.length })}
          </button>
          <div id="filters-panel" className={filtersOpen ? 'filters filters-open' : 'filters'}>
            <h2>{t('search.filtersHeading')}</h2>
            <ListingFacets
              state={state}
              counts={{
                sdg: data?.facets.sdg ?? {},
                region: data?.facets.region ?? {},
                modality: data?.facets.modality ?? {},
                language: data?.facets.language ?? {},
              }}
            />
            {data && <ShowResultsButton total={data.total} close={() => setFiltersOpen(false)} />}
          </div>
        </div>

        <section className="results-column" aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden">
            {t('search.resultsHeading')}
          </h2>
          <ResultsBar
            countText={data && t(`listings.search.${k}Count`, { count: data.total })}
            sortId="sort-select"
            sort={state.sort}
            sorts={SORTS}
            sortLabel={(sort) => t(`listings.sort.${sort}`)}
          />
          {chosen.length > 0 && (
            <div className="active-filters">
              <h3 className="visually-hidden">{t('search.activeFilters')}</h3>
              <ul>
                {chosen.map((facet) => (
                  <li key={facet}>
                    <button
                      type="button"
                      className="chip"
                      onClick={() => setParams((p) => withValue(p, facet, undefined), { preventScrollReset: true })}
                    >
                      <span>
                        {t(`listings.facet.${facet}`)}: {label(facet, state.filters[facet] ?? '')}
                      </span>
                      <span className="chip-x" aria-hidden="true">
                        ×
                      </span>
                      <span className="visually-hidden"> — {t('search.removeFilter')}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}

          {result.isPending && <Loading />}
          {result.isError && !data && <LoadError onRetry={() => void result.refetch()} />}
          {data && data.total === 0 && (
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
          )}
          {data && data.total > 0 && data.items.length === 0 && (
            <p className="empty-state">
              {t('search.pastLastPage')}{' '}
              <Link to={`?${withValue(params, 'page', undefined)}`}>{t('search.firstPage')}</Link>
            </p>
          )}
          {data && data.items.length > 0 && (
            <ol className="results-list" aria-busy={result.isPlaceholderData} aria-labelledby="results-heading">
              {data.items.map((listing) => (
                <li key={listing.id}>
                  <ListingCard listing={listing} />
                </li>
              ))}
            </ol>
          )}
          {data && <Pagination page={state.page} totalPages={totalPages} />}
        </section>
      </div>
    </>
  );
}
