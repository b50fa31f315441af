import { useTranslation } from 'react-i18next';
import { useCountries, useRegions, useSdgs } from '../../app/useReference';
import type { FlagFilter, ListFilter } from './solution-search';

/** Names of filters and of their values, in the UI language. */
export function useFilterLabels() {
  const { t } = useTranslation();
  const sdgs = useSdgs();
  const countries = useCountries();
  const regions = useRegions();

  const group = (key: ListFilter | FlagFilter | 'flags'): string => t(`search.facet.${key}`);
  const value = (key: ListFilter | FlagFilter, v: string): string => {
    switch (key) {
      case 'sdg':
        return `${v}. ${sdgs.goalName(Number(v))}`;
      case 'target':
        return v;
      case 'region':
        return regions.name(v);
      case 'country':
        return countries.name(v);
      case 'modality':
        return t(`modality.${v}`);
      case 'theme':
        return t(`theme.${v}`);
      case 'language':
        return t(`contentLanguage.${v}`);
      case 'status':
        return t(`projectStatus.${v}`);
      case 'organizationType':
      case 'funderType':
        return t(`organizationType.${v}`);
      default:
        return t(`countryGroup.${key}`);
    }
  };
  return { group, value, sdgs, countries, regions };
}
