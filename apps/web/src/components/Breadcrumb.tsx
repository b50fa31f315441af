import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Home › the list a detail page belongs to. */
export function Breadcrumb({ to, label }: { to: string; label: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('solution.breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link to="/">{t('nav.home')}</Link>
        </li>
        <li>
          <Link to={to}>{label}</Link>
        </li>
      </ol>
    </nav>
  );
}
