import { COST_MODELS, COUNTRY_GROUPS, CONTENT_LANGUAGES, OfferSchema, type Me, type Offer } from '@galaxy/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiSend, ApiError } from '../../app/api';
import { organizationQueries } from '../../app/catalog-queries';
import { useLanguage } from '../../app/useLanguage';
import { useRegions } from '../../app/useReference';
import { CheckboxGroup, FormErrorSummary, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { SearchableChecklist } from '../../components/SearchableChecklist';
import { useListingForm } from './listing-form';
import { listingChanged, listingQueries } from './listing-queries';
import { useListingPatch } from './ListingActions';
import {
  CountriesField,
  InputField,
  LanguagesField,
  ModalitiesField,
  PublisherGate,
  SdgFields,
  VisibilityField,
  useOrganizationChoices,
} from './ListingFields';
import {
  checkOffer,
  emptyOffer,
  offerFieldOfPath,
  offerInput,
  offerUpdate,
  offerValues,
  OFFER_FIELDS,
  type OfferValues,
} from './offer-form';
import './listings.css';

export function offerLabels(t: (key: string) => string): Record<string, string> {
  return Object.fromEntries(OFFER_FIELDS.map((key) => [key, t(`listings.field.${key}`)]));
}

export function OfferNewPage() {
  const { t } = useTranslation();
  return <PublisherGate title={t('listings.offer.newTitle')}>{(me) => <NewOffer me={me} />}</PublisherGate>;
}

function NewOffer({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { choices } = useOrganizationChoices(me);
  const [values, setValues] = useState<OfferValues>(() =>
    emptyOffer(
      me.memberships[0]?.organizationId ?? '',
      (CONTENT_LANGUAGES as readonly string[]).includes(lang) ? [lang] : [],
    ),
  );
  const create = useMutation({
    mutationFn: (v: OfferValues) => apiSend('POST', '/offers', offerInput(v), OfferSchema),
  });
  const solutions = choices.find((c) => c.id === values.organizationId)?.solutions ?? [];

  return (
    <>
      <h1 id="offer-form-heading">{t('listings.offer.newTitle')}</h1>
      <p className="lead">{t('listings.offer.newLead')}</p>
      <OfferForm
        id="offer"
        values={values}
        setValues={setValues}
        check={(v) => checkOffer(v, t)}
        send={(v) =>
          create.mutateAsync(v).then((offer) => {
            listingChanged(queryClient, offer);
            void navigate(`/offers/${offer.id}`, { state: { published: true } });
          })
        }
        sending={create.isPending}
        submitLabel={t('listings.offer.publish')}
        organizations={choices.map((c) => ({ value: c.id, label: c.name }))}
        solutions={solutions}
        labelledBy="offer-form-heading"
      />
    </>
  );
}

/** The offer's fields in one form, for a new offer and for editing one. */
export function OfferForm(props: {
  id: string;
  values: OfferValues;
  setValues: (change: (v: OfferValues) => OfferValues) => void;
  check: (values: OfferValues) => Record<string, string>;
  send: (values: OfferValues) => Promise<unknown>;
  sending: boolean;
  submitLabel: string;
  /** For a new offer: the organizations to publish for. */
  organizations?: { value: string; label: string }[];
  solutions: { id: string; title: string }[];
  labelledBy: string;
  extraButtons?: ReactNode;
  /** After a refusal because someone else changed the offer. */
  onStale?: () => void;
}) {
  const { id, values, setValues, check, send, sending, organizations, solutions, labelledBy, onStale } = props;
  const { t } = useTranslation();
  const regions = useRegions();
  const labels = useMemo(() => offerLabels(t), [t]);
  const { form, submit } = useListingForm({
    id,
    labels,
    sending,
    check,
    send,
    fieldOfPath: offerFieldOfPath,
    onRefused: (error) => {
      if (error instanceof ApiError && error.code === 'STALE_VERSION') onStale?.();
    },
  });
  const update = (change: Partial<OfferValues>) => setValues((v) => ({ ...v, ...change }));
  const regionOptions = useMemo(
    () =>
      [...regions.list]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((r) => ({ value: r.m49, label: r.name, search: `${r.name} ${r.m49}` })),
    [regions.list],
  );

  return (
    <form
      id={id}
      className="stacked-form"
      noValidate
      aria-labelledby={labelledBy}
      aria-busy={sending}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(values);
      }}
    >
      <FormErrorSummary form={form} />
      {organizations && (
        <SelectField
          form={form}
          name="organizationId"
          value={values.organizationId}
          onChange={(organizationId) => update({ organizationId, trackRecord: [] })}
          placeholder={organizations.length > 1 ? t('workspace.choose') : undefined}
          options={organizations}
        />
      )}
      <TextField
        form={form}
        name="title"
        value={values.title}
        onChange={(title) => update({ title })}
        dirAuto
        hint={t('listings.hint.offerTitle')}
      />
      <TextAreaField
        form={form}
        name="description"
        value={values.description}
        onChange={(description) => update({ description })}
        hint={t('listings.hint.description')}
      />
      <ModalitiesField form={form} values={values} update={update} hint={t('listings.hint.modalitiesOffer')} />
      <SdgFields form={form} values={values} update={update} />
      <fieldset className="field">
        <legend>{t('listings.field.eligibility')}</legend>
        <p className="field-hint">{t('listings.hint.eligibility')}</p>
        <CheckboxGroup
          form={form}
          name="eligibleGroups"
          legend={labels.eligibleGroups}
          values={values.eligibleGroups}
          onChange={(eligibleGroups) => update({ eligibleGroups })}
          options={COUNTRY_GROUPS.map((g) => ({ value: g, label: t(`countryGroup.${g}`) }))}
          optional
        />
        <SearchableChecklist
          id={form.fieldId('eligibleRegions')}
          legend={labels.eligibleRegions}
          error={form.errors.eligibleRegions}
          optional
          options={regionOptions}
          values={values.eligibleRegions}
          onChange={(eligibleRegions) => update({ eligibleRegions })}
        />
        <CountriesField
          form={form}
          name="eligibleCountries"
          values={values.eligibleCountries}
          onChange={(eligibleCountries) => update({ eligibleCountries })}
          optional
        />
      </fieldset>
      <InputField
        form={form}
        name="capacityPerYear"
        type="number"
        min={1}
        max={100000}
        value={values.capacityPerYear}
        onChange={(capacityPerYear) => update({ capacityPerYear })}
        hint={t('listings.hint.capacityPerYear')}
        optional
      />
      <SelectField
        form={form}
        name="costModel"
        value={values.costModel}
        onChange={(costModel) => update({ costModel: costModel as OfferValues['costModel'] })}
        placeholder={t('workspace.choose')}
        options={COST_MODELS.map((c) => ({ value: c, label: t(`listings.costModel.${c}`) }))}
      />
      <LanguagesField form={form} values={values} update={update} hint={t('listings.hint.languagesOffer')} />
      {solutions.length > 0 ? (
        <CheckboxGroup
          form={form}
          name="trackRecord"
          legend={labels.trackRecord}
          hint={t('listings.hint.trackRecord')}
          values={values.trackRecord}
          onChange={(trackRecord) => update({ trackRecord })}
          options={solutions.map((s) => ({ value: s.id, label: s.title }))}
          optional
        />
      ) : (
        <div className="field">
          <p className="field-hint">{t('listings.hint.noTrackRecord')}</p>
        </div>
      )}
      <VisibilityField form={form} kind="offer" values={values} update={update} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={sending}>
          {sending ? t('form.sending') : props.submitLabel}
        </button>
        {props.extraButtons}
      </div>
    </form>
  );
}

