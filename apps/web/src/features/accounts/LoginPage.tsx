import { LoginInputSchema, MeSchema, TokenInputSchema } from '@galaxy/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, apiSend } from '../../app/api';
import { setSignedIn, useMe } from '../../app/auth-queries';
import { safeNext } from '../../app/safe-next';
import { useApiForm } from '../../app/useApiForm';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ApiFormElement, PasswordField, SubmitButton, TextField } from '../../components/FormFields';
import './accounts.css';

/**
 * The link mailed after repeated failed sign-ins (`/login?unlock=…`): lifts the sign-in limit as
 * soon as the page opens, and says so.
 */
function UnlockNotice({ token }: { token: string }) {
  const { t } = useTranslation();
  const wellFormed = TokenInputSchema.safeParse({ token }).success;
  const unlock = useMutation({ mutationFn: () => apiSend('POST', '/auth/unlock-login', { token }) });
  // A token works once: the ref keeps React's development double-run from spending it twice.
  const started = useRef(false);
  useEffect(() => {
    if (!wellFormed || started.current) return;
    started.current = true;
    unlock.mutate();
  }, [wellFormed, unlock]);
  return (
    <div aria-live="polite">
      {unlock.isSuccess && <p className="notice notice-success">{t('login.unlocked')}</p>}
      {(!wellFormed || unlock.isError) && <p className="notice notice-error">{t('login.unlockExpired')}</p>}
    </div>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const [params] = useSearchParams();
  const nextParam = params.get('next');
  const unlockToken = params.get('unlock');
  const next = safeNext(nextParam);
  const { me } = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ email: params.get('email') ?? '', password: '' });
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const { form, submit } = useApiForm({
    id: 'login',
    schema: LoginInputSchema,
    labels: { email: t('auth.email'), password: t('auth.password') },
    send: (input) => apiSend('POST', '/auth/login', input, MeSchema),
    onSuccess: (signedIn) => {
      setSignedIn(queryClient, signedIn);
      void navigate(next, { replace: true });
    },
    // Which of the two was wrong is not said (that would tell who has an account); the password
    // field takes the focus, as it is the one most often mistyped.
    onProblem: (error, fallback) =>
      error instanceof ApiError && error.code === 'INVALID_CREDENTIALS'
        ? { fields: { password: t('problem.invalidCredentials') } }
        : fallback,
  });

  if (me && !form.sending) return <Navigate to={next} replace />;

  const signupQuery = new URLSearchParams({
    ...(values.email.trim() ? { email: values.email.trim() } : {}),
    ...(nextParam ? { next } : {}),
  }).toString();
  const forgotQuery = values.email.trim() ? `?${new URLSearchParams({ email: values.email.trim() })}` : '';

  return (
    <section className="auth-page" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      {unlockToken !== null && <UnlockNotice token={unlockToken} />}
      <ApiFormElement
        form={form}
        labelledBy="login-title"
        onSubmit={() => void submit({ email: values.email.trim(), password: values.password })}
      >
        <TextField
          form={form}
          name="email"
          type="email"
          inputMode="email"
          value={values.email}
          onChange={set('email')}
          autoComplete="username"
        />
        <PasswordField form={form} name="password" value={values.password} onChange={set('password')} />
        <p className="form-aside">
          <Link to={`/forgot-password${forgotQuery}`}>{t('login.forgot')}</Link>
        </p>
        <SubmitButton form={form}>{t('login.submit')}</SubmitButton>
      </ApiFormElement>
      <p className="auth-switch">
        {t('login.noAccount')}{' '}
        <Link to={`/signup${signupQuery ? `?${signupQuery}` : ''}`}>{t('login.createAccount')}</Link>
      </p>
    </section>
  );
}
