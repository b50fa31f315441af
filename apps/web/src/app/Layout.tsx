import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { AccountMenu } from './AccountMenu';
import { LanguageSwitcher } from './LanguageSwitcher';
import './layout.css';

export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  // On a phone the navigation, language and account links fold behind one button.
  // It is open on the page it was opened on: following a link folds it.
  const [openOn, setOpenOn] = useState<string>();
  const menuOpen = openOn === location.pathname;
  const setMenuOpen = (open: boolean) => setOpenOn(open ? location.pathname : undefined);
  const menuButton = useRef<HTMLButtonElement>(null);

  // Moving to a new page puts keyboard and screen-reader focus at its start (not on first load,
  // where the skip link must stay the first stop).
  const firstPath = useRef(location.pathname);
  // A link may name another place for it, e.g. a search's results heading (`state.focus`).
  const focusTarget = (location.state as { focus?: string } | null)?.focus;
  useEffect(() => {
    if (location.pathname === firstPath.current) return;
    firstPath.current = '';
    const target = (focusTarget && document.getElementById(focusTarget)) || document.getElementById('main');
    target?.focus({ preventScroll: !focusTarget });
    // Only on arriving at a new page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          {/* The name read out starts with the word on screen, in every language (WCAG 2.5.3). */}
          <NavLink to="/" className="brand">
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span>Galaxy</span>
            <span className="visually-hidden">{t('layout.homeLinkSuffix')}</span>
          </NavLink>
          <button
            ref={menuButton}
            type="button"
            className="header-button menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            {t('layout.menu')}
          </button>
          <div
            id="site-menu"
            className="header-menu"
            data-open={menuOpen}
            onKeyDown={(event) => {
              if (event.key !== 'Escape' || !menuOpen) return;
              setMenuOpen(false);
              menuButton.current?.focus();
            }}
          >
            <nav aria-label={t('layout.mainNavigation')}>
              <ul className="nav-list">
                <li>
                  <NavLink to="/" end>
                    {t('nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/solutions">{t('nav.solutions')}</NavLink>
                </li>
                <li>
                  <NavLink to="/partners">{t('nav.partners')}</NavLink>
                </li>
                <li>
                  <NavLink to="/needs">{t('listings.nav.needs')}</NavLink>
                </li>
                <li>
                  <NavLink to="/offers">{t('listings.nav.offers')}</NavLink>
                </li>
                <li>
                  <NavLink to="/stats">{t('nav.stats')}</NavLink>
                </li>
              </ul>
            </nav>
            <LanguageSwitcher />
            <AccountMenu />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('layout.footer')}</p>
          <p>
            <a href="/api/docs">{t('layout.apiDocs')}</a>
          </p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
