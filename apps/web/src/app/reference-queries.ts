import { CountryRefSchema, RegionRefSchema, SdgGoalSchemaOut, type UiLanguage } from '@galaxy/contracts';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet } from './api';

// Reference data does not change while the app runs.
const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export const referenceQueries = {
  sdgs: (lang: UiLanguage) =>
    queryOptions({
      queryKey: ['reference', 'sdgs', lang],
      queryFn: ({ signal }) => apiGet(`/reference/sdgs?lang=${lang}`, z.array(SdgGoalSchemaOut), signal),
      ...forever,
    }),
  countries: (lang: UiLanguage) =>
    queryOptions({
      queryKey: ['reference', 'countries', lang],
      queryFn: ({ signal }) => apiGet(`/reference/countries?lang=${lang}`, z.array(CountryRefSchema), signal),
      ...forever,
    }),
  regions: (lang: UiLanguage) =>
    queryOptions({
      queryKey: ['reference', 'regions', lang],
      queryFn: ({ signal }) => apiGet(`/reference/regions?lang=${lang}`, z.array(RegionRefSchema), signal),
      ...forever,
    }),
};
