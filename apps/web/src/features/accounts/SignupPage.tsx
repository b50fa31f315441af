import { MeSchema, SignupInputSchema } from '@galaxy/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, apiSend } from '../../app/api';
import { setSignedIn, useMe } from '../../app/auth-queries';
import { currentLanguage } from '../../app/i18n';
import { safeNext } from '../../app/safe-next';
import { useApiForm } from '../../app/useApiForm';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ApiFormElement, PasswordField, SubmitButton, TextField } from '../../components/FormFields';

export function SignupPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signup.title'));
  const [params] = useSearchParams();
  const nextParam = params.get('next');
  const next = safeNext(nextParam);
  const { me } = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ name: '', email: params.get('email') ?? '', password: '' });
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const withNext = (path: string, extra: Record<string, string> = {}) => {
    const query = new URLSearchParams({ ...extra, ...(nextParam ? { next } : {}) }).toString();
    return query ? `${path}?${query}` : path;
  };

  const { form, submit } = useApiForm({
    id: 'signup',
    schema: SignupInputSchema,
    labels: { name: t('signup.name'), email: t('auth.email'), password: t('auth.password') },
    send: (input) => apiSend('POST', '/auth/signup', input, MeSchema),
    onSuccess: (signedIn) => {
      setSignedIn(queryClient, signedIn);
      void navigate(next, { replace: true });
    },
    onProblem: (error, fallback) =>
      error instanceof ApiError && error.code === 'EMAIL_TAKEN'
        ? {
            ...fallback,
            message: (
              <>
                {t('problem.emailTaken')}{' '}
                <Link to={withNext('/login', { email: values.email.trim() })}>{t('signup.signInInstead')}</Link>
              </>
            ),
          }
        : fallback,
  });

  // Already signed in (another tab, or the back button after signing up): nothing to do here.
  if (me && !form.sending) return <Navigate to={next} replace />;

  return (
    <section className="auth-page" aria-labelledby="signup-title">
      <h1 id="signup-title">{t('signup.title')}</h1>
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
    </section>
  );
}
