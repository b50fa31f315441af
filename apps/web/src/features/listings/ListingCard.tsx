import type { ListingSummary } from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../app/useLanguage';
import { useCountries } from '../../app/useReference';
import { SdgBadges } from '../../components/SdgBadge';
import { listingPath } from './listing-queries';
import './listings.css';

const MAX_COUNTRIES = 4;

/** "today", "3 days ago", "il y a 3 jours": the language's own words for an age. */
export function useAgeText(): (days: number) => string {
  const lang = useLanguage();
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  return (days: number) => {
    if (days < 31) return format.format(-days, 'day');
    if (days < 365) return format.format(-Math.floor(days / 30), 'month');
    return format.format(-Math.floor(days / 365), 'year');
  };
}

/** One need or offer in a list: title, who, what about, where, what kind of support, how old. */
export function ListingCard({ listing }: { listing: ListingSummary }) {
  const { t } = useTranslation();
  const countries = useCountries();
  const age = useAgeText();
  const names = listing.countries.map((c) => countries.name(c));
  const cut = names.length > MAX_COUNTRIES + 1;
  const shown = (cut ? names.slice(0, MAX_COUNTRIES) : names).join(t('common.listSeparator'));
  const modalities = listing.modalities.map((m) => t(`listings.modality.${m}`)).join(t('common.listSeparator'));

  return (
    <article className="solution-card listing-card">
      <h3 className="card-title" dir="auto">
        <Link to={`${listingPath(listing.kind)}/${listing.id}`}>{listing.title}</Link>
      </h3>
      <p className="card-meta-line">
        <span className="visually-hidden">{t('listings.field.organization')}: </span>
        <Link to={`/partners/${listing.organization.slug}`}>{listing.organization.name}</Link>
        {listing.status !== 'open' && (
          <span className="badge badge-neutral listing-status">{t(`listings.status.${listing.status}`)}</span>
        )}
        {listing.visibility !== 'public' && (
          <span className="badge badge-neutral listing-status">{t(`listings.visibility.${listing.visibility}`)}</span>
        )}
      </p>
      <p className="card-summary" dir="auto">
        {listing.excerpt}
      </p>
      <SdgBadges goals={listing.sdgs} />
      <ul className="card-meta">
        {names.length > 0 && (
          <li>
            <span className="visually-hidden">
              {listing.kind === 'need' ? t('listings.field.countries') : t('listings.field.eligibleCountries')}:{' '}
            </span>
            {shown}
            {cut && ` ${t('common.andMore', { count: names.length - MAX_COUNTRIES })}`}
          </li>
        )}
        {modalities && (
          <li>
            <span className="visually-hidden">{t('listings.field.modalities')}: </span>
            {modalities}
          </li>
        )}
        <li>
          <span className="visually-hidden">{t('listings.published')}: </span>
          <time dateTime={listing.createdAt}>{age(listing.ageDays)}</time>
        </li>
        {listing.matches !== null && <li>{t('listings.matchCount', { count: listing.matches })}</li>}
      </ul>
    </article>
  );
}
