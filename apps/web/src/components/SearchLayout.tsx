import type { UseQueryResult } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { withValue } from '../app/url-state';
import { Pagination } from './Pagination';
import { LoadError, Loading } from './QueryStatus';
import { ShowResultsButton } from './ResultsBar';
import './SearchLayout.css';

/** The API serves pages 1 to 1000. */
const MAX_PAGES = 1000;

/**
 * Below a search page's search box: a warning while search runs degraded, the filters column
 * (folded away on a phone, with a way to skip past it) and the results column.
 */
export function SearchLayout({
  data,
  filterCount,
  degradedText,
  filters,
  children,
}: {
  data: { total: number; degraded: boolean } | undefined;
  /** How many filters are chosen, shown on the button that unfolds them. */
  filterCount: number;
  /** What the warning says after its title. */
  degradedText?: string;
  /** The filters column's content below its heading. */
  filters: ReactNode;
  /** The results column's content below its heading. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersToggle = useRef<HTMLButtonElement>(null);
  return (
    <>
      {data?.degraded && (
        <div className="notice notice-warning">
          <p>
            <strong>{t('search.degradedTitle')}</strong> {degradedText ?? t('search.degradedText')}
          </p>
        </div>
      )}
      <div className="search-layout">
        <div
          className="filters-column"
          onKeyDown={(event) => {
            // On a phone the open filters cover the results: Escape folds them, back to their button.
            if (event.key !== 'Escape' || !filtersOpen) return;
            event.stopPropagation();
            setFiltersOpen(false);
            filtersToggle.current?.focus();
          }}
        >
          <button
            type="button"
            className="skip-to-results"
            onClick={() => document.getElementById('results-count')?.focus()}
          >
            {t('search.skipToResults')}
          </button>
          <button
            ref={filtersToggle}
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
            {filters}
            {data && <ShowResultsButton total={data.total} close={() => setFiltersOpen(false)} />}
          </div>
        </div>
        <section className="results-column" aria-labelledby="results-heading">
          {/* Where the focus goes after a search: visible, so the focus is too. */}
          <h2 id="results-heading" className="results-heading" tabIndex={-1}>
            {t('search.resultsHeading')}
          </h2>
          {children}
        </section>
      </div>
    </>
  );
}

/**
 * One page of search results as a list, or what stands in for it: loading, the error, `empty`
 * when nothing matches; then the pages.
 */
export function SearchResults<T extends { id: string }>({
  result,
  page,
  pageSize,
  empty,
  pastLastPage = true,
  children,
}: {
  result: UseQueryResult<{ total: number; items: T[] }>;
  page: number;
  pageSize: number;
  empty: ReactNode;
  /** Whether a page past the last says so and links to the first. */
  pastLastPage?: boolean;
  /** One result. */
  children: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const data = result.data;
  const totalPages = data ? Math.min(MAX_PAGES, Math.ceil(data.total / pageSize)) : 0;
  return (
    <>
      {result.isPending && <Loading />}
      {result.isError && !data && <LoadError onRetry={() => void result.refetch()} />}
      {data && data.total === 0 && empty}
      {pastLastPage && data && data.total > 0 && data.items.length === 0 && (
        <p className="empty-state">
          {t('search.pastLastPage')}{' '}
          <Link to={`?${withValue(params, 'page', undefined)}`}>{t('search.firstPage')}</Link>
        </p>
      )}
      {data && data.items.length > 0 && (
        <ol className="results-list" aria-busy={result.isPlaceholderData} aria-labelledby="results-heading">
          {data.items.map((item) => (
            <li key={item.id}>{children(item)}</li>
          ))}
        </ol>
      )}
      {data && <Pagination page={page} totalPages={totalPages} />}
    </>
  );
}
