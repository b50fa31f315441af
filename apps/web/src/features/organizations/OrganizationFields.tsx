import {
  ORGANIZATION_TYPES,
  type OrganizationAdminView,
  type OrganizationRegisterInput,
  type OrganizationType,
} from '@galaxy/contracts';
import type { TFunction } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/useLanguage';
import type { ApiForm } from '../../app/useApiForm';
import { useCountries, useSdgs } from '../../app/useReference';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../../components/FormFields';

export interface OrganizationValues {
  name: string;
  acronym: string;
  type: string;
  country: string;
  website: string;
  description: string;
  expertiseSdgs: string[];
  contactEmail: string;
}

export const EMPTY_ORGANIZATION: OrganizationValues = {
  name: '',
  acronym: '',
  type: '',
  country: '',
  website: '',
  description: '',
  expertiseSdgs: [],
  contactEmail: '',
};

export function valuesFromView(view: OrganizationAdminView): OrganizationValues {
  return {
    name: view.name,
    acronym: view.acronym ?? '',
    type: view.type,
    country: view.country ?? '',
    website: view.website ?? '',
    description: view.description,
    expertiseSdgs: view.expertiseSdgs.map(String),
    contactEmail: view.contactEmail ?? '',
  };
}

/** The input the contract expects: blanks left out (the schema would refuse an empty web address). */
export function organizationInput(values: OrganizationValues): OrganizationRegisterInput {
  const text = (value: string) => value.trim() || undefined;
  return {
    name: values.name,
    acronym: text(values.acronym),
    // Left unchosen, the schema says so next to the field.
    type: (values.type || undefined) as OrganizationType,
    country: values.country || undefined,
    website: text(values.website),
    description: values.description,
    expertiseSdgs: values.expertiseSdgs.map(Number).sort((a, b) => a - b),
    contactEmail: text(values.contactEmail),
  };
}

/** Labels in the order the fields appear (the error summary and the focus follow it). */
export function organizationLabels(t: TFunction): Record<keyof OrganizationValues, string> {
  return {
    name: t('organization.name'),
    acronym: t('organization.acronym'),
    type: t('organization.type'),
    country: t('organization.country'),
    website: t('organization.website'),
    description: t('organization.description'),
    expertiseSdgs: t('organization.expertise'),
    contactEmail: t('organization.contactEmail'),
  };
}

interface OrganizationFieldsProps {
  form: ApiForm;
  values: OrganizationValues;
  onChange: (values: OrganizationValues) => void;
  /** Shown right below the name, e.g. organizations already registered under a close name. */
  afterName?: ReactNode;
}

export function OrganizationFields({ form, values, onChange, afterName }: OrganizationFieldsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const countries = useCountries();
  const sdgs = useSdgs();
  const set =
    <K extends keyof OrganizationValues>(key: K) =>
    (value: OrganizationValues[K]) =>
      onChange({ ...values, [key]: value });

  const countryOptions = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return countries.list
      .map((c) => ({ value: c.iso2, label: c.name }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [countries.list, lang]);
  const typeOptions = ORGANIZATION_TYPES.map((type) => ({ value: type, label: t(`organizationType.${type}`) }));
  const sdgOptions = Array.from({ length: 17 }, (_, i) => i + 1).map((goal) => ({
    value: String(goal),
    label: (
      <>
        <span className="sdg-option-number">{goal}</span> {sdgs.goalName(goal)}
      </>
    ),
  }));

  return (
    <>
      <TextField
        form={form}
        name="name"
        value={values.name}
        onChange={set('name')}
        autoComplete="organization"
        dirAuto
      />
      {afterName}
      <TextField
        form={form}
        name="acronym"
        value={values.acronym}
        onChange={set('acronym')}
        optional
        hint={t('organization.acronymHint')}
        dirAuto
      />
      <SelectField
        form={form}
        name="type"
        value={values.type}
        onChange={set('type')}
        options={typeOptions}
        placeholder={t('organization.chooseType')}
      />
      <SelectField
        form={form}
        name="country"
        value={values.country}
        onChange={set('country')}
        options={countryOptions}
        placeholder={t('organization.chooseCountry')}
        optional
      />
      <TextField
        form={form}
        name="website"
        type="url"
        inputMode="url"
        value={values.website}
        onChange={set('website')}
        optional
        autoComplete="url"
        hint={t('organization.websiteHint')}
      />
      <TextAreaField
        form={form}
        name="description"
        value={values.description}
        onChange={set('description')}
        hint={t('organization.descriptionHint')}
        rows={7}
      />
      <CheckboxGroup
        form={form}
        name="expertiseSdgs"
        legend={t('organization.expertise')}
        hint={t('organization.expertiseHint')}
        values={values.expertiseSdgs}
        onChange={set('expertiseSdgs')}
        options={sdgOptions}
        optional
        columns="wide"
      />
      <TextField
        form={form}
        name="contactEmail"
        type="email"
        inputMode="email"
        value={values.contactEmail}
        onChange={set('contactEmail')}
        optional
        autoComplete="email"
        hint={t('organization.contactEmailHint')}
      />
    </>
  );
}
