import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from './NotFoundPage';

/** Shown when a page fails to load or render: says so plainly and offers a way on. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <section className="message-page" role="alert">
      <h1>{t('errors.unexpectedTitle')}</h1>
      <p>{t('errors.unexpectedText')}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>{' '}
        <Link to="/">{t('errors.backHome')}</Link>
      </p>
    </section>
  );
}
