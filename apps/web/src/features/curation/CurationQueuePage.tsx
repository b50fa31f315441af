import type { CurationQueueItem, CurationQueueParams } from '@galaxy/contracts';
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
import { useFormatDays } from './curation-format';
import { curationQueries } from './curation-queries';
import { CurationNav } from './CurationNav';
import { isForbidden, StaffOnly, StaffOnlyMessage } from './StaffOnly';

const PAGE_SIZE = 20;
const AGE_CHOICES = [7, 14, 30, 60, 90] as const;
const FILTERS = ['sdg', 'region', 'organization', 'minAgeDays'] as const;

/** The queue's filters as the address holds them; values the API would refuse are left out. */
function readQueueFilters(params: URLSearchParams) {
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
  const organization = z.uuid().safeParse(params.get('organization') ?? undefined);
  const minAgeDays = z.coerce
    .number()
    .int()
    .min(0)
    .max(3650)
    .safeParse(params.get('minAgeDays') ?? undefined);
  return {
    sdg: sdg.success ? sdg.data : undefined,
    region: region.success ? region.data : undefined,
    organization: organization.success ? organization.data : undefined,
    minAgeDays: minAgeDays.success ? minAgeDays.data : undefined,
  };
}

export function CurationQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('curation.queue.title'));
  return <StaffOnly>{() => <Queue />}</StaffOnly>;
}

function Queue() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readQueueFilters(params);
  const page = readPage(params);
  const query: CurationQueueParams = { ...filters, page, pageSize: PAGE_SIZE };
  const queue = useQuery(curationQueries.queue(query));
  const data = queue.data;
  const filterCount = FILTERS.filter((f) => filters[f] !== undefined).length;
  // The organization's name comes from the items (the filter holds only its id).
  const organizationName = data?.items.find((i) => i.organization.id === filters.organization)?.organization.name;

  if (isForbidden(queue.error)) return <StaffOnlyMessage />;

  const clear = () => {
    const next = new URLSearchParams(params);
    for (const f of FILTERS) next.delete(f);
    next.delete('page');
    return `?${next}`;
  };

  return (
    <div className="curation-page">
      <h1>{t('curation.queue.title')}</h1>
      <p className="lead">{t('curation.queue.lead')}</p>
      <CurationNav />

      {/* Changed from outside (back button, a link), the form shows the address's filters again. */}
      <QueueFilters key={params.toString()} params={params} onApply={(next) => setParams(next)} />
      {filters.organization && (
        <p className="curation-org-filter">
          {t('curation.queue.organizationFilter', { name: organizationName ?? t('curation.queue.chosenOrganization') })}{' '}
          <Link to={`?${withValue(params, 'organization', undefined)}`}>
            {t('curation.queue.removeOrganizationFilter')}
          </Link>
        </p>
      )}

      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading" className="visually-hidden">
          {t('curation.queue.resultsHeading')}
        </h2>
        <p role="status" className="results-count">
          {data && t('curation.queue.count', { count: data.total })}
        </p>
        {queue.isPending && <Loading />}
        {queue.isError && !data && <LoadError onRetry={() => void queue.refetch()} />}
        {data && data.total === 0 && (
          <div className="empty-state">
            <p>{filterCount > 0 ? t('curation.queue.emptyFiltered') : t('curation.queue.empty')}</p>
            {filterCount > 0 && <Link to={clear()}>{t('curation.queue.clearFilters')}</Link>}
          </div>
        )}
        {data && data.items.length > 0 && <QueueTable items={data.items} busy={queue.isPlaceholderData} />}
        {data && <Pagination page={page} totalPages={Math.min(1000, Math.ceil(data.total / PAGE_SIZE))} />}
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
    <form className="curation-filters" onSubmit={submit} aria-label={t('curation.queue.filtersLabel')}>
      <div className="field">
        <label htmlFor="queue-sdg">{t('curation.queue.sdg')}</label>
        <select id="queue-sdg" value={sdg} onChange={(e) => setSdg(e.target.value)}>
          <option value="">{t('curation.queue.anySdg')}</option>
          {Array.from({ length: 17 }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}. {sdgs.goalName(n)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-region">{t('curation.queue.region')}</label>
        <select id="queue-region" value={region} onChange={(e) => setRegion(e.target.value)}>
          <option value="">{t('curation.queue.anyRegion')}</option>
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
        <label htmlFor="queue-age">{t('curation.queue.age')}</label>
        <select id="queue-age" value={age} onChange={(e) => setAge(e.target.value)}>
          <option value="">{t('curation.queue.anyAge')}</option>
          {ages.map((days) => (
            <option key={days} value={days}>
              {t('curation.queue.atLeast', { duration: formatDays(days) })}
            </option>
          ))}
        </select>
      </div>
      <div className="curation-filters-actions">
        <button type="submit" className="button-primary">
          {t('curation.queue.apply')}
        </button>
      </div>
    </form>
  );
}

function QueueTable({ items, busy }: { items: CurationQueueItem[]; busy: boolean }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const formatDate = useFormatDate();
  const formatDays = useFormatDays();
  return (
    <div className="table-scroll" role="region" aria-labelledby="queue-caption" tabIndex={0}>
      <table className="data-table queue-table" aria-busy={busy}>
        <caption id="queue-caption">{t('curation.queue.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('curation.queue.colSubmission')}</th>
            <th scope="col">{t('curation.queue.colOrganization')}</th>
            <th scope="col">{t('curation.queue.colSdgs')}</th>
            <th scope="col">{t('curation.queue.colWaiting')}</th>
            <th scope="col">{t('curation.queue.colKind')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.revisionId}>
              <th scope="row">
                <Link to={`/curation/solutions/${item.solutionId}`} dir="auto" className="queue-title">
                  {item.title}
                </Link>
                <span className="muted queue-revision">
                  {t('curation.revisionNumber', { number: item.revisionNumber })}
                </span>
              </th>
              <td>
                <span dir="auto">{item.organization.name}</span>
                <br />
                <Link className="queue-org-filter" to={`?${withValue(params, 'organization', item.organization.id)}`}>
                  {t('curation.queue.onlyThisOrganization')}
                  <span className="visually-hidden"> ({item.organization.name})</span>
                </Link>
              </td>
              <td>
                <SdgBadges goals={item.sdgs} />
              </td>
              <td>
                {item.ageDays === 0 ? t('curation.queue.lessThanADay') : formatDays(item.ageDays)}
                <br />
                <span className="muted">{t('curation.queue.submittedOn', { date: formatDate(item.submittedAt) })}</span>
              </td>
              <td>
                {item.revisesPublished ? (
                  <span className="badge badge-warning">{t('curation.queue.revision')}</span>
                ) : (
                  <span className="badge badge-ok">{t('curation.queue.new')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
