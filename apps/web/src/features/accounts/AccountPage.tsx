import type { Me } from '@galaxy/contracts';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiSend } from '../../app/api';
import { NATIVE_NAMES } from '../../app/LanguageSwitcher';
import { problemFeedback } from '../../app/problem-feedback';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ResendVerificationButton } from '../../components/ResendVerificationButton';
import { SignedInOnly } from '../../components/SignedInOnly';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileForm } from './ProfileForm';
import './accounts.css';

export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  return <SignedInOnly>{(me) => <AccountView me={me} />}</SignedInOnly>;
}

function AccountView({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <div className="account-page">
      <h1>{t('account.title')}</h1>
      <p className="lead">{t('account.signedInAs', { email: me.email })}</p>

      {!me.emailVerified && (
        <div className="notice notice-warning">
          <p>{t('account.checkInbox', { email: me.email })}</p>
          <p>
            <ResendVerificationButton />
          </p>
        </div>
      )}

      <div className="account-grid">
        <div className="account-column">
          <section aria-labelledby="organizations-heading" className="panel">
            <h2 id="organizations-heading">{t('account.organizations')}</h2>
            {me.memberships.length === 0 ? (
              <p>{t('account.noOrganizations')}</p>
            ) : (
              <ul className="membership-list">
                {me.memberships.map((m) => (
                  <li key={m.organizationId}>
                    <span className="membership-name" dir="auto">
                      {m.name}
                    </span>
                    <span className="muted">{t(`memberRole.${m.role}`)}</span>
                    <span className="membership-links">
                      <Link to={`/organizations/${m.organizationId}/settings`}>
                        {t('account.settings')}
                        <span className="visually-hidden">: {m.name}</span>
                      </Link>
                      <Link to={`/organizations/${m.organizationId}/solutions`}>
                        {t('workspace.listLink')}
                        <span className="visually-hidden">: {m.name}</span>
                      </Link>
                      <Link to={`/partners/${m.slug}`}>
                        {t('account.publicProfile')}
                        <span className="visually-hidden">: {m.name}</span>
                      </Link>
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link to="/organizations/new" className="button-link">
                {t('account.register')}
              </Link>
            </p>
          </section>

          <section aria-labelledby="email-heading" className="panel">
            <h2 id="email-heading">{t('account.emailHeading')}</h2>
            <p>
              <span className="email" dir="ltr">
                {me.email}
              </span>{' '}
              <span className={me.emailVerified ? 'badge badge-ok' : 'badge badge-warning'}>
                {me.emailVerified ? t('account.verified') : t('account.notVerified')}
              </span>
            </p>
            {!me.emailVerified && <p className="muted">{t('account.whyVerify')}</p>}
            <p>
              {t('account.mailLanguage')} <span lang={me.locale}>{NATIVE_NAMES[me.locale]}</span>
            </p>
            <p className="muted">{t('account.mailLanguageHint')}</p>
          </section>
        </div>

        <div className="account-column">
          <section aria-labelledby="profile-heading" className="panel">
            <h2 id="profile-heading">{t('account.profile')}</h2>
            <ProfileForm me={me} />
          </section>

          <section aria-labelledby="password-heading" className="panel">
            <h2 id="password-heading">{t('account.password')}</h2>
            <ChangePasswordForm email={me.email} />
            <SignOutOthers />
          </section>
        </div>
      </div>
    </div>
  );
}

function SignOutOthers() {
  const { t } = useTranslation();
  const signOut = useMutation({ mutationFn: () => apiSend('POST', '/auth/logout-others') });
  return (
    <div className="sign-out-others">
      <h3>{t('account.otherDevices')}</h3>
      <p className="muted">{t('account.otherDevicesHint')}</p>
      <button type="button" className="button-secondary" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
        {t('account.signOutOthers')}
      </button>
      <div role="status" className="status-region">
        {signOut.isSuccess && <p className="notice notice-success">{t('account.signedOutOthers')}</p>}
        {signOut.isError && <p className="notice notice-error">{problemFeedback(signOut.error, t).message}</p>}
      </div>
    </div>
  );
}
