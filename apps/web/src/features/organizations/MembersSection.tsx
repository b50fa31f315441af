import {
  InvitationInputSchema,
  MEMBER_ROLES,
  OrganizationAdminViewSchema,
  type Me,
  type MemberRole,
  type OrganizationAdminView,
} from '@galaxy/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, apiSend } from '../../app/api';
import { authQueries } from '../../app/auth-queries';
import { useFormatDate } from '../../app/format';
import { problemFeedback } from '../../app/problem-feedback';
import { useApiForm } from '../../app/useApiForm';
import { ApiFormElement, SelectField, StatusMessage, SubmitButton, TextField } from '../../components/FormFields';
import { organizationAdminQueries, organizationChanged } from './organization-queries';
import './organizations.css';

type Member = OrganizationAdminView['members'][number];

interface MembersProps {
  view: OrganizationAdminView;
  me: Me;
  canManage: boolean;
}

export function MembersList({ view, me, canManage }: MembersProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [status, setStatus] = useState<string>();
  const [problem, setProblem] = useState<ReactNode>();

  const explain = (error: unknown) =>
    setProblem(
      error instanceof ApiError && error.code === 'CONFLICT'
        ? t('organization.lastAdmin')
        : problemFeedback(error, t).message,
    );

  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: MemberRole }) =>
      apiSend('PATCH', `/organizations/${view.id}/members/${member.userId}`, { role }, OrganizationAdminViewSchema),
    onMutate: () => {
      setStatus(undefined);
      setProblem(undefined);
    },
    onSuccess: (updated, { member, role }) => {
      organizationChanged(queryClient, updated);
      setStatus(t('organization.roleChanged', { name: member.name, role: t(`memberRole.${role}`) }));
    },
    onError: explain,
  });

  const remove = useMutation({
    mutationFn: ({ member }: { member: Member }) =>
      apiSend('DELETE', `/organizations/${view.id}/members/${member.userId}`),
    onMutate: () => {
      setStatus(undefined);
      setProblem(undefined);
    },
    onSuccess: (_, { member }) => {
      if (member.userId === me.id) {
        // Left the organization: its settings are no longer ours to see.
        queryClient.removeQueries({ queryKey: organizationAdminQueries.manage(view.id).queryKey });
        void queryClient.invalidateQueries({ queryKey: authQueries.me().queryKey });
        void navigate('/account');
        return;
      }
      void queryClient.invalidateQueries({ queryKey: organizationAdminQueries.manage(view.id).queryKey });
      setStatus(t('organization.removed', { name: member.name }));
    },
    onError: explain,
  });

  const busy = changeRole.isPending || remove.isPending;

  return (
    <>
      <div role="alert" className="status-region">
        {problem && <p className="notice notice-error">{problem}</p>}
      </div>
      <StatusMessage>{status}</StatusMessage>
      <ul className="member-list">
        {view.members.map((member) => (
          <MemberRow
            key={member.userId}
            member={member}
            organization={view.name}
            isSelf={member.userId === me.id}
            canManage={canManage}
            busy={busy}
            onChangeRole={(role) => changeRole.mutateAsync({ member, role }).then(() => undefined)}
            onRemove={() => remove.mutate({ member })}
          />
        ))}
      </ul>
    </>
  );
}

interface MemberRowProps {
  member: Member;
  organization: string;
  isSelf: boolean;
  canManage: boolean;
  busy: boolean;
  /** Rejects when the API refuses; the row then shows the role the member still has. */
  onChangeRole: (role: MemberRole) => Promise<void>;
  onRemove: () => void;
}

