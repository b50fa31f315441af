import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { apiSend } from './api';
import { authQueries, setSignedIn, useMe } from './auth-queries';
import { loginPath } from './safe-next';

const PRIVATE_PATHS = ['/account', '/organizations', '/invitations', '/curation', '/manage', '/brokering', '/matches'];
const AUTH_PATHS = ['/login', '/signup', '/forgot-password', '/reset-password'];

/** Sign in / sign up, or the member's name and a way to sign out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => apiSend('POST', '/auth/logout'),
    onSuccess: () => {
      // On a members' page, leave it first: signed out there, it would ask to sign in again. The
      // home page forgets the member once it is on screen (see the effect below).
      if (PRIVATE_PATHS.some((p) => location.pathname.startsWith(p))) {
        void navigate('/', { state: { signedOut: true } });
        return;
      }
      setSignedIn(queryClient, null);
      document.getElementById('main')?.focus();
    },
    // Still signed in or not? Ask again rather than guess.
    onError: () => void queryClient.invalidateQueries({ queryKey: authQueries.me().queryKey }),
  });

  const justSignedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  useEffect(() => {
    if (!justSignedOut) return;
    setSignedIn(queryClient, null);
    // Not again when this history entry is visited later.
    void navigate('.', { replace: true, state: null });
  }, [justSignedOut, queryClient, navigate]);

  // Unknown yet: keep the place, so the header does not jump.
  if (me === undefined) return <div className="account-menu" />;

  if (me === null) {
    const here = location.pathname + location.search;
    const onAuthPage = AUTH_PATHS.includes(location.pathname);
    return (
      <ul className="account-menu">
        <li>
          <NavLink to={onAuthPage ? '/login' : loginPath(here)}>{t('auth.signIn')}</NavLink>
        </li>
        <li>
          <NavLink to="/signup" className="account-signup">
            {t('auth.signUp')}
          </NavLink>
        </li>
      </ul>
    );
  }

  return (
    <ul className="account-menu">
      {(me.role === 'curator' || me.role === 'admin') && (
        <li>
          <NavLink to="/curation">{t('curation.nav.link')}</NavLink>
        </li>
      )}
      {(me.role === 'curator' || me.role === 'admin') && (
        <li>
          <NavLink to="/brokering">{t('matches.nav.brokeringLink')}</NavLink>
        </li>
      )}
      <li>
        <NavLink to="/matches">{t('matches.nav.matchesLink')}</NavLink>
      </li>
      {me.memberships.length > 0 && (
        <li>
          <NavLink
            to={
              me.memberships.length === 1
                ? `/organizations/${me.memberships[0].organizationId}/solutions`
                : '/account#organizations-heading'
            }
          >
            {t('workspace.menuLink')}
          </NavLink>
        </li>
      )}
      <li>
        <Link to="/account" className="account-name">
          <span className="visually-hidden">{t('auth.yourAccount')}: </span>
          {me.name}
        </Link>
      </li>
      <li>
        <button type="button" className="header-button" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
          {t('auth.signOut')}
        </button>
      </li>
    </ul>
  );
}
