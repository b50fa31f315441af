import type { ListingSummary } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormatDate, useFormatDays } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useCountries } from '../../app/useReference';
import { readPage } from '../../app/url-state';
import { Pagination } from '../../components/Pagination';
import { QueueFilters, readQueueFilters } from '../../components/QueueFilters';
import { LoadError, Loading } from '../../components/QueryStatus';
import { SdgBadges } from '../../components/SdgBadge';
import { isForbidden, StaffOnly, StaffOnlyMessage } from '../curation/StaffOnly';
import { BrokeringNav } from './BrokeringNav';
import { useFormatList } from './match-format';
import { matchQueries } from './match-queries';

const PAGE_SIZE = 20;
const FILTERS = ['sdg', 'region', 'minAgeDays'] as const;

export function BrokeringQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('matches.queue.title'));
  return <StaffOnly>{() => <Queue />}</StaffOnly>;
}

function Queue() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const formatDays = useFormatDays();
  const filters = readQueueFilters(params);
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

      <QueueFilters
        key={params.toString()}
        idPrefix="brokering"
        params={params}
        onApply={(next) => setParams(next)}
        labels={{
          form: t('matches.queue.filtersLabel'),
          sdg: t('matches.queue.sdg'),
          anySdg: t('matches.queue.anySdg'),
          region: t('matches.queue.region'),
          anyRegion: t('matches.queue.anyRegion'),
          age: t('matches.queue.age'),
          anyAge: t('matches.queue.anyAge'),
          atLeast: (days) => t('matches.queue.atLeast', { duration: formatDays(days) }),
          apply: t('matches.queue.apply'),
        }}
      />

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
