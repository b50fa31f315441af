import type { Offer } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormatNumber } from '../../app/format';
import { useCountries, useRegions } from '../../app/useReference';
import { Fact } from '../../components/Fact';
import { FetchedPage } from '../../components/FetchedPage';
import { NotFoundPage } from '../errors/NotFoundPage';
import { listingQueries } from './listing-queries';
import { ListingFacts, ListingHeader } from './NeedPage';
import { OfferEditForm } from './OfferForm';

export function OfferPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const offer = useQuery(listingQueries.offer(id));
  return (
    <FetchedPage
      query={offer}
      notFound={<NotFoundPage />}
      signIn={{ title: t('listings.offer.signInTitle'), text: t('listings.offer.signInText') }}
    >
      {(data) => <OfferView offer={data} />}
    </FetchedPage>
  );
}

function OfferView({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const countries = useCountries();
  const regions = useRegions();
  const format = useFormatNumber();
  const join = (items: string[]) => items.join(t('common.listSeparator'));
  const anyone =
    offer.eligibleCountries.length === 0 && offer.eligibleGroups.length === 0 && offer.eligibleRegions.length === 0;

  return (
    <article className="listing" aria-labelledby="offer-title">
      <ListingHeader listing={offer} editForm={(onDone) => <OfferEditForm offer={offer} onDone={onDone} />} />

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
        <ListingFacts listing={offer}>
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
        </ListingFacts>
      </div>
    </article>
  );
}
