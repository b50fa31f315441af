import type { Me } from '@galaxy/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../app/api';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useSignedInGate } from '../../components/SignedInOnly';

/** Curators and administrators: the people who review and publish what partners submit. */
export const isStaff = (me: Me | null | undefined): boolean => me?.role === 'curator' || me?.role === 'admin';

/** True when the API refused because the caller is not staff (the role may have changed meanwhile). */
export const isForbidden = (error: unknown): boolean => error instanceof ApiError && error.code === 'FORBIDDEN';

/** What a signed-in member who is not staff sees on a staff page: a plain explanation, not an error. */
export function StaffOnlyMessage() {
  const { t } = useTranslation();
  useDocumentTitle(t('curation.staffOnly.title'));
  return (
    <section className="message-page">
      <h1>{t('curation.staffOnly.title')}</h1>
      <p className="notice notice-warning">{t('curation.staffOnly.text')}</p>
      <p>
        <Link to="/">{t('errors.backHome')}</Link>
      </p>
    </section>
  );
}

/**
 * For staff pages: visitors are sent to sign in (and brought back), members who are not staff are
 * told the page is for curators. The API checks again on every request.
 */
export function StaffOnly({ children }: { children: (me: Me) => ReactNode }) {
  const { me, gate } = useSignedInGate();
  if (!me) return gate;
  if (!isStaff(me)) return <StaffOnlyMessage />;
  return children(me);
}
