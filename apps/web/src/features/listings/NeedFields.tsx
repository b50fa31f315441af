import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiForm } from '../../app/useApiForm';
import { useLanguage } from '../../app/useLanguage';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { listingQueries } from './listing-queries';
import {
  CountriesField,
  InputField,
  LanguagesField,
  ModalitiesField,
  SdgFields,
  VisibilityField,
  type OrganizationChoice,
} from './ListingFields';
import type { NeedValues } from './need-form';
import './listings.css';

export interface NeedFieldsProps {
  form: ApiForm;
  values: NeedValues;
  update: (change: Partial<NeedValues>) => void;
}

export function needLabels(t: TFunction): Record<string, string> {
  const keys = [
    'organizationId',
    'title',
    'problemStatement',
    'currentSituation',
    'desiredOutcome',
    'sdgTargets',
    'sdgs',
    'countries',
    'modalities',
    'languages',
    'timeframeStart',
    'timeframeEnd',
    'cash',
    'inKind',
    'staff',
    'focalPointName',
    'focalPointTitle',
    'endorsedOn',
    'visibility',
  ];
  return Object.fromEntries(keys.map((key) => [key, t(`listings.field.${key}`)]));
}

export function OrganizationField({
  form,
  values,
  update,
  choices,
}: NeedFieldsProps & { choices: OrganizationChoice[] }) {
  const { t } = useTranslation();
  return (
    <SelectField
      form={form}
      name="organizationId"
      value={values.organizationId}
      onChange={(organizationId) => update({ organizationId })}
      hint={t('listings.hint.organizationNeed')}
      placeholder={choices.length > 1 ? t('workspace.choose') : undefined}
      options={choices.map((c) => ({
        value: c.id,
        label: c.type ? `${c.name} (${t(`organizationType.${c.type}`)})` : c.name,
      }))}
    />
  );
}

export function ProblemFields({ form, values, update }: NeedFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        form={form}
        name="title"
        value={values.title}
        onChange={(title) => update({ title })}
        hint={t('listings.hint.title')}
        dirAuto
      />
      <TextAreaField
        form={form}
        name="problemStatement"
        value={values.problemStatement}
        onChange={(problemStatement) => update({ problemStatement })}
        hint={t('listings.hint.problemStatement')}
      />
      <TextAreaField
        form={form}
        name="currentSituation"
        value={values.currentSituation}
        onChange={(currentSituation) => update({ currentSituation })}
        hint={t('listings.hint.currentSituation')}
        optional
        rows={4}
      />
      <TextAreaField
        form={form}
        name="desiredOutcome"
        value={values.desiredOutcome}
        onChange={(desiredOutcome) => update({ desiredOutcome })}
        hint={t('listings.hint.desiredOutcome')}
        rows={4}
      />
    </>
  );
}

/** The text the targets are suggested from: everything typed about the problem so far. */
export function problemText(values: NeedValues): string {
  return [values.title, values.problemStatement, values.currentSituation, values.desiredOutcome]
    .map((s) => s.trim())
    .filter(Boolean)
    .join('\n')
    .slice(0, 5000);
}

