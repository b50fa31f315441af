import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { regionParents, useCountries, useRegions, useSdgs } from '../app/useReference';
import { withValue } from '../app/url-state';
import { nestRegions } from './nest-regions';
import './QueueFilters.css';

const AGE_CHOICES = [7, 14, 30, 60, 90] as const;

/** A staff queue's filters as the address holds them; values the API would refuse are left out. */
export function readQueueFilters(params: URLSearchParams) {
  const read = <T,>(schema: z.ZodType<T>, name: string) => {
    const parsed = schema.safeParse(params.get(name) ?? undefined);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    sdg: read(z.coerce.number().int().min(1).max(17), 'sdg'),
    region: read(z.string().regex(/^\d{3}$/), 'region'),
    organization: read(z.uuid(), 'organization'),
    minAgeDays: read(z.coerce.number().int().min(0).max(3650), 'minAgeDays'),
  };
}

export interface QueueFilterLabels {
  form: string;
  sdg: string;
  anySdg: string;
  region: string;
  anyRegion: string;
  age: string;
  anyAge: string;
  atLeast: (days: number) => string;
  apply: string;
}

/**
 * The SDG, region and waiting-time filters of a staff queue (curation, brokering): applied on
 * submit, written to the address.
 */
export function QueueFilters({
  idPrefix,
  params,
  onApply,
  labels,
}: {
  idPrefix: string;
  params: URLSearchParams;
  onApply: (next: URLSearchParams) => void;
  labels: QueueFilterLabels;
}) {
  const sdgs = useSdgs();
  const regions = useRegions();
  const countries = useCountries();
  const initial = readQueueFilters(params);
  const [sdg, setSdg] = useState(initial.sdg ? String(initial.sdg) : '');
  const [region, setRegion] = useState(initial.region ?? '');
  const [age, setAge] = useState(initial.minAgeDays !== undefined ? String(initial.minAgeDays) : '');

  const regionOptions = nestRegions(
    regions.list.map((r) => ({ value: r.m49, label: r.name, count: 0 })),
    regionParents(countries.list),
  );
  // A number typed into the address that is not among the choices is kept as a choice of its own.
  const ages: number[] = [...AGE_CHOICES];
  if (initial.minAgeDays !== undefined && !ages.includes(initial.minAgeDays)) ages.push(initial.minAgeDays);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    let next = withValue(params, 'sdg', sdg || undefined);
    next = withValue(next, 'region', region || undefined);
    next = withValue(next, 'minAgeDays', age || undefined);
    onApply(next);
  };

  return (
    <form className="curation-filters" onSubmit={submit} aria-label={labels.form}>
      <div className="field">
        <label htmlFor={`${idPrefix}-sdg`}>{labels.sdg}</label>
        <select id={`${idPrefix}-sdg`} value={sdg} onChange={(e) => setSdg(e.target.value)}>
          <option value="">{labels.anySdg}</option>
          {Array.from({ length: 17 }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}. {sdgs.goalName(n)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-region`}>{labels.region}</label>
        <select id={`${idPrefix}-region`} value={region} onChange={(e) => setRegion(e.target.value)}>
          <option value="">{labels.anyRegion}</option>
          {regionOptions.map((r) => (
            <option key={r.value} value={r.value}>
              {'\u00a0\u00a0\u00a0'.repeat(r.depth ?? 0)}
              {r.label}
            </option>
          ))}
          {initial.region && !regions.byCode.has(initial.region) && (
            <option value={initial.region}>{initial.region}</option>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-age`}>{labels.age}</label>
        <select id={`${idPrefix}-age`} value={age} onChange={(e) => setAge(e.target.value)}>
          <option value="">{labels.anyAge}</option>
          {ages.map((days) => (
            <option key={days} value={days}>
              {labels.atLeast(days)}
            </option>
          ))}
        </select>
      </div>
      <div className="curation-filters-actions">
        <button type="submit" className="button-primary">
          {labels.apply}
        </button>
      </div>
    </form>
  );
}
