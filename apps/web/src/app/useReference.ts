import type { CountryRef, RegionRefOut, SdgGoal } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { referenceQueries } from './reference-queries';
import { useLanguage } from './useLanguage';

// Each hook loads only the reference list it needs (the SDG list with its 169 targets is the
// heaviest), named in the UI language; until it arrives, codes stand in for names.

export function useSdgs() {
  const lang = useLanguage();
  const query = useQuery(referenceQueries.sdgs(lang));
  const data = query.data;
  const lookup = useMemo(() => {
    const goals = new Map<number, SdgGoal>((data ?? []).map((g) => [g.number, g]));
    const targets = new Map<string, string>((data ?? []).flatMap((g) => g.targets.map((t) => [t.id, t.title])));
    return {
      list: data ?? [],
      goal: (n: number) => goals.get(n),
      goalName: (n: number) => goals.get(n)?.short ?? String(n),
      targetTitle: (id: string) => targets.get(id),
    };
  }, [data]);
  return { query, ...lookup };
}

export function useCountries() {
  const lang = useLanguage();
  const query = useQuery(referenceQueries.countries(lang));
  const data = query.data;
  const lookup = useMemo(() => {
    const byIso2 = new Map<string, CountryRef>((data ?? []).map((c) => [c.iso2, c]));
    return {
      list: data ?? [],
      byIso2,
      name: (iso2: string) => byIso2.get(iso2)?.name ?? iso2,
    };
  }, [data]);
  return { query, ...lookup };
}

/** The countries as checklist options, by name, found by name or code. */
export function useCountryOptions() {
  const countries = useCountries();
  return useMemo(
    () =>
      [...countries.list]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c) => ({ value: c.iso2, label: c.name, search: `${c.name} ${c.iso2} ${c.iso3}` })),
    [countries.list],
  );
}

export function useRegions() {
  const lang = useLanguage();
  const query = useQuery(referenceQueries.regions(lang));
  const data = query.data;
  const lookup = useMemo(() => {
    const byCode = new Map<string, RegionRefOut>((data ?? []).map((r) => [r.m49, r]));
    return {
      list: data ?? [],
      byCode,
      name: (m49: string) => byCode.get(m49)?.name ?? m49,
    };
  }, [data]);
  return { query, ...lookup };
}

/**
 * The M49 tree (region → sub-region → intermediate region) as the countries list describes it,
 * so region filters can be shown nested, as people think of them.
 */
export function regionParents(countries: readonly CountryRef[]): Map<string, string> {
  const parents = new Map<string, string>();
  for (const c of countries) {
    if (c.subRegion && c.region) parents.set(c.subRegion, c.region);
    if (c.intermediateRegion && c.subRegion) parents.set(c.intermediateRegion, c.subRegion);
  }
  return parents;
}
