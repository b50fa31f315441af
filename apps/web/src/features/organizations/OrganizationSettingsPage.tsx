import type { Me, OrganizationAdminView } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { z } from 'zod';
import { ApiError } from '../../app/api';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { LoadError, Loading } from '../../components/QueryStatus';
import { useSignedInGate } from '../../components/SignedInOnly';
import { NotFoundPage } from '../errors/NotFoundPage';
import { InviteForm, MembersList, PendingInvitations } from './MembersSection';
import { organizationAdminQueries } from './organization-queries';
import { OrganizationProfileEditor, OrganizationProfileView } from './OrganizationProfileSection';
import './organizations.css';

const isUuid = (id: string) => z.uuid().safeParse(id).success;

export function OrganizationSettingsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me, gate } = useSignedInGate();
  const valid = isUuid(id);
  const manage = useQuery({ ...organizationAdminQueries.manage(id), enabled: valid && Boolean(me) });
  const code = manage.error instanceof ApiError ? manage.error.code : undefined;
  useDocumentTitle(
    manage.data
      ? t('organization.settingsTitle', { name: manage.data.name })
      : code === 'NOT_FOUND' || !valid
        ? t('errors.notFoundTitle')
        : t('organization.settings'),
  );

  if (!me) return gate;
  if (!valid || code === 'NOT_FOUND') return <NotFoundPage />;
  if (code === 'FORBIDDEN') {
    return (
      <section className="message-page">
        <h1>{t('organization.settings')}</h1>
        <p className="notice notice-warning">{t('organization.notMember')}</p>
        <p>
          <Link to="/account">{t('verifyEmail.toAccount')}</Link>
        </p>
      </section>
    );
  }
  if (manage.isPending) return <Loading />;
  if (manage.isError) return <LoadError onRetry={() => void manage.refetch()} />;
  return <Settings view={manage.data} me={me} />;
}

function Settings({ view, me }: { view: OrganizationAdminView; me: Me }) {
  const { t } = useTranslation();
  const location = useLocation();
  const registered = (location.state as { registered?: boolean } | null)?.registered === true;
  const welcome = useRef<HTMLDivElement>(null);
  const membership = me.memberships.find((m) => m.organizationId === view.id);
  const fromMembers = view.members.find((m) => m.userId === me.id)?.role;
  const role = fromMembers ?? membership?.role;
  // Global administrators may do anything; curators look without changing.
  const isAdmin = role === 'admin' || me.role === 'admin';

  useEffect(() => {
    if (registered) welcome.current?.focus();
  }, [registered]);

  return (
    <div className="settings-page">
      <nav aria-label={t('solution.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/account">{t('account.title')}</Link>
          </li>
        </ol>
      </nav>
      <header className="solution-header">
        <h1 dir="auto">{view.name}</h1>
        <p className="solution-meta">
          <span>{t('organization.settings')}</span>
          <span>{t(`verification.${view.verification}`)}</span>
          {role && <span>{t('organization.yourRole', { role: t(`memberRole.${role}`) })}</span>}
        </p>
        <p className="button-row">
          <Link to={`/partners/${view.slug}`}>{t('organization.publicProfile')}</Link>
          <Link to={`/organizations/${view.id}/solutions`}>{t('workspace.listLink')}</Link>
        </p>
      </header>

      {registered && (
        <div className="notice notice-success" role="status" tabIndex={-1} ref={welcome}>
          <p>{t('organization.registered', { name: view.name })}</p>
        </div>
      )}

      <nav aria-label={t('organization.sections')} className="section-nav">
        <ul>
          <li>
            <a href="#profile-heading">{t('organization.profile')}</a>
          </li>
          <li>
            <a href="#members-heading">{t('organization.members')}</a>
          </li>
          {isAdmin && (
            <li>
              <a href="#invite-heading">{t('organization.invite')}</a>
            </li>
          )}
          <li>
            <a href="#invitations-heading">{t('organization.invitations')}</a>
          </li>
        </ul>
      </nav>

      <div className="settings-layout">
        <section aria-labelledby="profile-heading" className="panel">
          <h2 id="profile-heading" tabIndex={-1}>
            {t('organization.profile')}
          </h2>
          {isAdmin ? (
            <OrganizationProfileEditor view={view} />
          ) : (
            <>
              <p className="muted">{t('organization.readOnly')}</p>
              <OrganizationProfileView view={view} />
            </>
          )}
        </section>

        <div className="settings-side">
          <section aria-labelledby="members-heading" className="panel">
            <h2 id="members-heading" tabIndex={-1}>
              {t('organization.members')}
            </h2>
            <MembersList view={view} me={me} canManage={isAdmin} />
          </section>

          {isAdmin && (
            <section aria-labelledby="invite-heading" className="panel">
              <h2 id="invite-heading" tabIndex={-1}>
                {t('organization.invite')}
              </h2>
              <InviteForm view={view} />
            </section>
          )}

          <section aria-labelledby="invitations-heading" className="panel">
            <h2 id="invitations-heading" tabIndex={-1}>
              {t('organization.invitations')}
            </h2>
            <PendingInvitations view={view} canManage={isAdmin} />
          </section>
        </div>
      </div>
    </div>
  );
}
