import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import { RevisionDecision, RevisionList } from '../../components/RevisionList';
import { RevisionBadge } from './StatusBadge';
import { workspaceQueries } from './workspace-queries';

/** The solution's revisions, newest first: when each was written, sent and decided, and what changed. */
export function RevisionHistory({ solutionId }: { solutionId: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const revisions = useQuery(workspaceQueries.revisions(solutionId));
  return (
    <RevisionList
      revisions={revisions}
      none={t('workspace.history.none')}
      name={(revision) => t('workspace.history.revision', { n: revision.number })}
      summary={(revision) => (
        <>
          <RevisionBadge state={revision.state} /> <span className="muted">{formatDateTime(revision.updatedAt)}</span>
        </>
      )}
      details={(revision) => (
        <dl className="facts">
          <dt>{t('workspace.history.created')}</dt>
          <dd>
            {revision.author
              ? t('workspace.history.byOn', { name: revision.author.name, date: formatDateTime(revision.createdAt) })
              : formatDateTime(revision.createdAt)}
          </dd>
          {revision.submittedAt && (
            <>
              <dt>{t('workspace.history.submitted')}</dt>
              <dd>{formatDateTime(revision.submittedAt)}</dd>
            </>
          )}
          <RevisionDecision revision={revision} texts="workspace.history" />
        </dl>
      )}
      changesHeading={(previous) =>
        previous ? t('workspace.history.changesSince', { n: previous.number }) : t('workspace.history.firstContent')
      }
      headingLevel={3}
    />
  );
}
