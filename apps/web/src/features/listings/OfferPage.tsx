import type { Offer } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../app/api';
import { useFormatNumber } from '../../app/format';
import { loginPath } from '../../app/safe-next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useCountries, useRegions, useSdgs } from '../../app/useReference';
import { LoadError, Loading } from '../../components/QueryStatus';
import { SdgBadges } from '../../components/SdgBadge';
import { NotFoundPage } from '../errors/NotFoundPage';
import { listingQueries } from './listing-queries';
import { ListingActions } from './ListingActions';
import { ListingHeader } from './NeedPage';
import { OfferEditForm } from './OfferForm';

export function OfferPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const offer = useQuery(listingQueries.offer(id));
  useDocumentTitle(offer.data?.title ?? (offer.isError ? t('errors.notFoundTitle') : t('common.loading')));

  if (offer.error instanceof ApiError && (offer.error.code === 'NOT_FOUND' || offer.error.code === 'VALIDATION_FAILED'))
    return <NotFoundPage />;
  if (offer.error instanceof ApiError && offer.error.code === 'UNAUTHENTICATED') {
    return (
      <>
        <h1>{t('listings.offer.signInTitle')}</h1>
        <p>
          {t('listings.offer.signInText')} <Link to={loginPath(location.pathname)}>{t('auth.signIn')}</Link>
        </p>
      </>
    );
  }
  if (offer.isPending) return <Loading />;
  if (offer.isError) return <LoadError onRetry={() => void offer.refetch()} />;
  return <OfferView offer={offer.data} />;
}

function OfferView({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const location = useLocation();
  const sdgs = useSdgs();
  const countries = useCountries();
  const regions = useRegions();
  const format = useFormatNumber();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const published = (location.state as { published?: boolean } | null)?.published === true;
  const join = (items: string[]) => items.join(t('common.listSeparator'));
  const anyone =
    offer.eligibleCountries.length === 0 && offer.eligibleGroups.length === 0 && offer.eligibleRegions.length === 0;

  return (
    <article className="listing" aria-labelledby="offer-title">
      <ListingHeader listing={offer} published={published} saved={saved} />

      {offer.canEdit && (
        <ListingActions
          listing={offer}
          editing={editing}
          onEdit={() => {
            setSaved(false);
            setEditing(true);
          }}
        />
      )}
      {editing && (
        <OfferEditForm
          offer={offer}
          onDone={(didSave) => {
            setEditing(false);
            setSaved(didSave);
            window.setTimeout(() => document.getElementById('offer-title')?.focus());
          }}
        />
      )}

      <div className="solution-layout">
        <div className="solution-body">
          <section aria-labelledby="description-heading">
            <h2 id="description-heading">{t('listings.field.description')}</h2>
            <p className="prose" dir="auto">
              {offer.description}
            </p>
          </section>
          {offer.trackRecord.length > 0 && (
            <section aria-labelledby="track-heading">
              <h2 id="track-heading">{t('listings.field.trackRecord')}</h2>
              <ul>
                {offer.trackRecord.map((s) => (
                  <li key={s.id}>
                    <Link to={`/solutions/${s.slug}`} dir="auto">
                      {s.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <aside className="solution-aside" aria-labelledby="offer-facts-heading">
          <h2 id="offer-facts-heading">{t('listings.need.facts')}</h2>
          <SdgBadges goals={offer.sdgs} linkTo={(goal) => `/offers?sdg=${goal}`} />
          <dl className="facts">
            {offer.sdgTargets.length > 0 && (
              <Fact term={t('listings.field.sdgTargets')}>
                <ul className="plain-list targets">
                  {offer.sdgTargets.map((id) => (
                    <li key={id}>
                      <span className="target-id">{id}</span> {sdgs.targetTitle(id)}
                    </li>
                  ))}
                </ul>
              </Fact>
            )}
            <Fact term={t('listings.field.modalities')}>
              {join(offer.modalities.map((m) => t(`listings.modality.${m}`)))}
            </Fact>
            <Fact term={t('listings.field.eligibility')}>
              {anyone
                ? t('listings.offer.anyCountry')
                : join([
                    ...offer.eligibleGroups.map((g) => t(`countryGroup.${g}`)),
                    ...offer.eligibleRegions.map((r) => regions.name(r)),
                    ...offer.eligibleCountries.map((c) => countries.name(c)),
                  ])}
            </Fact>
            {offer.capacityPerYear !== null && (
              <Fact term={t('listings.field.capacityPerYear')}>{format(offer.capacityPerYear)}</Fact>
            )}
            <Fact term={t('listings.field.costModel')}>{t(`listings.costModel.${offer.costModel}`)}</Fact>
            <Fact term={t('listings.field.languages')}>
              {join(offer.languages.map((l) => t(`contentLanguage.${l}`)))}
            </Fact>
          </dl>
        </aside>
      </div>
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd dir="auto">{children}</dd>
    </div>
  );
}
