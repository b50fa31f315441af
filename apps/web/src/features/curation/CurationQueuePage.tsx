import type { CurationQueueItem, CurationQueueParams } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormatDate, useFormatDays } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { readPage, withValue } from '../../app/url-state';
import { Pagination } from '../../components/Pagination';
import { QueueFilters, readQueueFilters } from '../../components/QueueFilters';
import { LoadError, Loading } from '../../components/QueryStatus';
import { SdgBadges } from '../../components/SdgBadge';
import { curationQueries } from './curation-queries';
import { CurationNav } from './CurationNav';
import { isForbidden, StaffOnly, StaffOnlyMessage } from './StaffOnly';

const PAGE_SIZE = 20;
const FILTERS = ['sdg', 'region', 'organization', 'minAgeDays'] as const;

export function CurationQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('curation.queue.title'));
  return <StaffOnly>{() => <Queue />}</StaffOnly>;
}

function Queue() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const formatDays = useFormatDays();
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
      <QueueFilters
        key={params.toString()}
        idPrefix="queue"
        params={params}
        onApply={(next) => setParams(next)}
        labels={{
          form: t('curation.queue.filtersLabel'),
          sdg: t('curation.queue.sdg'),
          anySdg: t('curation.queue.anySdg'),
          region: t('curation.queue.region'),
          anyRegion: t('curation.queue.anyRegion'),
          age: t('curation.queue.age'),
          anyAge: t('curation.queue.anyAge'),
          atLeast: (days) => t('curation.queue.atLeast', { duration: formatDays(days) }),
          apply: t('curation.queue.apply'),
        }}
      />
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
