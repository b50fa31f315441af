import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiSend } from '../../app/api';
import { useFormatDate, useFormatNumber } from '../../app/format';
import { problemFeedback } from '../../app/problem-feedback';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { LoadError, Loading } from '../../components/QueryStatus';
import { curationQueries, solutionChanged } from './curation-queries';
import { CurationNav } from './CurationNav';
import { conflictKind } from './review-outcome';
import { isForbidden, StaffOnly, StaffOnlyMessage } from './StaffOnly';

export function VerificationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('curation.verification.title'));
  return <StaffOnly>{() => <VerificationDue />}</StaffOnly>;
}

function VerificationDue() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formatDate = useFormatDate();
  const formatNumber = useFormatNumber();
  const due = useQuery(curationQueries.verificationDue());
  const [status, setStatus] = useState<string>();
  const [problem, setProblem] = useState<ReactNode>();

  const verify = useMutation({
    mutationFn: ({ solutionId }: { solutionId: string; title: string }) =>
      apiSend('POST', `/solutions/${solutionId}/verify`),
    onMutate: () => {
      setStatus(undefined);
      setProblem(undefined);
    },
    onSuccess: (_, { solutionId, title }) => {
      setStatus(t('curation.verification.done', { title }));
      void solutionChanged(queryClient, solutionId);
    },
    onError: (error, { solutionId }) => {
      // Verified or unpublished by someone else meanwhile: the list is read again.
      if (conflictKind(error)) {
        void solutionChanged(queryClient, solutionId);
        setProblem(t('curation.verification.changed'));
      } else setProblem(problemFeedback(error, t).message);
    },
  });

  if (isForbidden(due.error)) return <StaffOnlyMessage />;

  return (
    <div className="curation-page">
      <h1>{t('curation.verification.title')}</h1>
      <p className="lead">{t('curation.verification.lead')}</p>
      <CurationNav />
      <div role="alert" className="status-region">
        {problem && <p className="notice notice-error">{problem}</p>}
      </div>
      <div role="status" className="status-region">
        {status && <p className="notice notice-success">{status}</p>}
      </div>
      {due.isPending && <Loading />}
      {due.isError && !due.data && <LoadError onRetry={() => void due.refetch()} />}
      {due.data && due.data.total === 0 && <p className="empty-state">{t('curation.verification.empty')}</p>}
      {due.data && due.data.items.length > 0 && (
        <>
          <p className="results-count">
            {t('curation.verification.count', { count: due.data.total })}{' '}
            {due.data.items.length < due.data.total &&
              t('curation.verification.showing', {
                shown: formatNumber(due.data.items.length),
                total: formatNumber(due.data.total),
              })}
          </p>
          <div className="table-scroll" role="region" aria-labelledby="verification-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="verification-caption" className="visually-hidden">
                {t('curation.verification.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('curation.verification.solution')}</th>
                  <th scope="col">{t('curation.verification.lastVerified')}</th>
                  <th scope="col">{t('curation.verification.requested')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('curation.verification.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {due.data.items.map((item) => (
                  <tr key={item.solutionId}>
                    <th scope="row">
                      <Link to={`/curation/solutions/${item.solutionId}`} dir="auto">
                        {item.title}
                      </Link>
                      <br />
                      <Link to={`/solutions/${item.slug}`} className="muted-link">
                        {t('curation.review.publicPage')}
                        <span className="visually-hidden"> ({item.title})</span>
                      </Link>
                    </th>
                    <td>{item.lastVerifiedAt ? formatDate(item.lastVerifiedAt) : t('curation.published.never')}</td>
                    <td>
                      {item.confirmationRequestedAt
                        ? formatDate(item.confirmationRequestedAt)
                        : t('curation.verification.notRequested')}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button-secondary"
                        disabled={verify.isPending}
                        onClick={() => verify.mutate({ solutionId: item.solutionId, title: item.title })}
                      >
                        {t('curation.published.verify')}
                        <span className="visually-hidden"> ({item.title})</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
