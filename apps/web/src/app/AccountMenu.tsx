import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router';
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
  // Open on the page it was opened on: following one of its links folds it.
  const [openOn, setOpenOn] = useState<string>();
  const open = openOn === location.pathname + location.hash;
  const setOpen = (value: boolean) => setOpenOn(value ? location.pathname + location.hash : undefined);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
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

  const staff = me.role === 'curator' || me.role === 'admin';
  return (
    <div
      ref={wrapper}
      className="account-menu account-disclosure"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        // Only this list folds; the phone menu around it stays open.
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
      onBlur={(event) => {
        if (open && !wrapper.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="header-button account-button"
        aria-expanded={open}
        aria-controls="account-links"
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">{t('auth.yourAccount')}: </span>
        <span className="account-name">{me.name}</span>
        <span className="disclosure-chevron" aria-hidden="true" />
      </button>
      {/* Work links and the account fold behind the name, so the header stays one row. */}
      <ul id="account-links" className="account-links" hidden={!open}>
        {staff && (
          <li>
            <NavLink to="/curation">{t('curation.nav.link')}</NavLink>
          </li>
        )}
        {staff && (
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
          <NavLink to="/account" end>
            {t('auth.accountPage')}
          </NavLink>
        </li>
        <li>
          <button
            type="button"
            className="link-button account-sign-out"
            disabled={signOut.isPending}
            onClick={() => signOut.mutate()}
          >
            {t('auth.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
