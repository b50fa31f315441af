import { DeadLetterRetriedSchema, SearchDeadLettersSchema, type SearchDeadLetter } from '@galaxy/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet, apiSend } from '../../app/api';
import { useFormatDate } from '../../app/format';
import { problemFeedback } from '../../app/problem-feedback';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { LoadError, Loading } from '../../components/QueryStatus';
import { CurationNav } from './CurationNav';
import { isForbidden, StaffOnly, StaffOnlyMessage } from './StaffOnly';
import './curation.css';

const deadLettersQuery = {
  queryKey: ['admin', 'search-dead-letters'],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    apiGet('/admin/search-dead-letters?pageSize=100', SearchDeadLettersSchema, signal),
  staleTime: 0,
};

/** Where a dead letter's record is seen by staff, when it has a page. */
function recordLink(item: SearchDeadLetter): string | undefined {
  switch (item.entity) {
    case 'solution':
      return `/curation/solutions/${item.entityId}`;
    case 'need':
      return `/needs/${item.entityId}`;
    case 'offer':
      return `/offers/${item.entityId}`;
    default:
      return undefined;
  }
}

export function SearchSyncPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('curation.searchSync.title'));
  return <StaffOnly>{() => <DeadLetters />}</StaffOnly>;
}

/** Search-sync rows the indexer gave up on: what, why, when, how often tried; sent again on demand. */
function DeadLetters() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formatDate = useFormatDate();
  const dead = useQuery(deadLettersQuery);
  const [status, setStatus] = useState<string>();
  const [problem, setProblem] = useState<ReactNode>();

  const retry = useMutation({
    mutationFn: (item?: SearchDeadLetter) =>
      apiSend(
        'POST',
        item ? `/admin/search-dead-letters/${item.id}/retry` : '/admin/search-dead-letters/retry',
        undefined,
        DeadLetterRetriedSchema,
      ),
    onMutate: () => {
      setStatus(undefined);
      setProblem(undefined);
    },
    onSuccess: ({ retried }) => setStatus(t('curation.searchSync.retried', { count: retried })),
    onError: (error) => setProblem(problemFeedback(error, t).message),
    // Retried or not (someone else may have), the list is read again.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: deadLettersQuery.queryKey }),
  });

  if (isForbidden(dead.error)) return <StaffOnlyMessage />;

  return (
    <div className="curation-page">
      <h1>{t('curation.searchSync.title')}</h1>
      <p className="lead">{t('curation.searchSync.lead')}</p>
      <CurationNav />
      <div role="alert" className="status-region">
        {problem && <p className="notice notice-error">{problem}</p>}
      </div>
      <div role="status" className="status-region">
        {status && <p className="notice notice-success">{status}</p>}
      </div>
      {dead.isPending && <Loading />}
      {dead.isError && !dead.data && <LoadError onRetry={() => void dead.refetch()} />}
      {dead.data && dead.data.total === 0 && <p className="empty-state">{t('curation.searchSync.empty')}</p>}
      {dead.data && dead.data.items.length > 0 && (
        <>
          <div className="results-bar">
            <p className="results-count">{t('curation.searchSync.count', { count: dead.data.total })}</p>
            <button
              type="button"
              className="button-primary"
              disabled={retry.isPending}
              onClick={() => retry.mutate(undefined)}
            >
              {t('curation.searchSync.retryAll')}
            </button>
          </div>
          <div className="table-scroll" role="region" aria-labelledby="dead-letters-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="dead-letters-caption" className="visually-hidden">
                {t('curation.searchSync.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('curation.searchSync.record')}</th>
                  <th scope="col">{t('curation.searchSync.error')}</th>
                  <th scope="col">{t('curation.searchSync.attempts')}</th>
                  <th scope="col">{t('curation.searchSync.failedAt')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('curation.searchSync.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {dead.data.items.map((item) => {
                  const name = item.label ?? t('curation.searchSync.deleted');
                  const link = recordLink(item);
                  return (
                    <tr key={item.id}>
                      <th scope="row">
                        <span className="muted">{t(`curation.searchSync.entity.${item.entity}`)}</span>
                        <br />
                        {link && item.label ? (
                          <Link to={link} dir="auto">
                            {name}
                          </Link>
                        ) : (
                          <span dir="auto">{name}</span>
                        )}
                      </th>
                      <td>
                        <code className="dead-letter-error" dir="ltr">
                          {item.lastError ?? '—'}
                        </code>
                      </td>
                      <td>{item.attempts}</td>
                      <td>{formatDate(item.deadAt)}</td>
                      <td>
                        <button
                          type="button"
                          className="button-secondary"
                          disabled={retry.isPending}
                          onClick={() => retry.mutate(item)}
                        >
                          {t('curation.searchSync.retry')}
                          <span className="visually-hidden"> ({name})</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
