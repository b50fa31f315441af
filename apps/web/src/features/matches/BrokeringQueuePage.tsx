import type { ListingSummary } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useFormatDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { regionParents, useCountries, useRegions, useSdgs } from '../../app/useReference';
import { readPage, withValue } from '../../app/url-state';
import { nestRegions } from '../../components/nest-regions';
import { Pagination } from '../../components/Pagination';
import { LoadError, Loading } from '../../components/QueryStatus';
import { SdgBadges } from '../../components/SdgBadge';
import { useFormatDays } from '../curation/curation-format';
import { isForbidden, StaffOnly, StaffOnlyMessage } from '../curation/StaffOnly';
import { BrokeringNav } from './BrokeringNav';
import { useFormatList } from './match-format';
import { matchQueries } from './match-queries';

const PAGE_SIZE = 20;
const AGE_CHOICES = [7, 14, 30, 60, 90] as const;
const FILTERS = ['sdg', 'region', 'minAgeDays'] as const;

/** The queue's filters as the address holds them; values the API would refuse are left out. */
function readFilters(params: URLSearchParams) {
  const sdg = z.coerce
    .number()
    .int()
    .min(1)
    .max(17)
    .safeParse(params.get('sdg') ?? undefined);
  const region = z
    .string()
    .regex(/^\d{3}$/)
    .safeParse(params.get('region') ?? undefined);
  const minAgeDays = z.coerce
    .number()
    .int()
    .min(0)
    .max(3650)
    .safeParse(params.get('minAgeDays') ?? undefined);
  return {
    sdg: sdg.success ? sdg.data : undefined,
    region: region.success ? region.data : undefined,
    minAgeDays: minAgeDays.success ? minAgeDays.data : undefined,
  };
}

export function BrokeringQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('matches.queue.title'));
  return <StaffOnly>{() => <Queue />}</StaffOnly>;
}

function Queue() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = readPage(params);
  const queue = useQuery(
    matchQueries.queue({
      sdg: filters.sdg,
      region: filters.region,
      minAgeDays: filters.minAgeDays,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const data = queue.data;
  const filterCount = FILTERS.filter((f) => filters[f] !== undefined).length;

  if (isForbidden(queue.error)) return <StaffOnlyMessage />;

  const items = data?.items ?? [];
  const shown = data?.total ?? 0;
  const totalPages = data ? Math.min(1000, Math.ceil(data.total / PAGE_SIZE)) : 1;

  const clear = () => {
    const next = new URLSearchParams(params);
    for (const f of FILTERS) next.delete(f);
    next.delete('page');
    return `?${next}`;
  };

  return (
    <div className="curation-page brokering-page">
      <h1>{t('matches.queue.title')}</h1>
      <p className="lead">{t('matches.queue.lead')}</p>
      <BrokeringNav />

      <QueueFilters key={params.toString()} params={params} onApply={(next) => setParams(next)} />

      <section aria-labelledby="brokering-queue-heading">
        <h2 id="brokering-queue-heading" className="visually-hidden">
          {t('matches.queue.resultsHeading')}
        </h2>
        <p role="status" className="results-count">
          {data && t('matches.queue.count', { count: shown })}
        </p>
        {queue.isPending && <Loading />}
        {queue.isError && !data && <LoadError onRetry={() => void queue.refetch()} />}
        {data && items.length === 0 && (
          <div className="empty-state">
            <p>{filterCount > 0 ? t('matches.queue.emptyFiltered') : t('matches.queue.empty')}</p>
            {filterCount > 0 && <Link to={clear()}>{t('matches.queue.clearFilters')}</Link>}
          </div>
        )}
        {items.length > 0 && <QueueTable items={items} busy={queue.isPlaceholderData} />}
        {data && totalPages > 1 && <Pagination page={page} totalPages={totalPages} />}
      </section>
    </div>
  );
}

function QueueFilters({ params, onApply }: { params: URLSearchParams; onApply: (next: URLSearchParams) => void }) {
  const { t } = useTranslation();
  const sdgs = useSdgs();
  const regions = useRegions();
  const countries = useCountries();
  const formatDays = useFormatDays();
  const initial = readFilters(params);
  const [sdg, setSdg] = useState(initial.sdg ? String(initial.sdg) : '');
  const [region, setRegion] = useState(initial.region ?? '');
  const [age, setAge] = useState(initial.minAgeDays !== undefined ? String(initial.minAgeDays) : '');

  const regionOptions = nestRegions(
    regions.list.map((r) => ({ value: r.m49, label: r.name, count: 0 })),
    regionParents(countries.list),
  );
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
    <form className="curation-filters" onSubmit={submit} aria-label={t('matches.queue.filtersLabel')}>
      <div className="field">
        <label htmlFor="brokering-sdg">{t('matches.queue.sdg')}</label>
        <select id="brokering-sdg" value={sdg} onChange={(e) => setSdg(e.target.value)}>
          <option value="">{t('matches.queue.anySdg')}</option>
          {Array.from({ length: 17 }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}. {sdgs.goalName(n)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="brokering-region">{t('matches.queue.region')}</label>
        <select id="brokering-region" value={region} onChange={(e) => setRegion(e.target.value)}>
          <option value="">{t('matches.queue.anyRegion')}</option>
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
        <label htmlFor="brokering-age">{t('matches.queue.age')}</label>
        <select id="brokering-age" value={age} onChange={(e) => setAge(e.target.value)}>
          <option value="">{t('matches.queue.anyAge')}</option>
          {ages.map((days) => (
            <option key={days} value={days}>
              {t('matches.queue.atLeast', { duration: formatDays(days) })}
            </option>
          ))}
        </select>
      </div>
      <div className="curation-filters-actions">
        <button type="submit" className="button-primary">
          {t('matches.queue.apply')}
        </button>
      </div>
    </form>
  );
}

function QueueTable({ items, busy }: { items: ListingSummary[]; busy: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatDays = useFormatDays();
  const countries = useCountries();
  const list = useFormatList();
  return (
    <div className="table-scroll" role="region" aria-labelledby="brokering-queue-caption" tabIndex={0}>
      <table className="data-table queue-table" aria-busy={busy}>
        <caption id="brokering-queue-caption">{t('matches.queue.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matches.queue.colNeed')}</th>
            <th scope="col">{t('matches.queue.colOrganization')}</th>
            <th scope="col">{t('matches.queue.colSdgs')}</th>
            <th scope="col">{t('matches.queue.colCountries')}</th>
            <th scope="col">{t('matches.queue.colWaiting')}</th>
            <th scope="col">{t('matches.queue.colMatches')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/brokering/needs/${item.id}`} dir="auto" className="queue-title">
                  {item.title}
                </Link>
                {item.visibility !== 'public' && (
                  <span className="muted queue-revision">{t(`matches.visibility.${item.visibility}`)}</span>
                )}
              </th>
              <td>
                <bdi>{item.organization.name}</bdi>
              </td>
              <td>
                <SdgBadges goals={item.sdgs} />
              </td>
              <td>{list(item.countries.map((c) => countries.name(c)))}</td>
              <td>
                {item.ageDays === 0 ? t('matches.queue.lessThanADay') : formatDays(item.ageDays)}
                <br />
                <span className="muted">{t('matches.queue.publishedOn', { date: formatDate(item.createdAt) })}</span>
              </td>
              <td>
                {item.matches === null || item.matches === 0 ? (
                  <span className="badge badge-warning">{t('matches.queue.noMatches')}</span>
                ) : (
                  t('matches.queue.matchCount', { count: item.matches })
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
