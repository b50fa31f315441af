import {
  OrganizationAdminViewSchema,
  OrganizationUpdateInputSchema,
  type OrganizationAdminView,
  type OrganizationUpdateInput,
} from '@galaxy/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../app/api';
import { useApiForm } from '../../app/useApiForm';
import { useCountries, useSdgs } from '../../app/useReference';
import { ApiFormElement, StatusMessage, SubmitButton } from '../../components/FormFields';
import { organizationChanged } from './organization-queries';
import {
  OrganizationFields,
  organizationInput,
  organizationLabels,
  valuesFromView,
  type OrganizationValues,
} from './OrganizationFields';
import './organizations.css';

/** Fields the API cannot empty once set (it takes a new value, not a blank one). */
const NOT_CLEARABLE = ['country', 'website', 'contactEmail'] as const;

export function OrganizationProfileEditor({ view }: { view: OrganizationAdminView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<OrganizationValues>(() => valuesFromView(view));
  const [status, setStatus] = useState<string>();

  const { form, submit, reject } = useApiForm({
    id: 'organization-profile',
    schema: OrganizationUpdateInputSchema,
    labels: organizationLabels(t),
    send: (input) => apiSend('PATCH', `/organizations/${view.id}`, input, OrganizationAdminViewSchema),
    onSuccess: (updated) => {
      organizationChanged(queryClient, updated);
      setStatus(t('organization.saved'));
    },
  });

  const save = () => {
    setStatus(undefined);
    const before = organizationInput(valuesFromView(view));
    const after = organizationInput(values);
    const cleared = NOT_CLEARABLE.filter((key) => before[key] !== undefined && after[key] === undefined);
    if (cleared.length > 0) {
      reject({ fields: Object.fromEntries(cleared.map((key) => [key, t('organization.cannotClear')])) });
      return;
    }
    const changes: Record<string, unknown> = {};
    for (const key of Object.keys(after) as (keyof typeof after)[]) {
      if (JSON.stringify(after[key]) === JSON.stringify(before[key])) continue;
      // An acronym can be removed: the API takes an empty one.
      changes[key] = key === 'acronym' && after[key] === undefined ? '' : after[key];
    }
    if (Object.keys(changes).length === 0) {
      setStatus(t('organization.noChanges'));
      return;
    }
    void submit(changes as OrganizationUpdateInput);
  };

  return (
    <ApiFormElement form={form} labelledBy="profile-heading" onSubmit={save}>
      <OrganizationFields form={form} values={values} onChange={setValues} />
      <StatusMessage>{status}</StatusMessage>
      <SubmitButton form={form}>{t('organization.save')}</SubmitButton>
    </ApiFormElement>
  );
}

/** What editors and staff see: the profile, without the controls to change it. */
export function OrganizationProfileView({ view }: { view: OrganizationAdminView }) {
  const { t } = useTranslation();
  const countries = useCountries();
  const sdgs = useSdgs();
  const labels = organizationLabels(t);
  const none = <span className="muted">{t('organization.notGiven')}</span>;
  return (
    <dl className="facts profile-facts">
      <dt>{labels.name}</dt>
      <dd dir="auto">{view.name}</dd>
      <dt>{labels.acronym}</dt>
      <dd dir="auto">{view.acronym || none}</dd>
      <dt>{labels.type}</dt>
      <dd>{t(`organizationType.${view.type}`)}</dd>
      <dt>{labels.country}</dt>
      <dd>{view.country ? countries.name(view.country) : none}</dd>
      <dt>{labels.website}</dt>
      <dd>
        {view.website ? (
          <span className="url" dir="ltr">
            {view.website}
          </span>
        ) : (
          none
        )}
      </dd>
      <dt>{labels.description}</dt>
      <dd dir="auto" className="prose">
        {view.description}
      </dd>
      <dt>{labels.expertiseSdgs}</dt>
      <dd>
        {view.expertiseSdgs.length > 0 ? (
          <ul className="inline-list">
            {view.expertiseSdgs.map((goal) => (
              <li key={goal}>
                {goal}. {sdgs.goalName(goal)}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </dd>
      <dt>{labels.contactEmail}</dt>
      <dd>{view.contactEmail ? <span dir="ltr">{view.contactEmail}</span> : none}</dd>
    </dl>
  );
}
