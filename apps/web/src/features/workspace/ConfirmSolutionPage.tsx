import { ConfirmVerificationInputSchema } from '@galaxy/contracts';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError, apiSend } from '../../app/api';
import { problemFeedback } from '../../app/problem-feedback';
import { useDocumentTitle } from '../../app/useDocumentTitle';

/**
 * Where the "is this still accurate?" email leads a solution's contact. Confirming takes one click
 * and no account: the token in the link is the proof.
 */
export function ConfirmSolutionPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspace.confirm.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const wellFormed = ConfirmVerificationInputSchema.safeParse({ token }).success;
  const outcome = useRef<HTMLDivElement>(null);
  const confirm = useMutation({
    mutationFn: () => apiSend('POST', '/verification-confirmations', { token }),
  });

  useEffect(() => {
    if (confirm.isSuccess || confirm.isError) outcome.current?.focus();
  }, [confirm.isSuccess, confirm.isError]);

  const refused = confirm.error instanceof ApiError && confirm.error.code === 'TOKEN_INVALID';

  return (
    <section className="auth-page" aria-labelledby="confirm-title">
      <h1 id="confirm-title">{t('workspace.confirm.title')}</h1>
      {!wellFormed ? (
        <p className="notice notice-error">{t('workspace.confirm.missing')}</p>
      ) : (
        <>
          <p className="lead">{t('workspace.confirm.lead')}</p>
          <div role="status" className="status-region" tabIndex={-1} ref={outcome}>
            {confirm.isSuccess && <p className="notice notice-success">{t('workspace.confirm.done')}</p>}
            {confirm.isError && (
              <p className="notice notice-error">
                {refused ? t('workspace.confirm.invalid') : problemFeedback(confirm.error, t).message}
              </p>
            )}
          </div>
          {!confirm.isSuccess && (
            <p className="button-row">
              <button
                type="button"
                className="button-primary"
                disabled={confirm.isPending || refused}
                onClick={() => confirm.mutate()}
              >
                {confirm.isPending ? t('form.sending') : t('workspace.confirm.button')}
              </button>
            </p>
          )}
          <p className="muted">{t('workspace.confirm.changes')}</p>
          <p>
            <Link to="/">{t('nav.home')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
