import { OrganizationAdminViewSchema, OrganizationRegisterInputSchema, type Me } from '@galaxy/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiSend } from '../../app/api';
import { useApiForm } from '../../app/useApiForm';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ApiFormElement, SubmitButton } from '../../components/FormFields';
import { ResendVerificationButton } from '../../components/ResendVerificationButton';
import { SignedInOnly } from '../../components/SignedInOnly';
import { organizationChanged } from './organization-queries';
import { SimilarOrganizations } from './SimilarOrganizations';
import {
  EMPTY_ORGANIZATION,
  OrganizationFields,
  organizationInput,
  organizationLabels,
  type OrganizationValues,
} from './OrganizationFields';
import './organizations.css';

export function RegisterOrganizationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organization.registerTitle'));
  return <SignedInOnly>{(me) => <RegisterOrganization me={me} />}</SignedInOnly>;
}

function RegisterOrganization({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<OrganizationValues>(EMPTY_ORGANIZATION);

  const { form, submit } = useApiForm({
    id: 'register-organization',
    schema: OrganizationRegisterInputSchema,
    labels: organizationLabels(t),
    send: (input) => apiSend('POST', '/organizations', input, OrganizationAdminViewSchema),
    onSuccess: (view) => {
      organizationChanged(queryClient, view);
      void navigate(`/organizations/${view.id}/settings`, { state: { registered: true } });
    },
  });

  return (
    <section className="form-page" aria-labelledby="register-title">
      <nav aria-label={t('solution.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/account">{t('account.title')}</Link>
          </li>
        </ol>
      </nav>
      <h1 id="register-title">{t('organization.registerTitle')}</h1>
      <p className="lead">{t('organization.registerLead')}</p>
      {!me.emailVerified && (
        <div className="notice notice-warning">
          <p>{t('organization.verifyFirst', { email: me.email })}</p>
          <p>
            <ResendVerificationButton />
          </p>
        </div>
      )}
      <ApiFormElement form={form} labelledBy="register-title" onSubmit={() => void submit(organizationInput(values))}>
        <OrganizationFields
          form={form}
          values={values}
          onChange={setValues}
          afterName={<SimilarOrganizations name={values.name} />}
        />
        <SubmitButton form={form}>{t('organization.registerSubmit')}</SubmitButton>
      </ApiFormElement>
    </section>
  );
}
