import type { SolutionWorkspace } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ApiError } from '../../app/api';
import { useFormatDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { LoadError, Loading } from '../../components/QueryStatus';
import { useSignedInGate } from '../../components/SignedInOnly';
import { NotFoundPage } from '../errors/NotFoundPage';
import { ConflictResolver } from './ConflictResolver';
import { DRAFT_KEYS, editableContent, valuesFromDraft } from './draft-model';
import { RevisionHistory } from './RevisionHistory';
import { SolutionWizard } from './SolutionWizard';
import { StatusBadge } from './StatusBadge';
import { readStoredDraft, useDraftEditor } from './useDraftEditor';
import { useDescribeField } from './useDescribeField';
import { workspaceQueries } from './workspace-queries';
import './workspace.css';

const isUuid = (id: string) => z.uuid().safeParse(id).success;
const OPEN_STATES = ['draft', 'submitted', 'changes_requested'];

/** Where an organization's editors write a solution, follow its review, and revise it once published. */
export function SolutionWorkspacePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me, gate } = useSignedInGate();
  const valid = isUuid(id);
  const query = useQuery({ ...workspaceQueries.workspace(id), enabled: valid && Boolean(me) });
  const code = query.error instanceof ApiError ? query.error.code : undefined;
  const title = query.data ? titleOf(query.data) : undefined;
  useDocumentTitle(
    query.data
      ? t('workspace.documentTitle', { title: title ?? t('workspace.untitled') })
      : code === 'NOT_FOUND' || !valid
        ? t('errors.notFoundTitle')
        : t('workspace.title'),
  );

  if (!me) return gate;
  if (!valid || code === 'NOT_FOUND') return <NotFoundPage />;
  if (code === 'FORBIDDEN') {
    return (
      <section className="message-page">
        <h1>{t('workspace.title')}</h1>
        <p className="notice notice-warning">{t('workspace.notMember')}</p>
        <p>
          <Link to="/account">{t('verifyEmail.toAccount')}</Link>
        </p>
      </section>
    );
  }
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError onRetry={() => void query.refetch()} />;
  // A new solution id starts afresh (its own editor, its own saved copy).
  return <Workspace key={query.data.solutionId} workspace={query.data} />;
}

const titleOf = (workspace: SolutionWorkspace): string | undefined => {
  const title = editableContent(workspace).title;
  return typeof title === 'string' && title.trim() ? title : undefined;
};

