import { MeSchema, TokenInputSchema } from '@galaxy/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError, apiSend } from '../../app/api';
import { authQueries, useMe } from '../../app/auth-queries';
import { loginPath } from '../../app/safe-next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { LoadError, Loading } from '../../components/QueryStatus';
import { ResendVerificationButton } from '../../components/ResendVerificationButton';

/** Where the confirmation email leads: confirms the address as soon as the page opens. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('verifyEmail.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const wellFormed = TokenInputSchema.safeParse({ token }).success;
  const queryClient = useQueryClient();
  const { me } = useMe();
  const verify = useMutation({
    mutationFn: () => apiSend('POST', '/auth/verify-email', { token }, MeSchema),
    onSuccess: async (verified) => {
      const key = authQueries.me().queryKey;
      // Signed in as the person confirmed: the answer is who is signed in now.
      if (queryClient.getQueryData(key)?.id === verified.id) return queryClient.setQueryData(key, verified);
      // Else ask who is signed in (the link may be opened signed out, or as someone else). The page's
      // first "who is signed in" request may still be on its way, read before the address was
      // confirmed; a refetch would only join it (TanStack cancels a running fetch only once the
      // query has data), so cancel it first. CI once showed "Not confirmed yet" for 30 s this way.
      await queryClient.cancelQueries({ queryKey: key });
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  // A token works once: the ref keeps React's development double-run from spending it twice.
  const started = useRef(false);
  useEffect(() => {
    if (!wellFormed || started.current) return;
    started.current = true;
    verify.mutate();
  }, [wellFormed, verify]);

  const tokenRefused = verify.error instanceof ApiError && verify.error.code === 'TOKEN_INVALID';

  return (
    <section className="auth-page" aria-labelledby="verify-title">
      <h1 id="verify-title">{t('verifyEmail.title')}</h1>
      <div aria-live="polite">
        {verify.isSuccess && (
          <div className="notice notice-success">
            <p>{t('verifyEmail.done')}</p>
            <p>
              {me ? (
                <Link to="/account">{t('verifyEmail.toAccount')}</Link>
              ) : (
                <Link to={loginPath('/account')}>{t('auth.signIn')}</Link>
              )}
            </p>
          </div>
        )}
        {(!wellFormed || tokenRefused) && (
          <div className="notice notice-error">
            <p>{wellFormed ? t('verifyEmail.expired') : t('verifyEmail.missing')}</p>
            {me?.emailVerified ? (
              <p>
                {t('verifyEmail.alreadyVerified')} <Link to="/account">{t('verifyEmail.toAccount')}</Link>
              </p>
            ) : me ? (
              <p>
                <ResendVerificationButton />
              </p>
            ) : (
              <p>
                <Link to={loginPath('/account')}>{t('verifyEmail.signInToResend')}</Link>
              </p>
            )}
          </div>
        )}
        {verify.isError && !tokenRefused && <LoadError onRetry={() => verify.mutate()} />}
        {wellFormed && (verify.isPending || verify.isIdle) && <Loading />}
      </div>
    </section>
  );
}
