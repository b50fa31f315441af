import type { Need, Offer } from '@galaxy/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../app/api';
import { useMe } from '../../app/auth-queries';
import { useFormatDate } from '../../app/format';
import { useCountries, useSdgs } from '../../app/useReference';
import { Breadcrumb } from '../../components/Breadcrumb';
import { Fact } from '../../components/Fact';
import { FetchedPage } from '../../components/FetchedPage';
import { FormErrorLinks, StatusMessage } from '../../components/FormFields';
import { SdgBadges } from '../../components/SdgBadge';
import { NotFoundPage } from '../errors/NotFoundPage';
import { useListingForm } from './listing-form';
import { listingQueries } from './listing-queries';
import { ListingActions, useListingPatch } from './ListingActions';
import { useFormatDay, useFormatMonth } from './NeedDetails';
import {
  ContributionFields,
  NeedVisibilityField,
  ProblemFields,
  ScopeFields,
  TargetFields,
  needLabels,
} from './NeedFields';
import { checkNeed, needFieldOfPath, needUpdate, needValues, type NeedValues } from './need-form';
import { SuggestionList } from './SuggestionList';
import './listings.css';

export function NeedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const need = useQuery(listingQueries.need(id));
  return (
    <FetchedPage
      query={need}
      notFound={<NotFoundPage />}
      signIn={{ title: t('listings.need.signInTitle'), text: t('listings.need.signInText') }}
    >
      {(data) => <NeedView need={data} />}
    </FetchedPage>
  );
}

/**
 * The top of a need's or offer's page: where it sits, what just happened, its title and owner; for
 * its organization, what it may do with it and, while editing, `editForm`.
 */
