import type { SolutionFacet } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { solutionQueries } from '../../app/catalog-queries';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUpdateSearchParams } from '../../app/url-state';
import { ResultsBar } from '../../components/ResultsBar';
import { SearchLayout, SearchResults } from '../../components/SearchLayout';
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
import './solutions.css';

const SORTS: SolutionSort[] = ['relevance', 'newest', 'title'];

export function SolutionSearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const setParams = useUpdateSearchParams();
  const state = readSolutionSearch(params);

  const result = useQuery(solutionQueries.search(searchParams(state)));
  // The API counts a facet in which something is chosen as if nothing were chosen in it.
  const counts = (facet: SolutionFacet): Record<string, number> => result.data?.facets[facet] ?? {};

  const data = result.data;
  const filterCount = activeFilterCount(state);
  useDocumentTitle(state.q ? t('search.documentTitleQuery', { q: state.q }) : t('search.documentTitle'));

  return (
    <>
      <h1>{t('search.title')}</h1>
      <SearchInput id="solution-q" label={t('search.inputLabel')} placeholder={t('search.placeholder')} />
      <SearchLayout data={data} filterCount={filterCount} filters={<SolutionFacets state={state} counts={counts} />}>
        <ResultsBar
          countText={data && t('search.resultCount', { count: data.total })}
          sortId="sort-select"
          sort={state.sort}
          sorts={SORTS}
          sortLabel={(sort) => t(`search.sort.${sort}`)}
        />
        <ActiveFilters state={state} />

        <SearchResults
          result={result}
          page={state.page}
          pageSize={PAGE_SIZE}
          empty={
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
          }
        >
          {(solution) => <SolutionCard solution={solution} />}
        </SearchResults>
        {data && data.total > 0 && (
          <p className="export">
            {t('search.export', { count: data.total })}{' '}
            <a href={exportHref(state, 'csv')} download>
              {t('search.exportCsv')}
            </a>{' '}
            ·{' '}
            <a href={exportHref(state, 'json')} download>
              {t('search.exportJson')}
            </a>{' '}
            ·{' '}
            <a href={exportHref(state, 'iati')} download>
              {t('search.exportIati')}
            </a>
          </p>
        )}
      </SearchLayout>
    </>
  );
}
