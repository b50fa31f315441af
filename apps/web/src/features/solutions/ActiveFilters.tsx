import { useTranslation } from 'react-i18next';
import { toggleInList, withValue } from '../../app/url-state';
import { FilterChips } from '../../components/FilterChips';
import { FLAG_FILTERS, LIST_FILTER_KEYS, LIST_FILTERS, type SolutionSearchState } from './solution-search';
import { useFilterLabels } from './useFilterLabels';

/** The address without filters: the search words and the sort stay. */
export function clearFilters(p: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  const q = p.get('q');
  const sort = p.get('sort');
  if (q) next.set('q', q);
  if (sort) next.set('sort', sort);
  return next;
}

/** The filters in force, each one a button that removes it (see FilterChips). */
export function ActiveFilters({ state }: { state: SolutionSearchState }) {
  const { t } = useTranslation();
  const labels = useFilterLabels();
  const chips = [
    ...LIST_FILTER_KEYS.flatMap((key) =>
      state.lists[key].map((value) => ({
        id: `${key}:${value}`,
        // A goal reads best as "Goal 6: Clean water and sanitation".
        text:
          key === 'sdg'
            ? `${t('sdg.goalNumber', { number: value })} ${labels.sdgs.goalName(Number(value))}`
            : `${labels.group(key)}: ${labels.value(key, value)}`,
        remove: (p: URLSearchParams) => toggleInList(p, key, value, LIST_FILTERS[key]),
      })),
    ),
    ...FLAG_FILTERS.filter((f) => state.flags[f]).map((flag) => ({
      id: flag,
      text: labels.value(flag, 'true'),
      remove: (p: URLSearchParams) => withValue(p, flag, undefined),
    })),
  ];
  return <FilterChips chips={chips} clearAll={clearFilters} />;
}
