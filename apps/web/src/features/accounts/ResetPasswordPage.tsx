import { ResetPasswordInputSchema, TokenInputSchema } from '@galaxy/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError, apiSend } from '../../app/api';
import { setSignedIn } from '../../app/auth-queries';
import { useApiForm } from '../../app/useApiForm';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ApiFormElement, PasswordField, SubmitButton } from '../../components/FormFields';

/** Where the password-reset email leads: a new password, then every session is signed out. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resetPassword.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const wellFormed = TokenInputSchema.safeParse({ token }).success;
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);

  const { form, submit } = useApiForm({
    id: 'reset',
    schema: ResetPasswordInputSchema,
    labels: { password: t('resetPassword.password') },
    send: (input) => apiSend('POST', '/auth/reset-password', input),
    onSuccess: () => {
      setSignedIn(queryClient, null);
      setDone(true);
    },
    onProblem: (error, fallback) =>
      error instanceof ApiError && error.code === 'TOKEN_INVALID'
        ? {
            message: (
              <>
                {t('problem.tokenInvalid')} <Link to="/forgot-password">{t('resetPassword.askAgain')}</Link>
              </>
            ),
          }
        : fallback,
  });

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  let content;
  if (!wellFormed) {
    content = (
      <div className="notice notice-error">
        <p>{t('resetPassword.missing')}</p>
        <p>
          <Link to="/forgot-password">{t('resetPassword.askAgain')}</Link>
        </p>
      </div>
    );
  } else if (done) {
    content = (
      <div className="notice notice-success" role="status" tabIndex={-1} ref={doneRef}>
        <p>{t('resetPassword.done')}</p>
        <p>
          <Link to="/login">{t('auth.signIn')}</Link>
        </p>
      </div>
    );
  } else {
    content = (
      <ApiFormElement form={form} labelledBy="reset-title" onSubmit={() => void submit({ token, password })}>
        <PasswordField form={form} name="password" value={password} onChange={setPassword} isNew />
        <SubmitButton form={form}>{t('resetPassword.submit')}</SubmitButton>
      </ApiFormElement>
    );
  }

  return (
    <section className="auth-page" aria-labelledby="reset-title">
      <h1 id="reset-title">{t('resetPassword.title')}</h1>
      {content}
    </section>
  );
}
