import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useFormatNumber } from '../app/format';
import './Pagination.css';

interface PaginationProps {
  page: number;
  totalPages: number;
}

/** Pages as links (each page has its own address), with the current one marked. */
export function Pagination({ page, totalPages }: PaginationProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const format = useFormatNumber();
  if (totalPages <= 1) return null;

  const hrefFor = (target: number) => {
    const params = new URLSearchParams(location.search);
    if (target === 1) params.delete('page');
    else params.set('page', String(target));
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ''}`;
  };
  // First, last, and the neighbours of the current page; gaps shown as an ellipsis.
  const pages = [...new Set([1, page - 1, page, page + 1, totalPages])]
    .filter((p) => p >= 1 && p <= totalPages)
    .sort((a, b) => a - b);

  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <ul>
        <li>
          {page > 1 ? (
            <Link to={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true">‹ </span>
              {t('pagination.previous')}
            </Link>
          ) : (
            <span className="pagination-disabled" aria-hidden="true">
              ‹ {t('pagination.previous')}
            </span>
          )}
        </li>
        {pages.map((p, index) => (
          <li key={p}>
            {index > 0 && p - pages[index - 1] > 1 && <span className="pagination-gap">…</span>}
            <Link
              to={hrefFor(p)}
              aria-current={p === page ? 'page' : undefined}
              aria-label={t('pagination.page', { page: format(p) })}
            >
              {format(p)}
            </Link>
          </li>
        ))}
        <li>
          {page < totalPages ? (
            <Link to={hrefFor(page + 1)} rel="next">
              {t('pagination.next')}
              <span aria-hidden="true"> ›</span>
            </Link>
          ) : (
            <span className="pagination-disabled" aria-hidden="true">
              {t('pagination.next')} ›
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
