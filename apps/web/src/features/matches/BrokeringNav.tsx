import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The brokers' pages, one tab stop each; the current one is marked for screen readers too. */
export function BrokeringNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('matches.nav.label')} className="section-nav curation-nav">
      <ul>
        <li>
          <NavLink to="/brokering" end>
            {t('matches.nav.queue')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/matches" end>
            {t('matches.nav.matches')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/brokering/dashboard">{t('matches.nav.dashboard')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
