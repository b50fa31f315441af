import { SUPPORT_MODALITIES } from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';
import { regionParents, useCountries, useRegions, useSdgs } from '../../app/useReference';
import { toggleInList, useUpdateSearchParams } from '../../app/url-state';
import { FacetGroup, type FacetOption } from '../../components/FacetGroup';
import { nestRegions } from '../../components/nest-regions';
import { LISTING_FACETS, type ListingFacet, type ListingSearchState } from './listing-queries';

type Counts = Record<string, number>;

/** Names of a facet's values in the UI language. */
export function useListingFacetLabels() {
  const { t } = useTranslation();
  const sdgs = useSdgs();
  const regions = useRegions();
  return (facet: ListingFacet, value: string): string => {
    switch (facet) {
      case 'sdg':
        return `${value}. ${sdgs.goalName(Number(value))}`;
      case 'region':
        return regions.name(value);
      case 'modality':
        return t(`listings.modality.${value}`);
      case 'language':
        return t(`contentLanguage.${value}`);
    }
  };
}

/** The facets of the needs and offers lists: several values of one facet match any of them. */
export function ListingFacets({ state, counts }: { state: ListingSearchState; counts: Record<ListingFacet, Counts> }) {
  const { t } = useTranslation();
  const label = useListingFacetLabels();
  const countries = useCountries();
  const setParams = useUpdateSearchParams();
  const toggle = (facet: ListingFacet) => (value: string) =>
    setParams((p) => toggleInList(p, facet, value), { preventScrollReset: true });

  const options = (facet: ListingFacet, values: Iterable<string>): FacetOption[] => {
    const chosen = state.filters[facet];
    return [...new Set([...values, ...chosen])]
      .map((value) => ({ value, label: label(facet, value), count: counts[facet][value] ?? 0 }))
      .filter((o) => o.count > 0 || chosen.includes(o.value));
  };
  const byCount = (a: FacetOption, b: FacetOption) => b.count - a.count || a.label.localeCompare(b.label);

  const lists: Record<ListingFacet, FacetOption[]> = {
    sdg: options(
      'sdg',
      Array.from({ length: 17 }, (_, i) => String(i + 1)),
    ),
    region: nestRegions(options('region', Object.keys(counts.region)), regionParents(countries.list)),
    modality: options('modality', SUPPORT_MODALITIES),
    language: options('language', Object.keys(counts.language)).sort(byCount),
  };

  return (
    <>
      {LISTING_FACETS.map((facet) => (
        <FacetGroup
          key={facet}
          title={t(`listings.facet.${facet}`)}
          options={lists[facet]}
          selected={state.filters[facet]}
          onToggle={toggle(facet)}
          defaultOpen={facet === 'sdg' || facet === 'modality'}
          visible={facet === 'sdg' ? 17 : 12}
        />
      ))}
    </>
  );
}
