import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../app/api';
import { loginPath } from '../app/safe-next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { LoadError, Loading } from './QueryStatus';

/**
 * A page about one thing fetched from the API, named in the tab by its title. Until it is there:
 * `notFound` (also for an id the API refuses), a sign-in prompt when only members may see it,
 * loading, or the error with a retry.
 */
export function FetchedPage<T extends { title: string }>({
  query,
  notFound,
  signIn,
  children,
}: {
  query: UseQueryResult<T>;
  notFound: ReactNode;
  signIn: { title: string; text: string };
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  useDocumentTitle(query.data?.title ?? (query.isError ? t('errors.notFoundTitle') : t('common.loading')));

  const code = query.error instanceof ApiError ? query.error.code : undefined;
  if (code === 'NOT_FOUND' || code === 'VALIDATION_FAILED') return notFound;
  if (code === 'UNAUTHENTICATED') {
    return (
      <>
        <h1>{signIn.title}</h1>
        <p>
          {signIn.text} <Link to={loginPath(location.pathname)}>{t('auth.signIn')}</Link>
        </p>
      </>
    );
  }
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError onRetry={() => void query.refetch()} />;
  return children(query.data);
}
