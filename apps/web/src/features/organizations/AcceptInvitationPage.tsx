import { InvitationPreviewSchema, TokenInputSchema, type InvitationPreview } from '@galaxy/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ApiError, apiGet, apiSend } from '../../app/api';
import { authQueries, setSignedIn, useMe } from '../../app/auth-queries';
import { useFormatDate } from '../../app/format';
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
  const formatDate = useFormatDate();
  // What the link invites to, before anyone signs in: the organization, the address, the role.
  const preview = useQuery({
    queryKey: ['invitations', 'preview', token],
    queryFn: ({ signal }) => apiGet(`/invitations/${encodeURIComponent(token)}`, InvitationPreviewSchema, signal),
    enabled: wellFormed,
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
    staleTime: 60_000,
  });
  const invitation: InvitationPreview | undefined = preview.data;
  const gone = preview.error instanceof ApiError && preview.error.status === 404;

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
  } else if (gone) {
    content = <p className="notice notice-error">{t('invitation.gone')}</p>;
  } else if (me === undefined || preview.isPending) {
    content =
      query.isError || preview.isError ? (
        <LoadError onRetry={() => void Promise.all([query.refetch(), preview.refetch()])} />
      ) : (
        <Loading />
      );
  } else if (me === null) {
    // The invited address fills the sign-in and sign-up forms in.
    const email = invitation?.email ?? params.get('email');
    const extra: Record<string, string> = email ? { email } : {};
    content = (
      <>
        <p>{email ? t('invitation.signedOutFor', { email }) : t('invitation.signedOut')}</p>
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
    const otherAddress = invitation && invitation.email.toLowerCase() !== me.email.toLowerCase();
    content = (
      <>
        <p className={otherAddress ? 'notice notice-warning' : undefined}>
          {otherAddress
            ? t('invitation.otherAddress', { email: me.email, invited: invitation.email })
            : t('invitation.signedInAs', { email: me.email })}
        </p>
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
      <h1 id="invitation-title">
        {invitation ? t('invitation.titleFor', { organization: invitation.organization.name }) : t('invitation.title')}
      </h1>
      <p className="lead">
        {invitation
          ? t('invitation.leadFor', {
              organization: invitation.organization.name,
              email: invitation.email,
              role: t(`memberRole.${invitation.role}`),
              date: formatDate(invitation.expiresAt),
            })
          : t('invitation.lead')}
      </p>
      {content}
    </section>
  );
}
