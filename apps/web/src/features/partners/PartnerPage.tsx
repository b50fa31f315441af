import type { OrganizationDetail } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Breadcrumb } from '../../components/Breadcrumb';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../app/api';
import { useMe } from '../../app/auth-queries';
import { organizationQueries } from '../../app/catalog-queries';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useCountries, useSdgs } from '../../app/useReference';
import { LoadError, Loading } from '../../components/QueryStatus';
import { SdgBadges } from '../../components/SdgBadge';
import { SolutionCard } from '../../components/SolutionCard';
import { NotFoundPage } from '../errors/NotFoundPage';
import { ContactForm } from './ContactForm';
import './partners.css';

export function PartnerPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const partner = useQuery(organizationQueries.detail(slug));
  useDocumentTitle(partner.data?.name ?? (partner.isError ? t('errors.notFoundTitle') : t('common.loading')));

  if (partner.error instanceof ApiError && partner.error.problem?.code === 'NOT_FOUND') return <NotFoundPage />;
  if (partner.isPending) return <Loading />;
  if (partner.isError) return <LoadError onRetry={() => void partner.refetch()} />;
  return <PartnerView partner={partner.data} />;
}

/** Only web addresses become links (a stored value is never trusted to be one). */
function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function PartnerView({ partner }: { partner: OrganizationDetail }) {
  const { t } = useTranslation();
  const countries = useCountries();
  const sdgs = useSdgs();
  const website = partner.website ? safeUrl(partner.website) : undefined;
  const separator = t('common.listSeparator');
  const { me } = useMe();
  // Its members (and staff) manage it; the API checks again.
  const canManage =
    Boolean(me?.memberships.some((m) => m.organizationId === partner.id)) ||
    me?.role === 'admin' ||
    me?.role === 'curator';

  return (
    <article className="partner" aria-labelledby="partner-title">
      <Breadcrumb to="/partners" label={t('nav.partners')} />
      <header className="solution-header">
        <h1 id="partner-title">
          {partner.name}
          {partner.acronym && <span className="acronym"> ({partner.acronym})</span>}
        </h1>
        <p className="solution-meta">
          <span>{t(`organizationType.${partner.type}`)}</span>
          {partner.country && <span>{countries.name(partner.country)}</span>}
          <span>{t(`verification.${partner.verification}`)}</span>
        </p>
        {canManage && (
          <p>
            <Link to={`/organizations/${partner.id}/settings`} className="button-link button-link-secondary">
              {t('partner.manage')}
            </Link>
          </p>
        )}
      </header>
      <div className="solution-layout">
        <div className="solution-body">
          <section aria-labelledby="about-heading">
            <h2 id="about-heading">{t('partner.about')}</h2>
            <p className="prose" dir="auto">
              {partner.description}
            </p>
            {website && (
              <p>
                <a href={website} rel="noopener noreferrer">
                  {t('partner.website')}
                  <span className="visually-hidden">: </span> <span className="url">{partner.website}</span>
                </a>
              </p>
            )}
          </section>
          <section aria-labelledby="partner-solutions-heading">
            <h2 id="partner-solutions-heading">{t('partner.solutions', { count: partner.solutions.length })}</h2>
            {partner.solutions.length === 0 ? (
              <p>{t('partner.noSolutions')}</p>
            ) : (
              <ul className="card-list">
                {partner.solutions.map((solution) => (
                  <li key={solution.id}>
                    <SolutionCard solution={solution} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="contact-heading" className="contact-section">
            <h2 id="contact-heading">{t('contact.heading')}</h2>
            <ContactForm organizationId={partner.id} organizationName={partner.name} me={me} />
          </section>
        </div>
        <aside className="solution-aside" aria-label={t('partner.factsLabel')}>
          <section aria-labelledby="partner-facts-heading">
            <h2 id="partner-facts-heading">{t('solution.atAGlance')}</h2>
            <dl className="facts">
              <dt>{t('partner.type')}</dt>
              <dd>{t(`organizationType.${partner.type}`)}</dd>
              {partner.country && (
                <>
                  <dt>{t('partner.country')}</dt>
                  <dd>{countries.name(partner.country)}</dd>
                </>
              )}
              {partner.operatingCountries.length > 0 && (
                <>
                  <dt>{t('partner.operatingCountries')}</dt>
                  <dd>
                    <ul className="inline-list">
                      {partner.operatingCountries.map((c) => (
                        <li key={c}>{countries.name(c)}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
              <dt>{t('partner.verification')}</dt>
              <dd>{t(`verification.${partner.verification}`)}</dd>
              {partner.modalities.length > 0 && (
                <>
                  <dt>{t('partner.modalities')}</dt>
                  <dd>{partner.modalities.map((m) => t(`modality.${m}`)).join(separator)}</dd>
                </>
              )}
              {partner.languages.length > 0 && (
                <>
                  <dt>{t('partner.languages')}</dt>
                  <dd>{partner.languages.map((l) => t(`contentLanguage.${l}`)).join(separator)}</dd>
                </>
              )}
            </dl>
          </section>
          {partner.expertiseSdgs.length > 0 && (
            <section aria-labelledby="expertise-heading">
              <h2 id="expertise-heading">{t('partner.expertise')}</h2>
              <SdgBadges goals={partner.expertiseSdgs} linkTo={(goal) => `/partners?sdg=${goal}`} />
              {partner.expertiseTargets.length > 0 && (
                <ul className="targets">
                  {partner.expertiseTargets.map((target) => (
                    <li key={target}>
                      <span className="target-id">
                        <span className="visually-hidden">{t('solution.target')} </span>
                        {target}
                      </span>{' '}
                      <span>{sdgs.targetTitle(target)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
          <section aria-labelledby="partner-source-heading" className="source">
            <h2 id="partner-source-heading">{t('solution.source')}</h2>
            <p dir="auto">{partner.source}</p>
          </section>
        </aside>
      </div>
    </article>
  );
}