/** Targets the text is likely about, each added with one click; then the full pickers. */
export function TargetFields({ form, values, update, suggest = true }: NeedFieldsProps & { suggest?: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = problemText(values);
  const suggestions = useQuery({
    ...listingQueries.targetSuggestions(text, lang),
    enabled: suggest && text.length >= 3,
  });
  const items = suggestions.data?.items ?? [];
  const add = (id: string) => update({ sdgTargets: [...values.sdgTargets, id] });
  const remove = (id: string) => update({ sdgTargets: values.sdgTargets.filter((x) => x !== id) });

  return (
    <>
      {suggest && (
        <section className="target-suggestions" aria-labelledby="target-suggestions-heading">
          <h3 id="target-suggestions-heading">{t('listings.suggestTargets.heading')}</h3>
          <p className="field-hint">{t('listings.suggestTargets.lead')}</p>
          <div role="status" className="status-region">
            {text.length < 3 && <p className="muted">{t('listings.suggestTargets.noText')}</p>}
            {suggestions.isFetching && <p className="muted">{t('listings.suggestTargets.loading')}</p>}
            {suggestions.isError && <p className="muted">{t('listings.suggestTargets.failed')}</p>}
            {suggestions.isSuccess &&
              !suggestions.isFetching &&
              (items.length === 0
                ? t('listings.suggestTargets.none')
                : t('listings.suggestTargets.found', { count: items.length }))}
          </div>
          {items.length > 0 && (
            <ul className="plain-list target-suggestion-list">
              {items.map((item) => {
                const chosen = values.sdgTargets.includes(item.id);
                return (
                  <li key={item.id} className={chosen ? 'target-suggestion chosen' : 'target-suggestion'}>
                    <span className="target-suggestion-text">
                      <span className="target-id">{item.id}</span> {item.title}
                    </span>
                    {chosen ? (
                      <button type="button" className="button-secondary" onClick={() => remove(item.id)}>
                        {t('listings.suggestTargets.remove', { target: item.id })}
                      </button>
                    ) : (
                      <button type="button" className="button-primary" onClick={() => add(item.id)}>
                        {t('listings.suggestTargets.add', { target: item.id })}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
      <SdgFields form={form} values={values} update={update} />
    </>
  );
}

export function ScopeFields({ form, values, update }: NeedFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <CountriesField
        form={form}
        name="countries"
        values={values.countries}
        onChange={(countries) => update({ countries })}
        hint={t('listings.hint.countries')}
      />
      <ModalitiesField form={form} values={values} update={update} hint={t('listings.hint.modalitiesNeed')} />
      <LanguagesField form={form} values={values} update={update} hint={t('listings.hint.languages')} />
      <fieldset className="field">
        <legend>
          {t('listings.field.timeframe')} <span className="optional">{t('form.optional')}</span>
        </legend>
        <p className="field-hint">{t('listings.hint.timeframe')}</p>
        <div className="field-pair">
          <InputField
            form={form}
            name="timeframeStart"
            type="month"
            value={values.timeframeStart}
            onChange={(timeframeStart) => update({ timeframeStart })}
          />
          <InputField
            form={form}
            name="timeframeEnd"
            type="month"
            value={values.timeframeEnd}
            onChange={(timeframeEnd) => update({ timeframeEnd })}
          />
        </div>
      </fieldset>
    </>
  );
}

export function ContributionFields({ form, values, update }: NeedFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="field">
        <legend>
          {t('listings.field.coContribution')} <span className="optional">{t('form.optional')}</span>
        </legend>
        <p className="field-hint">{t('listings.hint.coContribution')}</p>
        <TextField form={form} name="cash" value={values.cash} onChange={(cash) => update({ cash })} dirAuto optional />
        <TextField
          form={form}
          name="inKind"
          value={values.inKind}
          onChange={(inKind) => update({ inKind })}
          hint={t('listings.hint.inKind')}
          dirAuto
          optional
        />
        <TextField
          form={form}
          name="staff"
          value={values.staff}
          onChange={(staff) => update({ staff })}
          hint={t('listings.hint.staff')}
          dirAuto
          optional
        />
      </fieldset>
      <fieldset className="field">
        <legend>
          {t('listings.field.endorsement')} <span className="optional">{t('form.optional')}</span>
        </legend>
        <p className="field-hint">{t('listings.hint.endorsement')}</p>
        <CheckboxField
          form={{ ...form, labels: { ...form.labels, endorsed: t('listings.field.endorsed') } }}
          name="endorsed"
          checked={values.endorsed}
          onChange={(endorsed) => update({ endorsed })}
        />
        {values.endorsed && (
          <>
            <TextField
              form={form}
              name="focalPointName"
              value={values.focalPointName}
              onChange={(focalPointName) => update({ focalPointName })}
              autoComplete="off"
              dirAuto
            />
            <TextField
              form={form}
              name="focalPointTitle"
              value={values.focalPointTitle}
              onChange={(focalPointTitle) => update({ focalPointTitle })}
              dirAuto
              optional
            />
            <InputField
              form={form}
              name="endorsedOn"
              type="date"
              value={values.endorsedOn}
              onChange={(endorsedOn) => update({ endorsedOn })}
            />
          </>
        )}
      </fieldset>
    </>
  );
}

export function NeedVisibilityField({ form, values, update }: NeedFieldsProps) {
  return <VisibilityField form={form} kind="need" values={values} update={update} />;
}
