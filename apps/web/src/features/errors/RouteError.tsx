import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { NotFoundPage } from './NotFoundPage';

/** Shown when a page fails to load or render: says so plainly and offers a way on. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  useDocumentTitle(notFound ? t('errors.notFoundTitle') : t('errors.unexpectedTitle'));
  if (notFound) return <NotFoundPage />;
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
