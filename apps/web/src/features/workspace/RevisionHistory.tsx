import type { Revision } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import { LoadError, Loading } from '../../components/QueryStatus';
import { SolutionDiff } from '../../components/SolutionDiff';
import { RevisionBadge } from './StatusBadge';
import { workspaceQueries } from './workspace-queries';

/** The solution's revisions, newest first: when each was written, sent and decided, and what changed. */
export function RevisionHistory({ solutionId }: { solutionId: string }) {
  const { t } = useTranslation();
  const revisions = useQuery(workspaceQueries.revisions(solutionId));
  if (revisions.isPending) return <Loading />;
  if (revisions.isError) return <LoadError onRetry={() => void revisions.refetch()} />;
  const items = revisions.data.items;
  if (items.length === 0) return <p className="muted">{t('workspace.history.none')}</p>;
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
  // The comparison is worked out only when opened.
  const [open, setOpen] = useState(false);
  const name = t('workspace.history.revision', { n: revision.number });
  return (
    <li>
      <details className="revision" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span className="revision-title">{name}</span> <RevisionBadge state={revision.state} />{' '}
          <span className="muted">{formatDateTime(revision.updatedAt)}</span>
        </summary>
        <div className="revision-body">
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
            {revision.decidedAt && (
              <>
                <dt>{t('workspace.history.decided')}</dt>
                <dd>
                  {revision.decidedBy
                    ? t('workspace.history.byOn', {
                        name: revision.decidedBy.name,
                        date: formatDateTime(revision.decidedAt),
                      })
                    : formatDateTime(revision.decidedAt)}
                </dd>
              </>
            )}
            {revision.decisionNote && (
              <>
                <dt>{t('workspace.history.note')}</dt>
                <dd className="decision-note-text" dir="auto">
                  {revision.decisionNote}
                </dd>
              </>
            )}
          </dl>
          {open && (
            <>
              <h3 className="revision-diff-heading">
                {previous
                  ? t('workspace.history.changesSince', { n: previous.number })
                  : t('workspace.history.firstContent')}
              </h3>
              <SolutionDiff
                before={previous?.content ?? null}
                after={revision.content}
                labels={{
                  before: previous ? t('workspace.history.revision', { n: previous.number }) : undefined,
                  after: name,
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
