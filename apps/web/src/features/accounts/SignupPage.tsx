import { SignupInputSchema } from '@galaxy/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { apiSend } from '../../app/api';
import { useMe } from '../../app/auth-queries';
import { currentLanguage } from '../../app/i18n';
import { safeNext } from '../../app/safe-next';
import { useApiForm } from '../../app/useApiForm';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ApiFormElement, PasswordField, SubmitButton, TextField } from '../../components/FormFields';
import './accounts.css';

/**
 * Sign-up answers the same whether or not the address has an account (that is not for a stranger to
 * learn): what happens next comes by email, a confirmation link or, for an existing account, a
 * sign-in link. Nobody is signed in here.
 */
export function SignupPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signup.title'));
  const [params] = useSearchParams();
  const nextParam = params.get('next');
  const next = safeNext(nextParam);
  const { me } = useMe();
  const [values, setValues] = useState({ name: '', email: params.get('email') ?? '', password: '' });
  const [sentTo, setSentTo] = useState<string>();
  const done = useRef<HTMLDivElement>(null);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const withNext = (path: string, extra: Record<string, string> = {}) => {
    const query = new URLSearchParams({ ...extra, ...(nextParam ? { next } : {}) }).toString();
    return query ? `${path}?${query}` : path;
  };

  const { form, submit } = useApiForm({
    id: 'signup',
    schema: SignupInputSchema,
    labels: { name: t('signup.name'), email: t('auth.email'), password: t('auth.password') },
    send: (input) => apiSend('POST', '/auth/signup', input),
    onSuccess: (_, input) => setSentTo(input.email),
  });

  useEffect(() => {
    if (sentTo) done.current?.focus();
  }, [sentTo]);

  // Already signed in (another tab, or the back button): nothing to do here.
  if (me && !form.sending && !sentTo) return <Navigate to={next} replace />;

  return (
    <section className="auth-page" aria-labelledby="signup-title">
      <h1 id="signup-title">{t('signup.title')}</h1>
      {sentTo ? (
        <div className="notice notice-success" role="status" tabIndex={-1} ref={done}>
          <p>{t('signup.checkEmail', { email: sentTo })}</p>
          <p>
            <Link to={withNext('/login', { email: sentTo })}>{t('auth.signIn')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('signup.lead')}</p>
          <ApiFormElement
            form={form}
            labelledBy="signup-title"
            onSubmit={() =>
              void submit({
                name: values.name,
                email: values.email.trim(),
                password: values.password,
                languages: [currentLanguage()],
                locale: currentLanguage(),
              })
            }
          >
            <TextField form={form} name="name" value={values.name} onChange={set('name')} autoComplete="name" dirAuto />
            <TextField
              form={form}
              name="email"
              type="email"
              inputMode="email"
              value={values.email}
              onChange={set('email')}
              autoComplete="email"
              hint={t('signup.emailHint')}
            />
            <PasswordField form={form} name="password" value={values.password} onChange={set('password')} isNew />
            <SubmitButton form={form}>{t('signup.submit')}</SubmitButton>
          </ApiFormElement>
          <p className="auth-switch">
            {t('signup.haveAccount')} <Link to={withNext('/login')}>{t('auth.signIn')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
