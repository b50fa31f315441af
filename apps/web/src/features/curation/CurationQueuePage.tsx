import type { CurationQueueItem, CurationQueueParams } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormatDate, useFormatDays } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { readPage, withValue } from '../../app/url-state';
import { readQueueFilters } from '../../components/QueueFilters';
import { SdgBadges } from '../../components/SdgBadge';
import { StaffQueue } from '../../components/StaffQueue';
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
  const [params] = useSearchParams();
  const filters = readQueueFilters(params);
  const query: CurationQueueParams = { ...filters, page: readPage(params), pageSize: PAGE_SIZE };
  const queue = useQuery(curationQueries.queue(query));
  const data = queue.data;
  // The organization's name comes from the items (the filter holds only its id).
  const organizationName = data?.items.find((i) => i.organization.id === filters.organization)?.organization.name;

  if (isForbidden(queue.error)) return <StaffOnlyMessage />;

  return (
    <div className="curation-page">
      <h1>{t('curation.queue.title')}</h1>
      <p className="lead">{t('curation.queue.lead')}</p>
      <CurationNav />

      <StaffQueue
        texts="curation.queue"
        idPrefix="queue"
        headingId="queue-heading"
        filters={FILTERS}
        queue={queue}
        pageSize={PAGE_SIZE}
        empty={data?.total === 0}
        note={
          filters.organization && (
            <p className="curation-org-filter">
              {t('curation.queue.organizationFilter', {
                name: organizationName ?? t('curation.queue.chosenOrganization'),
              })}{' '}
              <Link to={`?${withValue(params, 'organization', undefined)}`}>
                {t('curation.queue.removeOrganizationFilter')}
              </Link>
            </p>
          )
        }
        table={(items, busy) => <QueueTable items={items} busy={busy} />}
      />
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
