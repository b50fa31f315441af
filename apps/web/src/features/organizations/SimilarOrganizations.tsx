import { SimilarOrganizationsQuerySchema, SimilarOrganizationsSchema } from '@galaxy/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../../app/api';

const PAUSE_MS = 400;

/**
 * While a name is typed on the registration form: organizations already on Galaxy under the same or
 * a close name, each with a way to ask to join it instead (Galaxy has no join requests: the ask goes
 * through the organization's private contact form, and the organization can then invite).
 */
export function SimilarOrganizations({ name }: { name: string }) {
  const { t } = useTranslation();
  const [settled, setSettled] = useState(name.trim());
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(name.trim()), PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [name]);
  const valid = SimilarOrganizationsQuerySchema.safeParse({ name: settled }).success;
  const similar = useQuery({
    queryKey: ['organizations', 'similar', settled],
    queryFn: ({ signal }) =>
      apiGet(`/organizations/similar?${new URLSearchParams({ name: settled })}`, SimilarOrganizationsSchema, signal),
    enabled: valid,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const items = valid ? (similar.data?.items ?? []) : [];
  const same = items.some((o) => o.sameName);

  // A polite live region that exists before it has anything to say.
  return (
    <div aria-live="polite" className="similar-organizations">
      {items.length > 0 && (
        <div className="notice notice-warning">
          <p>
            <strong>{same ? t('organization.similar.sameTitle') : t('organization.similar.closeTitle')}</strong>{' '}
            {t('organization.similar.lead')}
          </p>
          <ul>
            {items.map((o) => (
              <li key={o.id}>
                <Link to={`/partners/${o.slug}`} dir="auto">
                  {o.name}
                  {o.acronym ? ` (${o.acronym})` : ''}
                </Link>{' '}
                —{' '}
                <Link to={`/partners/${o.slug}?ask=join#contact-heading`}>
                  {t('organization.similar.askToJoin')}
                  <span className="visually-hidden"> ({o.name})</span>
                </Link>
              </li>
            ))}
          </ul>
          <p className="muted">{t('organization.similar.howJoin')}</p>
        </div>
      )}
    </div>
  );
}
