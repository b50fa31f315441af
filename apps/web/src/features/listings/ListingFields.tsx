import {
  CONTENT_LANGUAGES,
  LISTING_VISIBILITIES,
  SUPPORT_MODALITIES,
  type ListingVisibility,
  type Me,
} from '@galaxy/contracts';
import { useQueries } from '@tanstack/react-query';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organizationQueries } from '../../app/catalog-queries';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import type { ApiForm } from '../../app/useApiForm';
import { useCountryOptions, useSdgs } from '../../app/useReference';
import { CheckboxGroup } from '../../components/FormFields';
import { sdgGoalOptions, sdgTargetOptions } from '../../components/sdg-options';
import { SearchableChecklist } from '../../components/SearchableChecklist';
import { useSignedInGate } from '../../components/SignedInOnly';
import { goalsOf } from './need-form';
import './listings.css';

// Form parts shared by the need wizard, the need editor and the offer form.

/** A part of a listing form, bound to the listing's values it shows. */
interface ListingPart<V> {
  form: ApiForm;
  values: V;
  update: (change: Partial<V>) => void;
}

function describedBy(form: ApiForm, name: string, hint: ReactNode): string | undefined {
  const id = form.fieldId(name);
  return [form.errors[name] && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
}

function FieldError({ form, name }: { form: ApiForm; name: string }) {
  const { t } = useTranslation();
  if (!form.errors[name]) return null;
  return (
    <p className="field-error" id={`${form.fieldId(name)}-error`}>
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {form.errors[name]}
    </p>
  );
}

/** An input for a month, a date or a number (the browser's own picker where it has one). */
export function InputField(props: {
  form: ApiForm;
  name: string;
  type: 'month' | 'date' | 'number';
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  optional?: boolean;
  min?: number;
  max?: number;
}) {
  const { form, name, type, value, onChange, hint, optional, min, max } = props;
  const { t } = useTranslation();
  const id = form.fieldId(name);
  return (
    <div className={form.errors[name] ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {form.labels[name]}
        {optional && <span className="optional"> {t('form.optional')}</span>}
      </label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError form={form} name={name} />
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        min={min}
        max={max}
        inputMode={type === 'number' ? 'numeric' : undefined}
        dir="ltr"
        className="input-short"
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={form.errors[name] ? true : undefined}
        aria-describedby={describedBy(form, name, hint)}
      />
    </div>
  );
}

/** Who may see a listing, each choice explained. */
export function VisibilityField({
  form,
  values,
  update,
  kind,
}: ListingPart<{ visibility: ListingVisibility }> & { kind: 'need' | 'offer' }) {
  const { t } = useTranslation();
  const id = form.fieldId('visibility');
  return (
    <fieldset
      className={form.errors.visibility ? 'field field-invalid' : 'field'}
      aria-describedby={describedBy(form, 'visibility', undefined)}
    >
      <legend>{form.labels.visibility}</legend>
      <FieldError form={form} name="visibility" />
      <ul className="plain-list choice-list">
        {LISTING_VISIBILITIES.map((v, index) => (
          <li key={v}>
            <input
              type="radio"
              id={index === 0 ? id : `${id}-${v}`}
              name={id}
              value={v}
              checked={values.visibility === v}
              onChange={() => update({ visibility: v })}
              aria-describedby={`${id}-${v}-hint`}
            />
            <label htmlFor={index === 0 ? id : `${id}-${v}`}>{t(`listings.visibility.${v}`)}</label>
            <p className="field-hint" id={`${id}-${v}-hint`}>
              {t(`listings.visibilityHint.${kind}.${v}`)}
            </p>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function ModalitiesField(props: ListingPart<{ modalities: string[] }> & { hint?: string }) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      form={props.form}
      name="modalities"
      legend={props.form.labels.modalities}
      hint={props.hint}
      values={props.values.modalities}
      onChange={(modalities) => props.update({ modalities })}
      options={SUPPORT_MODALITIES.map((m) => ({ value: m, label: t(`listings.modality.${m}`) }))}
      columns="wide"
    />
  );
}

export function LanguagesField(props: ListingPart<{ languages: string[] }> & { hint?: string }) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      form={props.form}
      name="languages"
      legend={props.form.labels.languages}
      hint={props.hint}
      values={props.values.languages}
      onChange={(languages) => props.update({ languages })}
      options={CONTENT_LANGUAGES.map((l) => ({ value: l, label: t(`contentLanguage.${l}`) }))}
      columns="narrow"
    />
  );
}

export function CountriesField(props: {
  form: ApiForm;
  name: string;
  values: string[];
  onChange: (values: string[]) => void;
  hint?: string;
  optional?: boolean;
}) {
  const options = useCountryOptions();
  return (
    <SearchableChecklist
      id={props.form.fieldId(props.name)}
      legend={props.form.labels[props.name]}
      hint={props.hint}
      error={props.form.errors[props.name]}
      optional={props.optional}
      options={options}
      values={props.values}
      onChange={props.onChange}
    />
  );
}

/** SDG goals and targets, each found by words; the goals of chosen targets are chosen with them. */
export function SdgFields({ form, values, update }: ListingPart<{ goals: number[]; sdgTargets: string[] }>) {
  const { goals, sdgTargets: targets } = values;
  const onGoals = (next: number[]) => update({ goals: next });
  const onTargets = (next: string[]) => update({ sdgTargets: next });
  /** Goals that follow from chosen targets: shown as chosen, unchosen only with their targets. */
  const impliedGoals = goalsOf({ goals: [], sdgTargets: targets });
  const { t } = useTranslation();
  const sdgs = useSdgs();
  const goalOptions = sdgGoalOptions(sdgs.list);
  const targetOptions = sdgTargetOptions(sdgs.list, t);
  const shownGoals = [...new Set([...goals, ...impliedGoals])].map(String);
  return (
    <>
      <SearchableChecklist
        id={form.fieldId('sdgTargets')}
        legend={form.labels.sdgTargets}
        hint={t('listings.hint.sdgTargets')}
        error={form.errors.sdgTargets}
        optional
        options={targetOptions}
        values={targets}
        onChange={onTargets}
      />
      <SearchableChecklist
        id={form.fieldId('sdgs')}
        legend={form.labels.sdgs}
        hint={t('listings.hint.sdgs')}
        error={form.errors.sdgs}
        options={goalOptions}
        values={shownGoals}
        onChange={(chosen) => {
          const next = chosen.map(Number);
          // Unchoosing a goal that a target implies also unchooses its targets.
          onTargets(targets.filter((target) => next.includes(Number(target.split('.')[0]))));
          onGoals(next);
        }}
      />
    </>
  );
}

export interface OrganizationChoice {
  id: string;
  slug: string;
  name: string;
  type: string | undefined;
  solutions: { id: string; title: string }[];
}

/**
 * The organizations the member may publish for, government ones first (their type comes from
 * the public profile), with their published solutions.
 */
export function useOrganizationChoices(me: Me | null | undefined): { choices: OrganizationChoice[]; pending: boolean } {
  const memberships = me?.memberships ?? [];
  const details = useQueries({ queries: memberships.map((m) => organizationQueries.detail(m.slug)) });
  const choices = memberships.map((m, i) => {
    const detail = details[i]?.data;
    return {
      id: m.organizationId,
      slug: m.slug,
      name: m.name,
      type: detail?.type,
      solutions: (detail?.solutions ?? []).map((s) => ({ id: s.id, title: s.title })),
    };
  });
  const rank = (c: OrganizationChoice) => (c.type === 'government' ? 0 : c.type === 'cooperation_agency' ? 1 : 2);
  choices.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  return { choices, pending: details.some((d) => d.isPending) };
}

/** A page that publishes a listing: for signed-in members of an organization to publish for. */
export function PublisherGate({ title, children }: { title: string; children: (me: Me) => ReactNode }) {
  const { t } = useTranslation();
  const { me, gate } = useSignedInGate();
  useDocumentTitle(title);
  if (!me) return gate;
  if (me.memberships.length === 0) {
    return (
      <>
        <h1>{title}</h1>
        <div className="notice">
          <p>{t('listings.wizard.noOrganization')}</p>
          <p>
            <Link to="/organizations/new">{t('listings.wizard.registerOrganization')}</Link>
          </p>
        </div>
      </>
    );
  }
  return children(me);
}