function MemberRow({ member, organization, isSelf, canManage, busy, onChangeRole, onRemove }: MemberRowProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<MemberRole>(member.role);
  const selectId = `role-${member.userId}`;
  const confirmRemove = () => {
    const question = isSelf
      ? t('organization.confirmLeave', { organization })
      : t('organization.confirmRemove', { name: member.name, organization });
    if (window.confirm(question)) onRemove();
  };
  return (
    <li className="member">
      <div className="member-who">
        <span>
          <span className="member-name" dir="auto">
            {member.name}
          </span>
          {isSelf && <span className="muted"> {t('organization.you')}</span>}
        </span>
        <span className="member-email">
          <span dir="ltr">{member.email}</span>
        </span>
      </div>
      {canManage ? (
        <form
          className="member-role"
          onSubmit={(event) => {
            event.preventDefault();
            if (role !== member.role) onChangeRole(role).catch(() => setRole(member.role));
          }}
        >
          <label htmlFor={selectId}>
            {t('organization.role')}
            <span className="visually-hidden"> ({member.name})</span>
          </label>
          <select id={selectId} value={role} onChange={(event) => setRole(event.target.value as MemberRole)}>
            {MEMBER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`memberRole.${r}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button-secondary" disabled={busy || role === member.role}>
            {t('organization.changeRole')}
            <span className="visually-hidden"> ({member.name})</span>
          </button>
        </form>
      ) : (
        <span className="member-role-text">{t(`memberRole.${member.role}`)}</span>
      )}
      {(canManage || isSelf) && (
        <button type="button" className="button-danger" disabled={busy} onClick={confirmRemove}>
          {isSelf ? (
            t('organization.leave')
          ) : (
            <>
              {t('organization.remove')}
              <span className="visually-hidden"> ({member.name})</span>
            </>
          )}
        </button>
      )}
    </li>
  );
}

export function InviteForm({ view }: { view: OrganizationAdminView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('editor');
  const [sentTo, setSentTo] = useState<string>();

  const { form, submit } = useApiForm({
    id: 'invite',
    schema: InvitationInputSchema,
    labels: { email: t('organization.inviteEmail'), role: t('organization.role') },
    send: (input) => apiSend('POST', `/organizations/${view.id}/invitations`, input, OrganizationAdminViewSchema),
    onSuccess: (updated, input) => {
      organizationChanged(queryClient, updated);
      setSentTo(input.email);
      setEmail('');
    },
    onProblem: (error, fallback) =>
      error instanceof ApiError && error.code === 'CONFLICT'
        ? { fields: { email: t('organization.alreadyMember') } }
        : fallback,
  });

  return (
    <ApiFormElement
      form={form}
      labelledBy="invite-heading"
      onSubmit={() => {
        setSentTo(undefined);
        void submit({ email: email.trim(), role });
      }}
    >
      <TextField
        form={form}
        name="email"
        type="email"
        inputMode="email"
        value={email}
        onChange={setEmail}
        autoComplete="off"
      />
      <SelectField
        form={form}
        name="role"
        value={role}
        onChange={(value) => setRole(value as MemberRole)}
        options={MEMBER_ROLES.map((r) => ({ value: r, label: t(`memberRole.${r}`) }))}
        hint={t('organization.roleHelp')}
      />
      <StatusMessage>{sentTo && t('organization.invited', { email: sentTo })}</StatusMessage>
      <SubmitButton form={form}>{t('organization.inviteSubmit')}</SubmitButton>
    </ApiFormElement>
  );
}

type Invitation = OrganizationAdminView['invitations'][number];

/** Invitations waiting for an answer; an administrator can send one again or withdraw it. */
export function PendingInvitations({ view, canManage }: { view: OrganizationAdminView; canManage: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string>();
  const [problem, setProblem] = useState<ReactNode>();
  const reset = () => {
    setStatus(undefined);
    setProblem(undefined);
  };
  const explain = (error: unknown) => setProblem(problemFeedback(error, t).message);

  const resend = useMutation({
    mutationFn: (invitation: Invitation) =>
      apiSend(
        'POST',
        `/organizations/${view.id}/invitations/${invitation.id}/resend`,
        undefined,
        OrganizationAdminViewSchema,
      ),
    onMutate: reset,
    onSuccess: (updated, invitation) => {
      organizationChanged(queryClient, updated);
      setStatus(t('organization.invitationResent', { email: invitation.email }));
    },
    onError: explain,
  });
  const revoke = useMutation({
    mutationFn: (invitation: Invitation) => apiSend('DELETE', `/organizations/${view.id}/invitations/${invitation.id}`),
    onMutate: reset,
    onSuccess: (_, invitation) => {
      void queryClient.invalidateQueries({ queryKey: organizationAdminQueries.manage(view.id).queryKey });
      setStatus(t('organization.invitationRevoked', { email: invitation.email }));
      document.getElementById('invitations-heading')?.focus();
    },
    onError: explain,
  });
  const busy = resend.isPending || revoke.isPending;

  return (
    <>
      <div role="alert" className="status-region">
        {problem && <p className="notice notice-error">{problem}</p>}
      </div>
      <StatusMessage>{status}</StatusMessage>
      {view.invitations.length === 0 ? (
        <p className="muted">{t('organization.noInvitations')}</p>
      ) : (
        <ul className="member-list">
          {view.invitations.map((invitation) => (
            <li key={invitation.id} className="member">
              <div className="member-who">
                <span className="member-email">
                  <span dir="ltr">{invitation.email}</span>
                </span>
                <span className="muted">{t('organization.expires', { date: formatDate(invitation.expiresAt) })}</span>
              </div>
              <span className="member-role-text">{t(`memberRole.${invitation.role}`)}</span>
              {canManage && (
                <span className="invitation-actions">
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={busy}
                    onClick={() => resend.mutate(invitation)}
                  >
                    {t('organization.resendInvitation')}
                    <span className="visually-hidden"> ({invitation.email})</span>
                  </button>
                  <button
                    type="button"
                    className="button-danger"
                    disabled={busy}
                    onClick={() => {
                      if (window.confirm(t('organization.confirmRevoke', { email: invitation.email })))
                        revoke.mutate(invitation);
                    }}
                  >
                    {t('organization.revokeInvitation')}
                    <span className="visually-hidden"> ({invitation.email})</span>
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
