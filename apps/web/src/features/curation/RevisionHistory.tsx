import { RUBRIC_CRITERIA, type Revision, type Rubric } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryStatus';
import { SolutionDiff } from '../../components/SolutionDiff';
import { useFormatDateTime } from '../../app/format';
import { curationQueries } from './curation-queries';

/** Every revision, newest first, each openable to show what it changed from the one before. */
export function RevisionHistory({ solutionId }: { solutionId: string }) {
  const { t } = useTranslation();
  const revisions = useQuery(curationQueries.revisions(solutionId));
  if (revisions.isPending) return <Loading />;
  if (revisions.isError) return <LoadError onRetry={() => void revisions.refetch()} />;
  const items = revisions.data.items;
  if (items.length === 0) return <p className="muted">{t('curation.history.none')}</p>;
  return (
    <ol className="revision-list">
      {items.map((revision, i) => (
        <RevisionItem key={revision.id} revision={revision} previous={items[i + 1]} />
      ))}
    </ol>
  );
}

function RevisionItem({ revision, previous }: { revision: Revision; previous?: Revision }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  // The diff is worked out only when opened: a long history stays quick to show.
  const [open, setOpen] = useState(false);
  return (
    <li>
      <details className="revision" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span className="revision-title">{t('curation.revisionNumber', { number: revision.number })}</span>{' '}
          <span className={`badge status-badge status-${revision.state}`}>
            {t(`curation.status.${revision.state}`)}
          </span>{' '}
          <span className="muted">
            {revision.author
              ? t('curation.history.byOn', { name: revision.author.name, date: formatDateTime(revision.createdAt) })
              : formatDateTime(revision.createdAt)}
          </span>
        </summary>
        <div className="revision-body">
          <dl className="facts">
            {revision.submittedAt && (
              <>
                <dt>{t('curation.history.submitted')}</dt>
                <dd>{formatDateTime(revision.submittedAt)}</dd>
              </>
            )}
            <dt>{t('curation.history.updated')}</dt>
            <dd>{formatDateTime(revision.updatedAt)}</dd>
            {revision.decidedAt && (
              <>
                <dt>{t('curation.history.decided')}</dt>
                <dd>
                  {revision.decidedBy
                    ? t('curation.history.byOn', {
                        name: revision.decidedBy.name,
                        date: formatDateTime(revision.decidedAt),
                      })
                    : formatDateTime(revision.decidedAt)}
                </dd>
              </>
            )}
            {revision.decisionNote && (
              <>
                <dt>{t('curation.history.note')}</dt>
                <dd className="decision-note" dir="auto">
                  {revision.decisionNote}
                </dd>
              </>
            )}
          </dl>
          {revision.rubric && <RubricTable rubric={revision.rubric} caption={t('curation.rubric.legend')} />}
          {open && (
            <>
              <h4 className="revision-diff-heading">
                {previous
                  ? t('curation.history.changesSince', { number: previous.number })
                  : t('curation.history.firstContent')}
              </h4>
              <SolutionDiff
                before={previous?.content ?? null}
                after={revision.content}
                labels={{
                  before: previous ? t('curation.revisionNumber', { number: previous.number }) : undefined,
                  after: t('curation.revisionNumber', { number: revision.number }),
                }}
                headingLevel={4}
              />
            </>
          )}
        </div>
      </details>
    </li>
  );
}

export function RubricTable({ rubric, caption }: { rubric: Rubric; caption: string }) {
  const { t } = useTranslation();
  return (
    <table className="data-table rubric-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('curation.rubric.criterion')}</th>
          <th scope="col">{t('curation.rubric.scoreColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {RUBRIC_CRITERIA.map((criterion) => (
          <tr key={criterion}>
            <th scope="row">{t(`curation.rubric.criteria.${criterion}.label`)}</th>
            <td>
              {t('curation.rubric.scoreOf', { score: rubric[criterion] })} ·{' '}
              {t(`curation.rubric.score.${rubric[criterion]}`)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
