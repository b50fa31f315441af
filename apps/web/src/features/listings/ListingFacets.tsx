import { SUPPORT_MODALITIES } from '@galaxy/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../app/format';
import { regionParents, useCountries, useRegions, useSdgs } from '../../app/useReference';
import { useUpdateSearchParams, withValue } from '../../app/url-state';
import type { FacetOption } from '../../components/FacetGroup';
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

/**
 * The facets of the needs and offers lists. The API filters on one value per facet, so each facet
 * is a choice of one (radio buttons, with "Any" to lift it).
 */
export function ListingFacets({ state, counts }: { state: ListingSearchState; counts: Record<ListingFacet, Counts> }) {
  const { t } = useTranslation();
  const label = useListingFacetLabels();
  const countries = useCountries();

  const options = (facet: ListingFacet, values: Iterable<string>): FacetOption[] => {
    const chosen = state.filters[facet];
    return [...new Set([...values, ...(chosen ? [chosen] : [])])]
      .map((value) => ({ value, label: label(facet, value), count: counts[facet][value] ?? 0 }))
      .filter((o) => o.count > 0 || o.value === chosen);
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
        <FacetChoice
          key={facet}
          facet={facet}
          title={t(`listings.facet.${facet}`)}
          options={lists[facet]}
          selected={state.filters[facet]}
          defaultOpen={facet === 'sdg' || facet === 'modality'}
        />
      ))}
    </>
  );
}

function FacetChoice(props: {
  facet: ListingFacet;
  title: string;
  options: readonly FacetOption[];
  selected: string | undefined;
  defaultOpen: boolean;
}) {
  const { facet, title, options, selected, defaultOpen } = props;
  const { t } = useTranslation();
  const format = useFormatNumber();
  const id = useId();
  const setParams = useUpdateSearchParams();
  const [open, setOpen] = useState(defaultOpen || selected !== undefined);
  const choose = (value: string | undefined) =>
    setParams((p) => withValue(p, facet, value), { preventScrollReset: true });

  return (
    <section className="facet">
      <h3 className="facet-heading">
        <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          <span>{title}</span>
          {selected !== undefined && <span className="facet-selected">{t('search.selectedCount', { count: 1 })}</span>}
          <span className="facet-chevron" aria-hidden="true" />
        </button>
      </h3>
      <div id={`${id}-body`} className="facet-body" hidden={!open}>
        {options.length === 0 ? (
          <p className="facet-empty">{t('search.facetEmpty')}</p>
        ) : (
          <fieldset>
            <legend className="visually-hidden">{title}</legend>
            <ul className="facet-options">
              <li>
                <label>
                  <input
                    type="radio"
                    name={`${id}-choice`}
                    checked={selected === undefined}
                    onChange={() => choose(undefined)}
                  />
                  <span className="facet-label">{t('listings.search.any')}</span>
                </label>
              </li>
              {options.map((option) => (
                <li key={option.value} style={{ paddingInlineStart: `${(option.depth ?? 0) * 1}rem` }}>
                  <label>
                    <input
                      type="radio"
                      name={`${id}-choice`}
                      value={option.value}
                      checked={selected === option.value}
                      onChange={() => choose(option.value)}
                    />
                    <span className="facet-label">
                      {option.label}
                      <span className="visually-hidden">,</span>
                    </span>
                    <span className="facet-count">{format(option.count)}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
      </div>
    </section>
  );
}
