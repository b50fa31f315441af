import { UnpublishInputSchema, type SolutionWorkspace } from '@galaxy/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../app/api';
import { useFormatDate } from '../../app/format';
import { problemFeedback } from '../../app/problem-feedback';
import { useApiForm } from '../../app/useApiForm';
import { ApiFormElement, SubmitButton, TextAreaField } from '../../components/FormFields';
import { conflictKind, type ConflictKind } from './review-outcome';
import './curation.css';

interface PublishedActionsProps {
  workspace: SolutionWorkspace;
  /** The reason being typed: kept by the page, so a refused attempt loses nothing. */
  reason: string;
  onReasonChange: (reason: string) => void;
  onDone: (text: string) => void;
  onConflict: (kind: ConflictKind) => void;
}

/** For a published solution: confirm it is still accurate, or take it off the public catalog. */
export function PublishedActions({ workspace, reason, onReasonChange, onDone, onConflict }: PublishedActionsProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const published = workspace.published;
  const canVerify = workspace.allowedActions.includes('verify');
  const canUnpublish = workspace.allowedActions.includes('unpublish');
  const [verifyProblem, setVerifyProblem] = useState<ReactNode>();

  const verify = useMutation({
    mutationFn: () => apiSend('POST', `/solutions/${workspace.solutionId}/verify`),
    onMutate: () => setVerifyProblem(undefined),
    onSuccess: () => onDone(t('curation.published.verified')),
    onError: (error) => {
      const kind = conflictKind(error);
      if (kind) onConflict(kind);
      else setVerifyProblem(problemFeedback(error, t).message);
    },
  });

  const { form, submit } = useApiForm({
    id: 'unpublish',
    schema: UnpublishInputSchema,
    labels: { note: t('curation.published.reason') },
    send: (input) => apiSend('POST', `/solutions/${workspace.solutionId}/unpublish`, input),
    onSuccess: () => onDone(t('curation.published.unpublished')),
    onProblem: (error, fallback) => {
      const kind = conflictKind(error);
      if (!kind) return fallback;
      // The page says what happened, above the form (which may be gone once the page reloads).
      onConflict(kind);
      return {};
    },
  });

  return (
    <>
      {published && (
        <dl className="facts curation-facts">
          <dt>{t('curation.published.publishedOn')}</dt>
          <dd>{formatDate(published.publishedAt)}</dd>
          <dt>{t('curation.published.lastVerified')}</dt>
          <dd>
            {published.lastVerifiedAt ? formatDate(published.lastVerifiedAt) : t('curation.published.never')}{' '}
            {published.verificationDue && <span className="badge badge-warning">{t('curation.published.due')}</span>}
          </dd>
        </dl>
      )}
      {canVerify && (
        <div className="curation-action">
          <h3>{t('curation.published.verifyHeading')}</h3>
          <p className="field-hint">{t('curation.published.verifyHint')}</p>
          <div role="alert" className="status-region">
            {verifyProblem && <p className="notice notice-error">{verifyProblem}</p>}
          </div>
          <button
            type="button"
            className="button-secondary"
            disabled={verify.isPending}
            onClick={() => verify.mutate()}
          >
            {verify.isPending ? t('form.sending') : t('curation.published.verify')}
          </button>
        </div>
      )}
      {canUnpublish && (
        <div className="curation-action">
          <h3 id="unpublish-heading">{t('curation.published.unpublishHeading')}</h3>
          <ApiFormElement
            form={form}
            labelledBy="unpublish-heading"
            onSubmit={() => void submit({ version: workspace.version, note: reason.trim() })}
          >
            <TextAreaField
              form={form}
              name="note"
              value={reason}
              onChange={onReasonChange}
              rows={3}
              hint={t('curation.published.reasonHint')}
            />
            <SubmitButton form={form}>{t('curation.published.unpublish')}</SubmitButton>
          </ApiFormElement>
        </div>
      )}
    </>
  );
}