export function ListingHeader({
  listing,
  editForm,
}: {
  listing: Need | Offer;
  /** The form; `onDone` closes it and puts focus back on the title. */
  editForm: (onDone: (saved: boolean) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const countries = useCountries();
  const date = useFormatDate();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const published = (location.state as { published?: boolean } | null)?.published === true;
  const kind = listing.kind;
  return (
    <>
      <Breadcrumb to={`/${kind}s`} label={t(`listings.nav.${kind}s`)} />
      <StatusMessage>
        {published && !saved && t(`listings.${kind}.published`)}
        {saved && t(`listings.${kind}.saved`)}
      </StatusMessage>
      <header className="solution-header">
        <p className="listing-kind">{t(`listings.kind.${kind}`)}</p>
        <h1 id={`${kind}-title`} dir="auto">
          {listing.title}
        </h1>
        <p className="solution-meta">
          <Link to={`/partners/${listing.organization.slug}`}>{listing.organization.name}</Link>
          {listing.organization.country && <span>{countries.name(listing.organization.country)}</span>}
          <span>{t('listings.publishedOn', { date: date(listing.createdAt) })}</span>
        </p>
        <ListingBadges listing={listing} />
      </header>

      {listing.canEdit && (
        <ListingActions
          listing={listing}
          editing={editing}
          onEdit={() => {
            setSaved(false);
            setEditing(true);
          }}
        />
      )}
      {editing &&
        editForm((didSave) => {
          setEditing(false);
          setSaved(didSave);
          window.setTimeout(() => document.getElementById(`${kind}-title`)?.focus());
        })}
    </>
  );
}

/** A need's or offer's facts beside its text: its goals and targets first, then `children`. */
export function ListingFacts({ listing, children }: { listing: Need | Offer; children: ReactNode }) {
  const { t } = useTranslation();
  const sdgs = useSdgs();
  const kind = listing.kind;
  return (
    <aside className="solution-aside" aria-labelledby={`${kind}-facts-heading`}>
      <h2 id={`${kind}-facts-heading`}>{t('listings.need.facts')}</h2>
      <SdgBadges goals={listing.sdgs} linkTo={(goal) => `/${kind}s?sdg=${goal}`} />
      <dl className="facts">
        {listing.sdgTargets.length > 0 && (
          <Fact term={t('listings.field.sdgTargets')}>
            <ul className="plain-list targets">
              {listing.sdgTargets.map((id) => (
                <li key={id}>
                  <span className="target-id">{id}</span> {sdgs.targetTitle(id)}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        {children}
      </dl>
    </aside>
  );
}

export function ListingBadges({ listing }: { listing: { status: string; visibility: string; endorsed?: boolean } }) {
  const { t } = useTranslation();
  return (
    <p className="listing-badges">
      <span className={listing.status === 'open' ? 'badge badge-ok' : 'badge badge-neutral'}>
        {t(`listings.status.${listing.status}`)}
      </span>{' '}
      <span className="badge badge-neutral">{t(`listings.visibility.${listing.visibility}`)}</span>
      {listing.endorsed && (
        <>
          {' '}
          <span className="badge badge-ok">{t('listings.need.endorsedBadge')}</span>
        </>
      )}
    </p>
  );
}

function NeedView({ need }: { need: Need }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const countries = useCountries();
  const month = useFormatMonth();
  const day = useFormatDay();
  const join = (items: string[]) => items.join(t('common.listSeparator'));
  const staff = me?.role === 'curator' || me?.role === 'admin';
  const member = Boolean(me?.memberships.some((m) => m.organizationId === need.organization.id));
  const co = need.coContribution;
  const hasCo = Boolean(co && (co.cash || co.inKind || co.staff));

  const timeframe =
    need.timeframeStart && need.timeframeEnd
      ? t('listings.need.fromTo', { start: month(need.timeframeStart), end: month(need.timeframeEnd) })
      : need.timeframeStart
        ? t('listings.need.from', { start: month(need.timeframeStart) })
        : need.timeframeEnd
          ? t('listings.need.until', { end: month(need.timeframeEnd) })
          : undefined;

  return (
    <article className="listing" aria-labelledby="need-title">
      <ListingHeader
        listing={need}
        editForm={(onDone) => need.status !== 'withdrawn' && <NeedEditForm need={need} onDone={onDone} />}
      />

      <div className="solution-layout">
        <div className="solution-body">
          <section aria-labelledby="problem-heading">
            <h2 id="problem-heading">{t('listings.field.problemStatement')}</h2>
            <p className="prose" dir="auto">
              {need.problemStatement}
            </p>
          </section>
          {need.currentSituation && (
            <section aria-labelledby="situation-heading">
              <h2 id="situation-heading">{t('listings.field.currentSituation')}</h2>
              <p className="prose" dir="auto">
                {need.currentSituation}
              </p>
            </section>
          )}
          <section aria-labelledby="outcome-heading">
            <h2 id="outcome-heading">{t('listings.field.desiredOutcome')}</h2>
            <p className="prose" dir="auto">
              {need.desiredOutcome}
            </p>
          </section>
          {(hasCo || need.endorsement) && (
            <section aria-labelledby="private-heading" className="private-fields">
              <h2 id="private-heading">{t('listings.need.privateHeading')}</h2>
              <p className="field-hint">{t('listings.need.privateHint')}</p>
              <dl className="facts">
                {co?.cash && <Fact term={t('listings.field.cash')}>{co.cash}</Fact>}
                {co?.inKind && <Fact term={t('listings.field.inKind')}>{co.inKind}</Fact>}
                {co?.staff && <Fact term={t('listings.field.staff')}>{co.staff}</Fact>}
                {need.endorsement && (
                  <Fact term={t('listings.field.endorsement')}>
                    {t('listings.need.endorsedBy', {
                      who: need.endorsement.focalPointTitle
                        ? `${need.endorsement.focalPointName} (${need.endorsement.focalPointTitle})`
                        : need.endorsement.focalPointName,
                      date: day(need.endorsement.endorsedOn),
                    })}
                  </Fact>
                )}
              </dl>
            </section>
          )}
        </div>
        <ListingFacts listing={need}>
          <Fact term={t('listings.field.countries')}>{join(need.countries.map((c) => countries.name(c)))}</Fact>
          <Fact term={t('listings.field.modalities')}>
            {join(need.modalities.map((m) => t(`listings.modality.${m}`)))}
          </Fact>
          <Fact term={t('listings.field.languages')}>{join(need.languages.map((l) => t(`contentLanguage.${l}`)))}</Fact>
          {timeframe && <Fact term={t('listings.field.timeframe')}>{timeframe}</Fact>}
        </ListingFacts>
      </div>

      {(staff || member) && need.status !== 'withdrawn' && (
        // The broker's "Shortlist" button for staff goes in renderAction (features/matches).
        <SuggestionList needId={need.id} />
      )}
    </article>
  );
}

/** The need's fields in one form (the wizard's, without the steps), saved with the version read. */
function NeedEditForm({ need, onDone }: { need: Need; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<NeedValues>(() => needValues(need));
  const [stale, setStale] = useState(false);
  const labels = useMemo(() => needLabels(t), [t]);
  const patch = useListingPatch(need);
  const { form, submit } = useListingForm({
    id: 'need-edit',
    labels,
    sending: patch.isPending,
    check: (v: NeedValues) => checkNeed(v, t, need.version),
    send: (v) =>
      patch.mutateAsync(needUpdate(v, need.version) as unknown as Record<string, unknown>).then(() => onDone(true)),
    fieldOfPath: needFieldOfPath,
    onRefused: (error) => setStale(error instanceof ApiError && error.code === 'STALE_VERSION'),
  });
  const update = (change: Partial<NeedValues>) => setValues((v) => ({ ...v, ...change }));

  const summaryFields = Object.keys(labels).filter((f) => f in form.errors);
  return (
    <section className="panel listing-edit" aria-labelledby="need-edit-heading">
      <h2 id="need-edit-heading">{t('listings.actions.edit.need')}</h2>
      <form
        id="need-edit"
        className="stacked-form"
        noValidate
        aria-labelledby="need-edit-heading"
        aria-busy={patch.isPending}
        onSubmit={(event) => {
          event.preventDefault();
          void submit(values);
        }}
      >
        <div role="alert" id="need-edit-summary" tabIndex={-1} className="form-summary">
          {(summaryFields.length > 0 || form.message) && (
            <div className="notice notice-error">
              {form.message && <p>{form.message}</p>}
              {stale && (
                <button
                  type="button"
                  onClick={() => {
                    void queryClient.invalidateQueries({ queryKey: listingQueries.need(need.id).queryKey });
                    onDone(false);
                  }}
                >
                  {t('listings.actions.reload')}
                </button>
              )}
              {summaryFields.length > 0 && <FormErrorLinks form={form} fields={summaryFields} />}
            </div>
          )}
        </div>
        <ProblemFields form={form} values={values} update={update} />
        <TargetFields form={form} values={values} update={update} suggest={false} />
        <ScopeFields form={form} values={values} update={update} />
        <ContributionFields form={form} values={values} update={update} />
        <NeedVisibilityField form={form} values={values} update={update} />
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={patch.isPending}>
            {patch.isPending ? t('form.sending') : t('listings.actions.save')}
          </button>
          <button type="button" className="button-secondary" onClick={() => onDone(false)}>
            {t('listings.actions.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
