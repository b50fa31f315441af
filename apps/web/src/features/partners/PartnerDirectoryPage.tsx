import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { organizationQueries } from '../../app/catalog-queries';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { regionParents, useCountries, useRegions, useSdgs } from '../../app/useReference';
import { toggleInList, useUpdateSearchParams } from '../../app/url-state';
import { FacetGroup, type FacetOption } from '../../components/FacetGroup';
import { nestRegions } from '../../components/nest-regions';
import { ResultsBar } from '../../components/ResultsBar';
import { SearchLayout, SearchResults } from '../../components/SearchLayout';
import { SearchInput } from '../../components/SearchInput';
import { PartnerCard } from './PartnerCard';
import {
  PARTNER_FILTER_KEYS,
  PARTNER_FILTERS,
  PARTNER_PAGE_SIZE,
  PARTNER_SORTS,
  partnerFacetCountParams,
  partnerSearchParams,
  readPartnerSearch,
  type PartnerFilter,
} from './partner-search';

export function PartnerDirectoryPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const setParams = useUpdateSearchParams();
  const state = readPartnerSearch(params);
  const sdgs = useSdgs();
  const countries = useCountries();
  const regions = useRegions();
  useDocumentTitle(t('partners.documentTitle'));

  const result = useQuery(organizationQueries.search(partnerSearchParams(state)));
  const chosen = PARTNER_FILTER_KEYS.filter((key) => state.lists[key].length > 0);
  const facetResults = useQueries({
    queries: chosen.map((key) => ({
      ...organizationQueries.search(partnerFacetCountParams(state, key)),
      placeholderData: undefined,
    })),
  });
  const counts = (key: PartnerFilter): Record<string, number> => {
    const index = chosen.indexOf(key);
    return ((index >= 0 ? facetResults[index]?.data : undefined) ?? result.data)?.facets[key] ?? {};
  };
  const options = (key: PartnerFilter, label: (v: string) => string): FacetOption[] =>
    [...new Set([...Object.keys(counts(key)), ...state.lists[key]])].map((value) => ({
      value,
      label: label(value),
      count: counts(key)[value] ?? 0,
    }));
  const toggle = (key: PartnerFilter) => (value: string) =>
    setParams((p) => toggleInList(p, key, value, PARTNER_FILTERS[key]), { preventScrollReset: true });

  const typeOptions = options('type', (v) => t(`organizationType.${v}`)).sort(
    (a, b) => b.count - a.count || a.label.localeCompare(b.label),
  );
  const regionOptions = nestRegions(options('region', regions.name), regionParents(countries.list));
  const sdgOptions = options('sdg', (v) => `${v}. ${sdgs.goalName(Number(v))}`).sort(
    (a, b) => Number(a.value) - Number(b.value),
  );
  const filterCount = PARTNER_FILTER_KEYS.reduce((n, key) => n + state.lists[key].length, 0);
  const data = result.data;

  return (
    <>
      <h1>{t('partners.title')}</h1>
      <p className="lead">{t('partners.lead')}</p>
      <SearchInput id="partner-q" label={t('partners.inputLabel')} placeholder={t('partners.placeholder')} />
      <SearchLayout
        data={data}
        filterCount={filterCount}
        filters={
          <>
            <FacetGroup
              title={t('partners.facet.type')}
              options={typeOptions}
              selected={state.lists.type}
              onToggle={toggle('type')}
              defaultOpen
              visible={10}
            />
            <FacetGroup
              title={t('partners.facet.region')}
              options={regionOptions}
              selected={state.lists.region}
              onToggle={toggle('region')}
              visible={12}
            />
            <FacetGroup
              title={t('partners.facet.sdg')}
              options={sdgOptions}
              selected={state.lists.sdg}
              onToggle={toggle('sdg')}
              visible={17}
            />
            {filterCount > 0 && (
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  setParams(
                    (p) => {
                      const next = new URLSearchParams();
                      for (const key of ['q', 'sort']) if (p.get(key)) next.set(key, p.get(key) as string);
                      return next;
                    },
                    { preventScrollReset: true },
                  )
                }
              >
                {t('search.clearAll')}
              </button>
            )}
          </>
        }
      >
        <ResultsBar
          countText={data && t('partners.resultCount', { count: data.total })}
          sortId="partner-sort"
          sort={state.sort}
          sorts={PARTNER_SORTS}
          sortLabel={(sort) => t(`partners.sort.${sort}`)}
        />
        <SearchResults
          result={result}
          page={state.page}
          pageSize={PARTNER_PAGE_SIZE}
          pastLastPage={false}
          empty={
            <div className="empty-state">
              <h3>{t('partners.emptyTitle')}</h3>
              <p>{filterCount > 0 ? t('search.emptyFilters') : t('search.emptySpelling')}</p>
            </div>
          }
        >
          {(partner) => <PartnerCard partner={partner} />}
        </SearchResults>
      </SearchLayout>
    </>
  );
}
