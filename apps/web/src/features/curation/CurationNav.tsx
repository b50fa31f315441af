import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The curators' pages, one tab stop each; the current one is marked for screen readers too. */
export function CurationNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('curation.nav.label')} className="section-nav curation-nav">
      <ul>
        <li>
          <NavLink to="/curation" end>
            {t('curation.nav.queue')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/curation/verification">{t('curation.nav.verification')}</NavLink>
        </li>
        <li>
          <NavLink to="/curation/import">{t('curation.nav.import')}</NavLink>
        </li>
        <li>
          <NavLink to="/curation/iati">{t('curation.nav.iati')}</NavLink>
          <NavLink to="/curation/search-sync">{t('curation.nav.searchSync')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
