import type { ListingSummary } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormatDate, useFormatDays } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useCountries } from '../../app/useReference';
import { readPage } from '../../app/url-state';
import { readQueueFilters } from '../../components/QueueFilters';
import { SdgBadges } from '../../components/SdgBadge';
import { StaffQueue } from '../../components/StaffQueue';
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
  const [params] = useSearchParams();
  const filters = readQueueFilters(params);
  const queue = useQuery(
    matchQueries.queue({
      sdg: filters.sdg,
      region: filters.region,
      minAgeDays: filters.minAgeDays,
      page: readPage(params),
      pageSize: PAGE_SIZE,
    }),
  );

  if (isForbidden(queue.error)) return <StaffOnlyMessage />;

  return (
    <div className="curation-page brokering-page">
      <h1>{t('matches.queue.title')}</h1>
      <p className="lead">{t('matches.queue.lead')}</p>
      <BrokeringNav />

      <StaffQueue
        texts="matches.queue"
        idPrefix="brokering"
        headingId="brokering-queue-heading"
        filters={FILTERS}
        queue={queue}
        pageSize={PAGE_SIZE}
        empty={queue.data?.items.length === 0}
        table={(items, busy) => <QueueTable items={items} busy={busy} />}
      />
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