/** Editing an offer: its organization's published solutions are the track record to choose from. */
export function OfferEditForm({ offer, onDone }: { offer: Offer; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<OfferValues>(() => offerValues(offer));
  const organization = useQuery(organizationQueries.detail(offer.organization.slug));
  const patch = useListingPatch(offer);
  const solutions = useMemo(() => {
    const published = (organization.data?.solutions ?? []).map((s) => ({ id: s.id, title: s.title }));
    // A solution chosen before stays listed, so it can be unchosen.
    const missing = offer.trackRecord.filter((s) => !published.some((p) => p.id === s.id));
    return [...published, ...missing.map((s) => ({ id: s.id, title: s.title }))];
  }, [organization.data, offer.trackRecord]);

  return (
    <section className="panel listing-edit" aria-labelledby="offer-edit-heading">
      <h2 id="offer-edit-heading">{t('listings.actions.edit.offer')}</h2>
      <OfferForm
        id="offer-edit"
        values={values}
        setValues={setValues}
        check={(v) => checkOffer(v, t, offer.version)}
        send={(v) =>
          patch
            .mutateAsync(offerUpdate(v, offer.version) as unknown as Record<string, unknown>)
            .then(() => onDone(true))
        }
        sending={patch.isPending}
        submitLabel={t('listings.actions.save')}
        solutions={solutions}
        labelledBy="offer-edit-heading"
        onStale={() => void queryClient.invalidateQueries({ queryKey: listingQueries.offer(offer.id).queryKey })}
        extraButtons={
          <button type="button" className="button-secondary" onClick={() => onDone(false)}>
            {t('listings.actions.cancel')}
          </button>
        }
      />
    </section>
  );
}
