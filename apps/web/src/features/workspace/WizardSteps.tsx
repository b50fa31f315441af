import {
  BUDGET_RANGES,
  CONTENT_LANGUAGES,
  COUNTRY_ROLES,
  MODALITIES,
  ORGANIZATION_ROLES_IN_SOLUTION,
  ORGANIZATION_TYPES,
  PROJECT_STATUSES,
  THEMES,
  goalOfTarget,
} from '@galaxy/contracts';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiForm } from '../../app/useApiForm';
import { useCountries, useCountryOptions, useSdgs } from '../../app/useReference';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { sdgGoalOptions, sdgTargetOptions } from '../../components/sdg-options';
import { SearchableChecklist } from '../../components/SearchableChecklist';
import {
  emptyBlock,
  emptyContact,
  emptyFunder,
  emptyLink,
  emptyOrganization,
  newKey,
  type DraftKey,
  type DraftValues,
} from './draft-model';
import { RowList } from './RowList';
import './workspace.css';

export interface StepProps {
  form: ApiForm;
  values: DraftValues;
  update: (change: (values: DraftValues) => DraftValues) => void;
}

/** The label of each input, by the name its errors use (`contacts.0.email`). */
export function draftLabels(t: TFunction, values: DraftValues, countryName: (iso2: string) => string) {
  const labels: Record<string, string> = {};
  /** The longer name the error summary uses: "Contact 2: Email". */
  const summary: Record<string, string> = {};
  const top: DraftKey[] = [
    'language',
    'title',
    'subtitle',
    'summary',
    'challenge',
    'towardsSolution',
    'resultsImpact',
    'sustainability',
    'replicability',
    'lessonsLearned',
    'sdgs',
    'sdgTargets',
    'countries',
    'modality',
    'themes',
    'projectStatus',
    'startYear',
    'endYear',
    'budgetRange',
    'beneficiaries',
    'organizations',
    'funders',
    'buildingBlocks',
    'contacts',
    'links',
  ];
  for (const key of top) labels[key] = summary[key] = t(`workspace.field.${key}`);
  const rows = (key: DraftKey, item: string, subs: readonly string[], count: number) => {
    for (let i = 0; i < count; i++) {
      const row = t(`workspace.${item}.item`, { n: i + 1 });
      labels[`${key}.${i}`] = summary[`${key}.${i}`] = row;
      for (const sub of subs) {
        labels[`${key}.${i}.${sub}`] = t(`workspace.${item}.${sub}`);
        summary[`${key}.${i}.${sub}`] = `${row}: ${t(`workspace.${item}.${sub}`)}`;
      }
    }
  };
  rows('buildingBlocks', 'block', ['title', 'description', 'enablingFactors', 'lessons'], values.buildingBlocks.length);
  rows('contacts', 'contact', ['name', 'role', 'email', 'organization'], values.contacts.length);
  rows('links', 'link', ['label', 'url'], values.links.length);
  rows('organizations', 'org', ['name', 'acronym', 'type', 'role', 'country'], values.organizations.length);
  rows('funders', 'funder', ['name', 'type', 'amount', 'currency', 'year'], values.funders.length);
  values.countries.forEach((c, i) => {
    const name = countryName(c.country);
    labels[`countries.${i}`] = summary[`countries.${i}`] = name;
    labels[`countries.${i}.role`] = summary[`countries.${i}.role`] = t('workspace.countryRole', { country: name });
  });
  return { labels, summary };
}

const set =
  <K extends DraftKey>(update: StepProps['update'], key: K) =>
  (value: DraftValues[K]) =>
    update((v) => ({ ...v, [key]: value }));

export function BasicsStep({ form, values, update }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        form={form}
        name="language"
        value={values.language}
        onChange={set(update, 'language')}
        placeholder={t('workspace.choose')}
        hint={t('workspace.hint.language')}
        options={CONTENT_LANGUAGES.map((l) => ({ value: l, label: t(`contentLanguage.${l}`) }))}
      />
      <TextField form={form} name="title" value={values.title} onChange={set(update, 'title')} dirAuto />
      <TextField
        form={form}
        name="subtitle"
        value={values.subtitle}
        onChange={set(update, 'subtitle')}
        dirAuto
        optional
      />
      <TextAreaField
        form={form}
        name="summary"
        value={values.summary}
        onChange={set(update, 'summary')}
        hint={t('workspace.hint.summary')}
        rows={5}
      />
    </>
  );
}

