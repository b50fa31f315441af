import type { Revision, RevisionList as Revisions } from '@galaxy/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../app/format';
import { LoadError, Loading } from './QueryStatus';
import { SolutionDiff } from './SolutionDiff';
import './RevisionList.css';

interface RevisionListProps {
  revisions: UseQueryResult<Revisions>;
  /** Said when the solution has no revisions. */
  none: string;
  /** What a revision is called, e.g. "Revision 3". */
  name: (revision: Revision) => string;
  /** Shown after the name in the closed line (its state, its date). */
  summary: (revision: Revision) => ReactNode;
  /** Shown first when opened (its facts). */
  details: (revision: Revision) => ReactNode;
  /** The heading over what changed, from the revision before (absent for the first). */
  changesHeading: (previous: Revision | undefined) => string;
  /** That heading's level, so that it fits in the page's outline. */
  headingLevel: 3 | 4;
}

/**
 * A solution's revisions, newest first (curation's and the partner's workspace), each openable to
 * show what it changed from the one before.
 */
export function RevisionList({ revisions, none, ...item }: RevisionListProps) {
  if (revisions.isPending) return <Loading />;
  if (revisions.isError) return <LoadError onRetry={() => void revisions.refetch()} />;
  const items = revisions.data.items;
  if (items.length === 0) return <p className="muted">{none}</p>;
  return (
    <ol className="revision-list">
      {items.map((revision, i) => (
        <RevisionItem key={revision.id} revision={revision} previous={items[i + 1]} {...item} />
      ))}
    </ol>
  );
}

function RevisionItem({
  revision,
  previous,
  name,
  summary,
  details,
  changesHeading,
  headingLevel,
}: Omit<RevisionListProps, 'revisions' | 'none'> & { revision: Revision; previous?: Revision }) {
  // The diff is worked out only when opened: a long history stays quick to show.
  const [open, setOpen] = useState(false);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <li>
      <details className="revision" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span className="revision-title">{name(revision)}</span> {summary(revision)}
        </summary>
        <div className="revision-body">
          {details(revision)}
          {open && (
            <>
              <Heading className="revision-diff-heading">{changesHeading(previous)}</Heading>
              <SolutionDiff
                before={previous?.content ?? null}
                after={revision.content}
                labels={{ before: previous ? name(previous) : undefined, after: name(revision) }}
                headingLevel={4}
              />
            </>
          )}
        </div>
      </details>
    </li>
  );
}

/**
 * A decided revision's rows in its facts: when and by whom it was decided, and the note. Texts
 * from `<texts>.decided`, `.byOn` and `.note`.
 */
export function RevisionDecision({ revision, texts }: { revision: Revision; texts: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <>
      {revision.decidedAt && (
        <>
          <dt>{t(`${texts}.decided`)}</dt>
          <dd>
            {revision.decidedBy
              ? t(`${texts}.byOn`, { name: revision.decidedBy.name, date: formatDateTime(revision.decidedAt) })
              : formatDateTime(revision.decidedAt)}
          </dd>
        </>
      )}
      {revision.decisionNote && (
        <>
          <dt>{t(`${texts}.note`)}</dt>
          <dd className="decision-note" dir="auto">
            {revision.decisionNote}
          </dd>
        </>
      )}
    </>
  );
}
