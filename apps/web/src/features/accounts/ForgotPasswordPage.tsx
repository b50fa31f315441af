import { ForgotPasswordInputSchema } from '@galaxy/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiSend } from '../../app/api';
import { useApiForm } from '../../app/useApiForm';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ApiFormElement, SubmitButton, TextField } from '../../components/FormFields';
import './accounts.css';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgotPassword.title'));
  const [params] = useSearchParams();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [sentTo, setSentTo] = useState<string>();
  const done = useRef<HTMLDivElement>(null);

  const { form, submit } = useApiForm({
    id: 'forgot',
    schema: ForgotPasswordInputSchema,
    labels: { email: t('auth.email') },
    send: (input) => apiSend('POST', '/auth/forgot-password', input),
    onSuccess: (_, input) => setSentTo(input.email),
  });

  useEffect(() => {
    if (sentTo) done.current?.focus();
  }, [sentTo]);

  return (
    <section className="auth-page" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('forgotPassword.title')}</h1>
      {sentTo ? (
        <div className="notice notice-success" role="status" tabIndex={-1} ref={done}>
          <p>{t('forgotPassword.sent', { email: sentTo })}</p>
          <p>
            <Link to="/login">{t('forgotPassword.back')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('forgotPassword.lead')}</p>
          <ApiFormElement form={form} labelledBy="forgot-title" onSubmit={() => void submit({ email: email.trim() })}>
            <TextField
              form={form}
              name="email"
              type="email"
              inputMode="email"
              value={email}
              onChange={setEmail}
              autoComplete="email"
            />
            <SubmitButton form={form}>{t('forgotPassword.submit')}</SubmitButton>
          </ApiFormElement>
          <p className="auth-switch">
            <Link to="/login">{t('forgotPassword.back')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