export function NarrativeStep({ form, values, update }: StepProps) {
  const { t } = useTranslation();
  const sections = [
    ['challenge', false],
    ['towardsSolution', false],
    ['resultsImpact', false],
    ['sustainability', true],
    ['replicability', true],
    ['lessonsLearned', true],
  ] as const;
  return (
    <>
      {sections.map(([key, optional]) => (
        <TextAreaField
          key={key}
          form={form}
          name={key}
          value={values[key]}
          onChange={set(update, key)}
          hint={t(`workspace.hint.${key}`)}
          optional={optional}
          rows={7}
        />
      ))}
    </>
  );
}

export function SdgStep({ form, values, update }: StepProps) {
  const { t } = useTranslation();
  const sdgs = useSdgs();
  const goalOptions = sdgGoalOptions(sdgs.list);
  // Targets of the chosen goals, and any chosen target whose goal is no longer chosen (to unchoose it).
  const goals = new Set([...values.sdgs, ...values.sdgTargets.map(goalOfTarget)]);
  const targetOptions = sdgTargetOptions(
    sdgs.list.filter((g) => goals.has(g.number)),
    t,
  );
  return (
    <>
      <SearchableChecklist
        id={form.fieldId('sdgs')}
        legend={form.labels.sdgs}
        hint={t('workspace.hint.sdgs')}
        error={form.errors.sdgs}
        options={goalOptions}
        values={values.sdgs.map(String)}
        onChange={(chosen) => update((v) => ({ ...v, sdgs: chosen.map(Number) }))}
      />
      <SearchableChecklist
        id={form.fieldId('sdgTargets')}
        legend={form.labels.sdgTargets}
        hint={t('workspace.hint.sdgTargets')}
        error={form.errors.sdgTargets}
        optional
        options={targetOptions}
        values={values.sdgTargets}
        onChange={set(update, 'sdgTargets')}
        empty={t('workspace.noTargetsYet')}
      />
    </>
  );
}

export function CountriesStep({ form, values, update }: StepProps) {
  const { t } = useTranslation();
  const countries = useCountries();
  const options = useCountryOptions();
  const chosen = values.countries.map((c) => c.country);
  const choose = (codes: string[]) =>
    update((v) => ({
      ...v,
      countries: codes.map(
        (code) => v.countries.find((c) => c.country === code) ?? { key: newKey(), country: code, role: '' },
      ),
    }));
  const roleOptions = COUNTRY_ROLES.map((r) => ({ value: r, label: t(`countryRoles.${r}`, { count: 1 }) }));
  return (
    <>
      <SelectField
        form={form}
        name="modality"
        value={values.modality}
        onChange={set(update, 'modality')}
        placeholder={t('workspace.choose')}
        hint={t('workspace.hint.modality')}
        options={MODALITIES.map((m) => ({ value: m, label: t(`modality.${m}`) }))}
      />
      <SearchableChecklist
        id={form.fieldId('countries')}
        legend={form.labels.countries}
        hint={t('workspace.hint.countries')}
        error={form.errors.countries}
        options={options}
        values={chosen}
        onChange={choose}
      />
      {values.countries.length > 0 && (
        <fieldset className="field country-roles">
          <legend>{t('workspace.countryRoles')}</legend>
          <p className="field-hint">{t('workspace.hint.countryRoles')}</p>
          <ul className="plain-list">
            {values.countries.map((c, i) => (
              <li key={c.key} id={form.fieldId(`countries.${i}`)} tabIndex={-1} className="country-role-row">
                <SelectField
                  form={form}
                  name={`countries.${i}.role`}
                  value={c.role}
                  placeholder={t('workspace.choose')}
                  options={roleOptions}
                  onChange={(role) =>
                    update((v) => ({
                      ...v,
                      countries: v.countries.map((x, j) => (j === i ? { ...x, role } : x)),
                    }))
                  }
                />
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => choose(chosen.filter((code) => code !== c.country))}
                >
                  {t('workspace.remove')}
                  <span className="visually-hidden">: {countries.name(c.country)}</span>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </>
  );
}

export function DetailsStep({ form, values, update }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        form={form}
        name="projectStatus"
        value={values.projectStatus}
        onChange={set(update, 'projectStatus')}
        placeholder={t('workspace.choose')}
        options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`projectStatus.${s}`) }))}
      />
      <div className="field-pair">
        <TextField
          form={form}
          name="startYear"
          value={values.startYear}
          onChange={set(update, 'startYear')}
          hint={t('workspace.hint.year')}
          inputMode="numeric"
        />
        <TextField
          form={form}
          name="endYear"
          value={values.endYear}
          onChange={set(update, 'endYear')}
          hint={t('workspace.hint.endYear')}
          inputMode="numeric"
          optional
        />
      </div>
      <SelectField
        form={form}
        name="budgetRange"
        value={values.budgetRange}
        onChange={set(update, 'budgetRange')}
        placeholder={t('workspace.notSaid')}
        options={BUDGET_RANGES.map((b) => ({ value: b, label: t(`budgetRange.${b}`) }))}
        optional
      />
      <TextAreaField
        form={form}
        name="beneficiaries"
        value={values.beneficiaries}
        onChange={set(update, 'beneficiaries')}
        hint={t('workspace.hint.beneficiaries')}
        optional
        rows={3}
      />
      <CheckboxGroup
        form={form}
        name="themes"
        legend={form.labels.themes}
        hint={t('workspace.hint.themes')}
        values={values.themes}
        onChange={set(update, 'themes')}
        options={THEMES.map((theme) => ({ value: theme, label: t(`theme.${theme}`) }))}
        optional
        columns="narrow"
      />
    </>
  );
}

