import type { OrganizationSummary } from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCountries } from '../../app/useReference';
import { Highlighted } from '../../components/Highlighted';
import { SdgBadges } from '../../components/SdgBadge';
import './partners.css';

/** One partner in the directory: who they are, where, what they know. */
export function PartnerCard({ partner }: { partner: OrganizationSummary }) {
  const { t } = useTranslation();
  const countries = useCountries();
  return (
    <article className="partner-card">
      <h3 className="card-title">
        <Link to={`/partners/${partner.slug}`}>
          <Highlighted text={partner.name} html={partner.highlight?.name} />
        </Link>
        {partner.acronym && <span className="acronym"> ({partner.acronym})</span>}
      </h3>
      <p className="card-meta-line">
        {t(`organizationType.${partner.type}`)}
        {partner.country && ` · ${countries.name(partner.country)}`}
        {partner.verification !== 'unverified' && (
          <span className="verified"> · {t(`verification.${partner.verification}`)}</span>
        )}
      </p>
      <Highlighted as="p" className="card-summary" text={partner.description} html={partner.highlight?.description} />
      <SdgBadges goals={partner.expertiseSdgs} />
      <p className="card-meta-line">{t('partners.solutionCount', { count: partner.solutionCount })}</p>
    </article>
  );
}
