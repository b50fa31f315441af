import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useUpdateSearchParams, withValue } from '../app/url-state';
import './ResultsBar.css';

/** The count of results (announced to screen readers) and the sort select, kept in the URL. */
export function ResultsBar<S extends string>(props: {
  countText: string | undefined;
  sortId: string;
  sort: S;
  sorts: readonly S[];
  sortLabel: (sort: S) => string;
}) {
  const { t } = useTranslation();
  const setParams = useUpdateSearchParams();
  return (
    <div className="results-bar">
      <p className="results-count" id="results-count" role="status" tabIndex={-1}>
        {props.countText}
      </p>
      <div className="sort">
        <label htmlFor={props.sortId}>{t('search.sortLabel')}</label>
        <select
          id={props.sortId}
          value={props.sort}
          onChange={(e) =>
            setParams((p) => withValue(p, 'sort', e.target.value === 'relevance' ? undefined : e.target.value), {
              preventScrollReset: true,
            })
          }
        >
          {props.sorts.map((sort) => (
            <option key={sort} value={sort}>
              {props.sortLabel(sort)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** On a phone the filters cover the results: this closes them and moves focus to the result count. */
export function ShowResultsButton({ total, close }: { total: number; close: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button-primary filters-done"
      onClick={() => {
        // Close first, so that the results are where focus lands and the page scrolls.
        flushSync(close);
        document.getElementById('results-count')?.focus();
      }}
    >
      {t('search.showResults', { count: total })}
    </button>
  );
}