export function OrganizationsStep({ form, values, update }: StepProps) {
  const { t } = useTranslation();
  const countries = useCountries();
  const countryOptions = useMemo(
    () =>
      [...countries.list].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ value: c.iso2, label: c.name })),
    [countries.list],
  );
  return (
    <>
      <p className="field-hint">{t('workspace.hint.organizations')}</p>
      <RowList
        id={form.fieldId('organizations')}
        rows={values.organizations}
        onChange={set(update, 'organizations')}
        newRow={emptyOrganization}
        rowLabel={(i) => t('workspace.org.item', { n: i + 1 })}
        first="name"
        addLabel={t('workspace.org.add')}
        max={30}
      >
        {(row, i, change) => (
          <>
            <TextField
              form={form}
              name={`organizations.${i}.name`}
              value={row.name}
              onChange={(name) => change({ ...row, name })}
              dirAuto
            />
            <TextField
              form={form}
              name={`organizations.${i}.acronym`}
              value={row.acronym}
              onChange={(acronym) => change({ ...row, acronym })}
              dirAuto
              optional
            />
            <SelectField
              form={form}
              name={`organizations.${i}.type`}
              value={row.type}
              onChange={(type) => change({ ...row, type })}
              placeholder={t('workspace.choose')}
              options={ORGANIZATION_TYPES.map((o) => ({ value: o, label: t(`organizationType.${o}`) }))}
            />
            <SelectField
              form={form}
              name={`organizations.${i}.role`}
              value={row.role}
              onChange={(role) => change({ ...row, role })}
              placeholder={t('workspace.choose')}
              options={ORGANIZATION_ROLES_IN_SOLUTION.map((r) => ({ value: r, label: t(`organizationRole.${r}`) }))}
            />
            <SelectField
              form={form}
              name={`organizations.${i}.country`}
              value={row.country}
              onChange={(country) => change({ ...row, country })}
              placeholder={t('workspace.notSaid')}
              options={countryOptions}
              optional
            />
          </>
        )}
      </RowList>
      <section aria-labelledby="funders-heading" className="wizard-subsection">
        <h3 id="funders-heading">{form.labels.funders}</h3>
        <p className="field-hint">{t('workspace.hint.funders')}</p>
        <RowList
          id={form.fieldId('funders')}
          rows={values.funders}
          onChange={set(update, 'funders')}
          newRow={emptyFunder}
          rowLabel={(i) => t('workspace.funder.item', { n: i + 1 })}
          first="name"
          addLabel={t('workspace.funder.add')}
          max={30}
        >
          {(row, i, change) => (
            <>
              <TextField
                form={form}
                name={`funders.${i}.name`}
                value={row.name}
                onChange={(name) => change({ ...row, name })}
                dirAuto
              />
              <SelectField
                form={form}
                name={`funders.${i}.type`}
                value={row.type}
                onChange={(type) => change({ ...row, type })}
                placeholder={t('workspace.choose')}
                options={ORGANIZATION_TYPES.map((o) => ({ value: o, label: t(`organizationType.${o}`) }))}
              />
              <div className="field-pair">
                <TextField
                  form={form}
                  name={`funders.${i}.amount`}
                  value={row.amount}
                  onChange={(amount) => change({ ...row, amount })}
                  inputMode="numeric"
                  optional
                />
                <TextField
                  form={form}
                  name={`funders.${i}.currency`}
                  value={row.currency}
                  onChange={(currency) => change({ ...row, currency })}
                  optional
                />
              </div>
              <TextField
                form={form}
                name={`funders.${i}.year`}
                value={row.year}
                onChange={(year) => change({ ...row, year })}
                inputMode="numeric"
                optional
              />
            </>
          )}
        </RowList>
      </section>
    </>
  );
}

