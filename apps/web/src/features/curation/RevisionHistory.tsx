import { RUBRIC_CRITERIA, type Rubric } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import { RevisionDecision, RevisionList } from '../../components/RevisionList';
import { curationQueries } from './curation-queries';
import './curation.css';

/** Every revision, newest first, each openable to show what it changed from the one before. */
export function RevisionHistory({ solutionId }: { solutionId: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const revisions = useQuery(curationQueries.revisions(solutionId));
  return (
    <RevisionList
      revisions={revisions}
      none={t('curation.history.none')}
      name={(revision) => t('curation.revisionNumber', { number: revision.number })}
      summary={(revision) => (
        <>
          <span className={`badge status-badge status-${revision.state}`}>
            {t(`curation.status.${revision.state}`)}
          </span>{' '}
          <span className="muted">
            {revision.author
              ? t('curation.history.byOn', { name: revision.author.name, date: formatDateTime(revision.createdAt) })
              : formatDateTime(revision.createdAt)}
          </span>
        </>
      )}
      details={(revision) => (
        <>
          <dl className="facts">
            {revision.submittedAt && (
              <>
                <dt>{t('curation.history.submitted')}</dt>
                <dd>{formatDateTime(revision.submittedAt)}</dd>
              </>
            )}
            <dt>{t('curation.history.updated')}</dt>
            <dd>{formatDateTime(revision.updatedAt)}</dd>
            <RevisionDecision revision={revision} texts="curation.history" />
          </dl>
          {revision.rubric && <RubricTable rubric={revision.rubric} caption={t('curation.rubric.legend')} />}
        </>
      )}
      changesHeading={(previous) =>
        previous ? t('curation.history.changesSince', { number: previous.number }) : t('curation.history.firstContent')
      }
      headingLevel={4}
    />
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
