import { TokenInputSchema } from '@galaxy/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ApiError, apiSend } from '../../app/api';
import { authQueries, setSignedIn, useMe } from '../../app/auth-queries';
import { problemFeedback } from '../../app/problem-feedback';
import { loginPath } from '../../app/safe-next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { LoadError, Loading } from '../../components/QueryStatus';

const AcceptedSchema = z.object({ organizationId: z.string(), slug: z.string() });

/**
 * Where an invitation email leads. Joining takes a click, with the account in view: the invitation
 * works only for the address it was sent to, so whoever is signed in must be that person.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const wellFormed = TokenInputSchema.safeParse({ token }).success;
  const { me, query } = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const here = `/invitations/accept?${new URLSearchParams({ token })}`;

  const accept = useMutation({
    mutationFn: () => apiSend('POST', `/invitations/${encodeURIComponent(token)}/accept`, undefined, AcceptedSchema),
    onSuccess: async ({ organizationId }) => {
      await queryClient.invalidateQueries({ queryKey: authQueries.me().queryKey });
      void navigate(`/organizations/${organizationId}/settings`);
    },
  });
  const signOut = useMutation({
    mutationFn: () => apiSend('POST', '/auth/logout'),
    onSuccess: () => setSignedIn(queryClient, null),
  });

  let content;
  if (!wellFormed) {
    content = <p className="notice notice-error">{t('invitation.missing')}</p>;
  } else if (me === undefined) {
    content = query.isError ? <LoadError onRetry={() => void query.refetch()} /> : <Loading />;
  } else if (me === null) {
    // The invitation's address is not in the link; an `email` parameter, when there, fills the forms in.
    const email = params.get('email');
    const extra: Record<string, string> = email ? { email } : {};
    content = (
      <>
        <p>{t('invitation.signedOut')}</p>
        <p className="button-row">
          <Link className="button-link" to={loginPath(here, extra)}>
            {t('invitation.signIn')}
          </Link>
          <Link
            className="button-link button-link-secondary"
            to={`/signup?${new URLSearchParams({ ...extra, next: here })}`}
          >
            {t('invitation.signUp')}
          </Link>
        </p>
      </>
    );
  } else {
    const refused = accept.error instanceof ApiError && accept.error.code === 'TOKEN_INVALID';
    content = (
      <>
        <p>{t('invitation.signedInAs', { email: me.email })}</p>
        <div role="alert" className="status-region">
          {accept.isError && (
            <p className="notice notice-error">
              {refused ? t('invitation.invalid', { email: me.email }) : problemFeedback(accept.error, t).message}
            </p>
          )}
        </div>
        <p className="button-row">
          <button
            type="button"
            className="button-primary"
            disabled={accept.isPending || accept.isSuccess}
            onClick={() => accept.mutate()}
          >
            {accept.isPending ? t('form.sending') : t('invitation.accept')}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={signOut.isPending}
            onClick={() => signOut.mutate()}
          >
            {t('invitation.otherAccount')}
          </button>
        </p>
      </>
    );
  }

  return (
    <section className="auth-page" aria-labelledby="invitation-title">
      <h1 id="invitation-title">{t('invitation.title')}</h1>
      <p className="lead">{t('invitation.lead')}</p>
      {content}
    </section>
  );
}