export function BuildingBlocksStep({ form, values, update }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="field-hint">{t('workspace.hint.buildingBlocks')}</p>
      <RowList
        id={form.fieldId('buildingBlocks')}
        rows={values.buildingBlocks}
        onChange={set(update, 'buildingBlocks')}
        newRow={emptyBlock}
        rowLabel={(i) => t('workspace.block.item', { n: i + 1 })}
        first="title"
        addLabel={t('workspace.block.add')}
        max={20}
        reorder
      >
        {(row, i, change) => (
          <>
            <TextField
              form={form}
              name={`buildingBlocks.${i}.title`}
              value={row.title}
              onChange={(title) => change({ ...row, title })}
              dirAuto
            />
            <TextAreaField
              form={form}
              name={`buildingBlocks.${i}.description`}
              value={row.description}
              onChange={(description) => change({ ...row, description })}
              rows={4}
            />
            <TextAreaField
              form={form}
              name={`buildingBlocks.${i}.enablingFactors`}
              value={row.enablingFactors}
              onChange={(enablingFactors) => change({ ...row, enablingFactors })}
              optional
              rows={3}
            />
            <TextAreaField
              form={form}
              name={`buildingBlocks.${i}.lessons`}
              value={row.lessons}
              onChange={(lessons) => change({ ...row, lessons })}
              optional
              rows={3}
            />
          </>
        )}
      </RowList>
    </>
  );
}

export function ContactsStep({ form, values, update }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="contacts-heading" className="wizard-subsection">
        <h3 id="contacts-heading">{form.labels.contacts}</h3>
        <p className="field-hint">{t('workspace.hint.contacts')}</p>
        <RowList
          id={form.fieldId('contacts')}
          rows={values.contacts}
          onChange={set(update, 'contacts')}
          newRow={emptyContact}
          rowLabel={(i) => t('workspace.contact.item', { n: i + 1 })}
          first="name"
          addLabel={t('workspace.contact.add')}
          max={10}
        >
          {(row, i, change) => (
            <>
              <TextField
                form={form}
                name={`contacts.${i}.name`}
                value={row.name}
                onChange={(name) => change({ ...row, name })}
                dirAuto
              />
              <TextField
                form={form}
                name={`contacts.${i}.role`}
                value={row.role}
                onChange={(role) => change({ ...row, role })}
                dirAuto
                optional
              />
              <TextField
                form={form}
                name={`contacts.${i}.email`}
                type="email"
                inputMode="email"
                value={row.email}
                onChange={(email) => change({ ...row, email })}
                optional
              />
              <TextField
                form={form}
                name={`contacts.${i}.organization`}
                value={row.organization}
                onChange={(organization) => change({ ...row, organization })}
                dirAuto
                optional
              />
            </>
          )}
        </RowList>
      </section>
      <section aria-labelledby="links-heading" className="wizard-subsection">
        <h3 id="links-heading">{form.labels.links}</h3>
        <p className="field-hint">{t('workspace.hint.links')}</p>
        <RowList
          id={form.fieldId('links')}
          rows={values.links}
          onChange={set(update, 'links')}
          newRow={emptyLink}
          rowLabel={(i) => t('workspace.link.item', { n: i + 1 })}
          first="label"
          addLabel={t('workspace.link.add')}
          max={20}
          reorder
        >
          {(row, i, change) => (
            <>
              <TextField
                form={form}
                name={`links.${i}.label`}
                value={row.label}
                onChange={(label) => change({ ...row, label })}
                dirAuto
              />
              <TextField
                form={form}
                name={`links.${i}.url`}
                type="url"
                inputMode="url"
                value={row.url}
                onChange={(url) => change({ ...row, url })}
                hint={t('workspace.hint.url')}
              />
            </>
          )}
        </RowList>
      </section>
    </>
  );
}
