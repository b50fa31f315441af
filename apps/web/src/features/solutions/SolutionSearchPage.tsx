import type { SolutionFacet } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { solutionQueries } from '../../app/catalog-queries';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUpdateSearchParams, withValue } from '../../app/url-state';
import { Pagination } from '../../components/Pagination';
import { LoadError, Loading } from '../../components/QueryStatus';
import { ResultsBar, ShowResultsButton } from '../../components/ResultsBar';
import { SearchInput } from '../../components/SearchInput';
import { SolutionCard } from '../../components/SolutionCard';
import { ActiveFilters, clearFilters } from './ActiveFilters';
import {
  activeFilterCount,
  exportHref,
  PAGE_SIZE,
  readSolutionSearch,
  searchParams,
  type SolutionSort,
} from './solution-search';
import { SolutionFacets } from './SolutionFacets';

const SORTS: SolutionSort[] = ['relevance', 'newest', 'title'];
/** The API serves pages 1 to 1000. */
const MAX_PAGES = 1000;

export function SolutionSearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const setParams = useUpdateSearchParams();
  const state = readSolutionSearch(params);
  const [filtersOpen, setFiltersOpen] = useState(false);

  const result = useQuery(solutionQueries.search(searchParams(state)));
  // The API counts a facet in which something is chosen as if nothing were chosen in it.
  const counts = (facet: SolutionFacet): Record<string, number> => result.data?.facets[facet] ?? {};

  const data = result.data;
  const filterCount = activeFilterCount(state);
  const totalPages = data ? Math.min(MAX_PAGES, Math.ceil(data.total / PAGE_SIZE)) : 0;
  useDocumentTitle(state.q ? t('search.documentTitleQuery', { q: state.q }) : t('search.documentTitle'));

  return (
    <>
      <h1>{t('search.title')}</h1>
      <SearchInput id="solution-q" label={t('search.inputLabel')} placeholder={t('search.placeholder')} />
      {data?.degraded && (
        <div className="notice notice-warning">
          <p>
            <strong>{t('search.degradedTitle')}</strong> {t('search.degradedText')}
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
            {t('search.filtersButton', { count: filterCount })}
          </button>
          <div id="filters-panel" className={filtersOpen ? 'filters filters-open' : 'filters'}>
            <h2>{t('search.filtersHeading')}</h2>
            <SolutionFacets state={state} counts={counts} />
            {data && <ShowResultsButton total={data.total} close={() => setFiltersOpen(false)} />}
          </div>
        </div>

        <section className="results-column" aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden">
            {t('search.resultsHeading')}
          </h2>
          <ResultsBar
            countText={data && t('search.resultCount', { count: data.total })}
            sortId="sort-select"
            sort={state.sort}
            sorts={SORTS}
            sortLabel={(sort) => t(`search.sort.${sort}`)}
          />
          <ActiveFilters state={state} />

          {result.isPending && <Loading />}
          {result.isError && !data && <LoadError onRetry={() => void result.refetch()} />}
          {data && data.total === 0 && (
            <div className="empty-state">
              <h3>{t('search.emptyTitle')}</h3>
              <ul>
                {filterCount > 0 && <li>{t('search.emptyFilters')}</li>}
                {state.q && <li>{t('search.emptySpelling')}</li>}
                {state.q && <li>{t('search.emptyLanguage')}</li>}
              </ul>
              <p className="empty-actions">
                {filterCount > 0 && (
                  <button
                    type="button"
                    className="button-primary"
                    onClick={() => setParams((p) => clearFilters(p), { preventScrollReset: true })}
                  >
                    {t('search.clearAll')}
                  </button>
                )}
                <Link to="/solutions">{t('search.emptyBrowseAll')}</Link>
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
              {data.items.map((solution) => (
                <li key={solution.id}>
                  <SolutionCard solution={solution} />
                </li>
              ))}
            </ol>
          )}
          {data && <Pagination page={state.page} totalPages={totalPages} />}
          {data && data.total > 0 && (
            <p className="export">
              {t('search.export', { count: data.total })}{' '}
              <a href={exportHref(state, 'csv')} download>
                {t('search.exportCsv')}
              </a>{' '}
              ·{' '}
              <a href={exportHref(state, 'json')} download>
                {t('search.exportJson')}
              </a>
            </p>
          )}
        </section>
      </div>
    </>
  );
}
