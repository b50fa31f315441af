import { useTranslation } from 'react-i18next';
import { useUpdateSearchParams } from '../app/url-state';
import './FilterChips.css';

export interface FilterChip {
  id: string;
  text: string;
  /** The address without this filter. */
  remove: (params: URLSearchParams) => URLSearchParams;
}

/** The filters in force, each one a button that removes it; with several, one to clear them all. */
export function FilterChips({
  chips,
  clearAll,
}: {
  chips: readonly FilterChip[];
  /** The address without any filter. */
  clearAll: (params: URLSearchParams) => URLSearchParams;
}) {
  const { t } = useTranslation();
  const setParams = useUpdateSearchParams();
  if (chips.length === 0) return null;

  return (
    <div className="active-filters">
      <h3 className="visually-hidden">{t('search.activeFilters')}</h3>
      <ul>
        {chips.map((chip) => (
          <li key={chip.id}>
            <button
              type="button"
              className="chip"
              onClick={() => setParams((p) => chip.remove(p), { preventScrollReset: true })}
            >
              <span>{chip.text}</span>
              <span className="chip-x" aria-hidden="true">
                ×
              </span>
              <span className="visually-hidden"> — {t('search.removeFilter')}</span>
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <button
          type="button"
          className="link-button"
          onClick={() => setParams((p) => clearAll(p), { preventScrollReset: true })}
        >
          {t('search.clearAll')}
        </button>
      )}
    </div>
  );
}
