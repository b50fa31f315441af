import { ChangePasswordInputSchema } from '@galaxy/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiSend } from '../../app/api';
import { useApiForm } from '../../app/useApiForm';
import { ApiFormElement, PasswordField, StatusMessage, SubmitButton } from '../../components/FormFields';

export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [changed, setChanged] = useState(false);

  const { form, submit } = useApiForm({
    id: 'password',
    schema: ChangePasswordInputSchema,
    labels: { currentPassword: t('account.currentPassword'), newPassword: t('account.newPassword') },
    send: (input) => apiSend('POST', '/auth/change-password', input),
    onSuccess: () => {
      // Done: the old and new passwords have no reason to stay on screen.
      setCurrentPassword('');
      setNewPassword('');
      setChanged(true);
    },
    onProblem: (error, fallback) =>
      error instanceof ApiError && error.code === 'INVALID_CREDENTIALS'
        ? { fields: { currentPassword: t('account.wrongCurrentPassword') } }
        : fallback,
  });

  return (
    <ApiFormElement
      form={form}
      labelledBy="password-heading"
      onSubmit={() => {
        setChanged(false);
        void submit({ currentPassword, newPassword });
      }}
    >
      {/* Tells password managers whose password this is. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField form={form} name="currentPassword" value={currentPassword} onChange={setCurrentPassword} />
      <PasswordField form={form} name="newPassword" value={newPassword} onChange={setNewPassword} isNew />
      <StatusMessage>{changed && t('account.passwordChanged')}</StatusMessage>
      <SubmitButton form={form}>{t('account.changePassword')}</SubmitButton>
    </ApiFormElement>
  );
}
