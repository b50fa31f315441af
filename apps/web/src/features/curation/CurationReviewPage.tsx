import type { ReviewDecision, SolutionWorkspace, WorkflowAction } from '@galaxy/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { ApiError } from '../../app/api';
import { useFormatDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { LoadError, Loading } from '../../components/QueryStatus';
import { SdgBadges } from '../../components/SdgBadge';
import { SolutionDiff } from '../../components/SolutionDiff';
import { NotFoundPage } from '../errors/NotFoundPage';
import { AuditLog } from './AuditLog';
import { curationQueries, solutionChanged } from './curation-queries';
import { PublishedActions } from './PublishedActions';
import { ReviewDecisionForm, type DecisionDraft } from './ReviewDecisionForm';
import type { ConflictKind, ReviewNotice } from './review-outcome';
import { RevisionHistory, RubricTable } from './RevisionHistory';
import { isForbidden, StaffOnly, StaffOnlyMessage } from './StaffOnly';
import './curation.css';

const isUuid = (id: string) => z.uuid().safeParse(id).success;
const OPEN_STATES = ['draft', 'submitted', 'changes_requested'] as const;

export function CurationReviewPage() {
  const { id = '' } = useParams();
  return <StaffOnly>{() => (isUuid(id) ? <Review solutionId={id} /> : <NotFoundPage />)}</StaffOnly>;
}

function Review({ solutionId }: { solutionId: string }) {
  const { t } = useTranslation();
  const workspace = useQuery(curationQueries.workspace(solutionId));
  const code = workspace.error instanceof ApiError ? workspace.error.code : undefined;
  const title = workspace.data ? titleOf(workspace.data) : undefined;
  useDocumentTitle(
    title
      ? t('curation.review.documentTitle', { title })
      : code === 'NOT_FOUND'
        ? t('errors.notFoundTitle')
        : t('curation.review.title'),
  );

  if (isForbidden(workspace.error)) return <StaffOnlyMessage />;
  if (code === 'NOT_FOUND') return <NotFoundPage />;
  if (workspace.isPending) return <Loading />;
  if (workspace.isError && !workspace.data) return <LoadError onRetry={() => void workspace.refetch()} />;
  return <ReviewView workspace={workspace.data} />;
}

function titleOf(workspace: SolutionWorkspace): string | undefined {
  const title = workspace.revision?.content.title ?? workspace.published?.content.title;
  return typeof title === 'string' && title.trim() ? title : undefined;
}

const EMPTY_DRAFT: DecisionDraft = { decision: '', note: '', rubric: {} };

function ReviewView({ workspace }: { workspace: SolutionWorkspace }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formatDate = useFormatDate();
  const { solutionId, revision, published, allowedActions } = workspace;
  const open = revision && (OPEN_STATES as readonly string[]).includes(revision.state) ? revision : null;

  // What the curator typed lives here, above the forms: a refusal reloads the page's data (and may
  // remove a form that is no longer allowed) without losing it.
  const [draft, setDraft] = useState<DecisionDraft>(() => ({
    ...EMPTY_DRAFT,
    rubric: { ...(revision?.rubric ?? published?.rubric ?? {}) },
  }));
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<ReviewNotice>();
  const [noticeCount, setNoticeCount] = useState(0);
  const noticeRef = useRef<HTMLDivElement>(null);

  // A decision may remove the form the focus was in: the outcome takes the focus instead.
  useEffect(() => {
    if (noticeCount > 0) noticeRef.current?.focus();
  }, [noticeCount]);

  const say = (next: ReviewNotice) => {
    setNotice(next);
    setNoticeCount((n) => n + 1);
  };
  const onConflict = (kind: ConflictKind, unsentFor: WorkflowAction[], unsent: string) => {
    void solutionChanged(queryClient, solutionId);
    say({ kind, unsent: unsent.trim() || undefined, unsentFor });
  };
  const onDecided = (decision: ReviewDecision) => {
    setDraft(EMPTY_DRAFT);
    void solutionChanged(queryClient, solutionId);
    say({ kind: 'done', text: t(`curation.review.done.${decision}`) });
  };
  const onDone = (text: string) => {
    setReason('');
    void solutionChanged(queryClient, solutionId);
    say({ kind: 'done', text });
  };

  const canDecide = allowedActions.some((a) => a === 'approve' || a === 'request_changes' || a === 'reject');
  const canManagePublished = allowedActions.includes('unpublish') || allowedActions.includes('verify');
  const title = titleOf(workspace) ?? t('curation.review.untitled');
  const sdgs = ((open ?? revision)?.content.sdgs ?? published?.content.sdgs ?? []).map(Number).filter(Number.isInteger);
  // Text typed for an action that is no longer offered is shown, so it can be copied; while the
  // form is still there, the text simply stays in it.
  const unsent =
    notice && notice.kind !== 'done' && notice.unsent && !allowedActions.some((a) => notice.unsentFor.includes(a))
      ? notice.unsent
      : undefined;

  return (
    <article className="curation-page review-page" aria-labelledby="review-title">
      <nav aria-label={t('solution.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/curation">{t('curation.queue.title')}</Link>
          </li>
        </ol>
      </nav>
      <header className="solution-header">
        <h1 id="review-title" dir="auto">
          {title}
        </h1>
        <p className="solution-meta">
          <span className={`badge status-badge status-${workspace.status}`}>
            {t(`curation.status.${workspace.status}`)}
          </span>
          <span>
            <bdi>{workspace.organization?.name ?? t('curation.review.noOrganization')}</bdi>
          </span>
          {revision && <span>{t('curation.revisionNumber', { number: revision.number })}</span>}
          {open?.submittedAt && <span>{t('curation.queue.submittedOn', { date: formatDate(open.submittedAt) })}</span>}
          {open && published && <span>{t('curation.review.revisesPublished')}</span>}
        </p>
        <SdgBadges goals={sdgs} />
        <ul className="review-links">
          {workspace.organization && (
            <li>
              <Link to={`/partners/${workspace.organization.slug}`}>{t('curation.review.organizationProfile')}</Link>
            </li>
          )}
          {published && (
            <li>
              <Link to={`/solutions/${published.slug}`}>{t('curation.review.publicPage')}</Link>
            </li>
          )}
        </ul>
      </header>

      <div ref={noticeRef} tabIndex={-1} className="review-notices">
        <div role="status" className="status-region">
          {notice?.kind === 'done' && (
            <div className="notice notice-success">
              <p>{notice.text}</p>
              <p>
                <Link to="/curation">{t('curation.review.backToQueue')}</Link>
              </p>
            </div>
          )}
        </div>
        <div role="alert" className="status-region">
          {notice && notice.kind !== 'done' && (
            <div className="notice notice-warning">
              <p>{notice.kind === 'stale' ? t('curation.review.stale') : t('curation.review.transition')}</p>
              {unsent && (
                <>
                  <p>{t('curation.review.unsentNote')}</p>
                  <blockquote className="unsent-note" dir="auto">
                    {unsent}
                  </blockquote>
                </>
              )}
            </div>
          )}
        </div>
      </div>

      <nav aria-label={t('curation.review.sections')} className="section-nav">
        <ul>
          <li>
            <a href="#changes-heading">{open ? t('curation.review.changes') : t('curation.review.content')}</a>
          </li>
          {canDecide && (
            <li>
              <a href="#decision-heading">{t('curation.review.decisionHeading')}</a>
            </li>
          )}
          {(canManagePublished || published) && (
            <li>
              <a href="#published-heading">{t('curation.published.heading')}</a>
            </li>
          )}
          <li>
            <a href="#history-heading">{t('curation.history.heading')}</a>
          </li>
          <li>
            <a href="#audit-heading">{t('curation.audit.heading')}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="changes-heading" className="review-section">
        <h2 id="changes-heading" tabIndex={-1}>
          {open ? t('curation.review.changes') : t('curation.review.content')}
        </h2>
        {open && <p className="muted">{published ? t('curation.review.changesLead') : t('curation.review.newLead')}</p>}
        {open ? (
          <SolutionDiff
            before={published?.content ?? null}
            after={open.content}
            labels={{
              before: t('curation.diff.published'),
              after: t('curation.diff.revision', { number: open.number }),
            }}
          />
        ) : published ? (
          <SolutionDiff after={published.content} />
        ) : revision ? (
          <SolutionDiff after={revision.content} />
        ) : (
          <p className="muted">{t('curation.review.noContent')}</p>
        )}
      </section>

      {canDecide && (
        <section aria-labelledby="decision-heading" className="review-section panel">
          <h2 id="decision-heading" tabIndex={-1}>
            {t('curation.review.decisionHeading')}
          </h2>
          <ReviewDecisionForm
            workspace={workspace}
            draft={draft}
            onChange={setDraft}
            onDecided={onDecided}
            onConflict={(kind) => onConflict(kind, ['approve', 'request_changes', 'reject'], draft.note)}
          />
        </section>
      )}

      {(canManagePublished || published) && (
        <section aria-labelledby="published-heading" className="review-section panel">
          <h2 id="published-heading" tabIndex={-1}>
            {t('curation.published.heading')}
          </h2>
          {published?.rubric && <RubricTable rubric={published.rubric} caption={t('curation.published.rubric')} />}
          <PublishedActions
            workspace={workspace}
            reason={reason}
            onReasonChange={setReason}
            onDone={onDone}
            onConflict={(kind) => onConflict(kind, ['unpublish'], reason)}
          />
        </section>
      )}

      <section aria-labelledby="history-heading" className="review-section">
        <h2 id="history-heading" tabIndex={-1}>
          {t('curation.history.heading')}
        </h2>
        <RevisionHistory solutionId={solutionId} />
      </section>

      <section aria-labelledby="audit-heading" className="review-section">
        <h2 id="audit-heading" tabIndex={-1}>
          {t('curation.audit.heading')}
        </h2>
        <AuditLog solutionId={solutionId} />
      </section>
    </article>
  );
}