function Workspace({ workspace }: { workspace: SolutionWorkspace }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [, setParams] = useSearchParams();
  const canEdit = workspace.allowedActions.includes('edit');
  const revision = workspace.revision;
  const open = revision !== null && OPEN_STATES.includes(revision.state);
  const [stored, setStored] = useState(() => readStoredDraft(workspace.solutionId));
  // Drafts open straight in the wizard; a published solution is revised on request.
  const [editing, setEditing] = useState(
    () => canEdit && (stored !== undefined || (open ? revision.state !== 'submitted' : !workspace.published)),
  );
  const [justSubmitted, setJustSubmitted] = useState(false);
  const submittedNote = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (justSubmitted) submittedNote.current?.focus();
  }, [justSubmitted]);

  const showWizard = editing && canEdit;
  const decided = revision && (revision.state === 'changes_requested' || revision.state === 'rejected');
  const title = titleOf(workspace);
  const revising = workspace.published !== null;

  return (
    <div className="workspace-page">
      <nav aria-label={t('solution.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/account">{t('account.title')}</Link>
          </li>
          {workspace.organization && (
            <li>
              <Link to={`/organizations/${workspace.organization.id}/solutions`}>
                {t('workspace.listTitle', { name: workspace.organization.name })}
              </Link>
            </li>
          )}
        </ol>
      </nav>
      <header className="solution-header">
        <h1 dir="auto">{title ?? <span className="muted">{t('workspace.untitled')}</span>}</h1>
        <p className="solution-meta">
          {workspace.organization && <span dir="auto">{workspace.organization.name}</span>}
          <span>
            <StatusBadge status={workspace.status} />
          </span>
          {revision && (
            <span>
              {t('workspace.revisionState', {
                n: revision.number,
                state: t(`workspace.revisionStatus.${revision.state}`),
              })}
            </span>
          )}
        </p>
      </header>

      {justSubmitted && (
        <div className="notice notice-success" role="status" tabIndex={-1} ref={submittedNote}>
          <p>{t('workspace.submitted')}</p>
        </div>
      )}

      {decided && revision.decisionNote && (
        <section
          className={`notice workspace-decision ${revision.state === 'rejected' ? 'notice-error' : 'notice-warning'}`}
          aria-labelledby="decision-heading"
        >
          <h2 id="decision-heading">{t(`workspace.decision.${revision.state}`)}</h2>
          <blockquote dir="auto">{revision.decisionNote}</blockquote>
          {revision.decidedAt && (
            <p className="muted">
              {revision.decidedBy
                ? t('workspace.decision.byOn', { name: revision.decidedBy.name, date: formatDate(revision.decidedAt) })
                : formatDate(revision.decidedAt)}
            </p>
          )}
          {canEdit && <p>{t('workspace.decision.fix')}</p>}
        </section>
      )}

      {workspace.published && (
        <div className="notice published-note">
          <p>
            {t('workspace.publishedOn', { date: formatDate(workspace.published.publishedAt) })}{' '}
            {workspace.status === 'published' && (
              <Link to={`/solutions/${workspace.published.slug}`}>{t('workspace.viewPublic')}</Link>
            )}
          </p>
          {(showWizard || (open && revision.state !== 'published')) && <p>{t('workspace.publishedStays')}</p>}
        </div>
      )}

      {revision?.state === 'submitted' && revision.submittedAt && (
        <p className="notice">{t('workspace.waiting', { date: formatDate(revision.submittedAt) })}</p>
      )}

      {stored && !canEdit && (
        <div className="notice notice-warning">
          <p>
            {t('workspace.storedButLocked', {
              date: formatDate(stored.at),
              status: t(`workspace.status.${workspace.status}`),
            })}
          </p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              window.localStorage.removeItem(`galaxy.solution-draft.${workspace.solutionId}`);
              setStored(undefined);
            }}
          >
            {t('workspace.discard')}
          </button>
        </div>
      )}

      {showWizard ? (
        <Editor
          workspace={workspace}
          onSubmitted={() => {
            setEditing(false);
            setStored(undefined);
            setJustSubmitted(true);
            setParams({}, { replace: true });
          }}
        />
      ) : (
        <>
          {canEdit && (
            <p className="button-row">
              <button
                type="button"
                className="button-primary"
                onClick={() => {
                  setJustSubmitted(false);
                  setEditing(true);
                }}
              >
                {revising && !open ? t('workspace.revise') : t('workspace.edit')}
              </button>
            </p>
          )}
          {revising && !open && canEdit && <p className="muted">{t('workspace.publishedStays')}</p>}
          <ContentSummary workspace={workspace} />
        </>
      )}

      <section aria-labelledby="history-heading" className="panel workspace-history">
        <h2 id="history-heading">{t('workspace.history.title')}</h2>
        <RevisionHistory solutionId={workspace.solutionId} />
      </section>
    </div>
  );
}

function Editor({ workspace, onSubmitted }: { workspace: SolutionWorkspace; onSubmitted: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const editor = useDraftEditor(workspace);
  const restored = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (editor.restoredAt) restored.current?.focus();
    // Only when the page opens with restored changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <>
      {editor.restoredAt && (
        <div className="notice notice-warning" role="status" tabIndex={-1} ref={restored}>
          <p>{t('workspace.restored', { date: formatDate(editor.restoredAt) })}</p>
          <p className="button-row">
            <button type="button" className="button-secondary" onClick={editor.dismissRestored}>
              {t('workspace.keepRestored')}
            </button>
            <button type="button" className="button-danger" onClick={editor.discardLocal}>
              {t('workspace.discard')}
            </button>
          </p>
        </div>
      )}
      {editor.conflict && (
        <ConflictResolver
          key={editor.conflict.version}
          current={editor.conflict}
          values={editor.values}
          base={editor.base}
          onResolve={editor.resolveConflict}
        />
      )}
      <SolutionWizard editor={editor} onSubmitted={onSubmitted} />
    </>
  );
}

/** What was written, field by field, while it cannot be edited (waiting for review, published…). */
function ContentSummary({ workspace }: { workspace: SolutionWorkspace }) {
  const { t } = useTranslation();
  const describe = useDescribeField();
  const values = valuesFromDraft(editableContent(workspace));
  return (
    <section aria-labelledby="content-heading" className="panel">
      <h2 id="content-heading">{t('workspace.content')}</h2>
      <dl className="facts content-facts">
        {DRAFT_KEYS.map((key) => {
          const text = describe(values, key);
          return (
            <div key={key} className="content-fact">
              <dt>{t(`workspace.field.${key}`)}</dt>
              <dd dir="auto">{text ?? <span className="muted">{t('workspace.conflict.empty')}</span>}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
