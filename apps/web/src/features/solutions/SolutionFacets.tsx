import { MODALITIES, PROJECT_STATUSES, type SolutionFacet } from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';
import { regionParents } from '../../app/useReference';
import { toggleInList, useUpdateSearchParams, withValue } from '../../app/url-state';
import { FacetGroup, type FacetOption } from '../../components/FacetGroup';
import { nestRegions } from '../../components/nest-regions';
import { FLAG_FILTERS, LIST_FILTERS, type ListFilter, type SolutionSearchState } from './solution-search';
import { useFilterLabels } from './useFilterLabels';

type Counts = Record<string, number>;

interface SolutionFacetsProps {
  state: SolutionSearchState;
  /** Counts per facet (for a facet with a choice, counted as if nothing were chosen in it). */
  counts: (facet: SolutionFacet) => Counts;
}

const byCount = (a: FacetOption, b: FacetOption) => b.count - a.count || a.label.localeCompare(b.label);

/** The facets of the solution search, as groups of checkboxes with counts. */
export function SolutionFacets({ state, counts }: SolutionFacetsProps) {
  const { t } = useTranslation();
  const labels = useFilterLabels();
  const setParams = useUpdateSearchParams();
  const toggle = (key: ListFilter) => (value: string) =>
    setParams((p) => toggleInList(p, key, value, LIST_FILTERS[key]), { preventScrollReset: true });

  /** Options with results, plus any chosen one (so it can be unchosen even at zero). */
  const options = (key: ListFilter, values: Iterable<string>): FacetOption[] => {
    const c = counts(key);
    return [...new Set([...values, ...state.lists[key]])]
      .map((value) => ({ value, label: labels.value(key, value), count: c[value] ?? 0 }))
      .filter((o) => o.count > 0 || state.lists[key].includes(o.value));
  };
  const counted = (key: ListFilter) => options(key, Object.keys(counts(key))).sort(byCount);

  const sdgOptions = options(
    'sdg',
    Array.from({ length: 17 }, (_, i) => String(i + 1)),
  );

  // Regions nested as in M49: Africa › Sub-Saharan Africa › Eastern Africa.
  const regionTree = nestRegions(
    options('region', Object.keys(counts('region'))),
    regionParents(labels.countries.list),
  );

  const flagOptions: FacetOption[] = FLAG_FILTERS.map((flag) => ({
    value: flag,
    label: labels.value(flag, 'true'),
    count: counts(flag).true ?? 0,
  })).filter((o) => o.count > 0 || state.flags[o.value as (typeof FLAG_FILTERS)[number]]);

  return (
    <>
      <FacetGroup
        title={labels.group('sdg')}
        options={sdgOptions}
        selected={state.lists.sdg}
        onToggle={toggle('sdg')}
        defaultOpen
        visible={17}
      />
      <FacetGroup
        title={labels.group('region')}
        options={regionTree}
        selected={state.lists.region}
        onToggle={toggle('region')}
        visible={12}
      />
      <FacetGroup
        title={labels.group('country')}
        options={counted('country')}
        selected={state.lists.country}
        onToggle={toggle('country')}
      />
      <FacetGroup
        title={t('search.facet.flags')}
        options={flagOptions}
        selected={FLAG_FILTERS.filter((f) => state.flags[f])}
        onToggle={(flag) =>
          setParams((p) => withValue(p, flag, p.get(flag) === 'true' ? undefined : 'true'), {
            preventScrollReset: true,
          })
        }
      />
      <FacetGroup
        title={labels.group('modality')}
        options={options('modality', MODALITIES)}
        selected={state.lists.modality}
        onToggle={toggle('modality')}
      />
      <FacetGroup
        title={labels.group('theme')}
        options={counted('theme')}
        selected={state.lists.theme}
        onToggle={toggle('theme')}
      />
      <FacetGroup
        title={labels.group('language')}
        options={counted('language')}
        selected={state.lists.language}
        onToggle={toggle('language')}
      />
      <FacetGroup
        title={labels.group('status')}
        options={options('status', PROJECT_STATUSES)}
        selected={state.lists.status}
        onToggle={toggle('status')}
      />
      <FacetGroup
        title={labels.group('organizationType')}
        options={counted('organizationType')}
        selected={state.lists.organizationType}
        onToggle={toggle('organizationType')}
      />
      <FacetGroup
        title={labels.group('funderType')}
        options={counted('funderType')}
        selected={state.lists.funderType}
        onToggle={toggle('funderType')}
      />
    </>
  );
}
