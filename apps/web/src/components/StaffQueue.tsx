import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormatDays } from '../app/format';
import { readPage } from '../app/url-state';
import { Pagination } from './Pagination';
import { QueueFilters, readQueueFilters } from './QueueFilters';
import { LoadError, Loading } from './QueryStatus';

type QueueFilter = keyof ReturnType<typeof readQueueFilters>;

/** The API serves pages 1 to 1000. */
const MAX_PAGES = 1000;

/**
 * A staff queue (curation, brokering) below its title: the filters, then one page of it — the
 * count, the table, what to say when it is empty (with a way out of the filters) and the pages.
 */
export function StaffQueue<T>({
  texts,
  idPrefix,
  headingId,
  filters,
  queue,
  pageSize,
  empty,
  note,
  table,
}: {
  /** Where the queue's texts are (`curation.queue`, `matches.queue`): both queues say the same things. */
  texts: string;
  /** Of the filter fields' ids. */
  idPrefix: string;
  headingId: string;
  /** The address's filters this queue reads (cleared together). */
  filters: readonly QueueFilter[];
  queue: UseQueryResult<{ items: T[]; total: number }>;
  pageSize: number;
  /** Whether to say that the queue is empty. */
  empty: boolean;
  /** Shown between the filters and the results. */
  note?: ReactNode;
  table: (items: T[], busy: boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const formatDays = useFormatDays();
  const page = readPage(params);
  const chosen = readQueueFilters(params);
  const filterCount = filters.filter((f) => chosen[f] !== undefined).length;
  const data = queue.data;

  const clear = () => {
    const next = new URLSearchParams(params);
    for (const f of filters) next.delete(f);
    next.delete('page');
    return `?${next}`;
  };

  return (
    <>
      {/* Changed from outside (back button, a link), the form shows the address's filters again. */}
      <QueueFilters
        key={params.toString()}
        idPrefix={idPrefix}
        params={params}
        onApply={(next) => setParams(next)}
        labels={{
          form: t(`${texts}.filtersLabel`),
          sdg: t(`${texts}.sdg`),
          anySdg: t(`${texts}.anySdg`),
          region: t(`${texts}.region`),
          anyRegion: t(`${texts}.anyRegion`),
          age: t(`${texts}.age`),
          anyAge: t(`${texts}.anyAge`),
          atLeast: (days) => t(`${texts}.atLeast`, { duration: formatDays(days) }),
          apply: t(`${texts}.apply`),
        }}
      />
      {note}

      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="visually-hidden">
          {t(`${texts}.resultsHeading`)}
        </h2>
        <p role="status" className="results-count">
          {data && t(`${texts}.count`, { count: data.total })}
        </p>
        {queue.isPending && <Loading />}
        {queue.isError && !data && <LoadError onRetry={() => void queue.refetch()} />}
        {data && empty && (
          <div className="empty-state">
            <p>{filterCount > 0 ? t(`${texts}.emptyFiltered`) : t(`${texts}.empty`)}</p>
            {filterCount > 0 && <Link to={clear()}>{t(`${texts}.clearFilters`)}</Link>}
          </div>
        )}
        {data && data.items.length > 0 && table(data.items, queue.isPlaceholderData)}
        {data && <Pagination page={page} totalPages={Math.min(MAX_PAGES, Math.ceil(data.total / pageSize))} />}
      </section>
    </>
  );
}
