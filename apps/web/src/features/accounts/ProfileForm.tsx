import { MeSchema, ProfileUpdateInputSchema, UI_LANGUAGES, type Me, type UiLanguage } from '@galaxy/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../app/api';
import { authQueries } from '../../app/auth-queries';
import { NATIVE_NAMES } from '../../app/LanguageSwitcher';
import { useApiForm } from '../../app/useApiForm';
import {
  ApiFormElement,
  CheckboxField,
  CheckboxGroup,
  StatusMessage,
  SubmitButton,
  TextField,
} from '../../components/FormFields';

export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.name);
  const [languages, setLanguages] = useState<string[]>(me.languages);
  const [notifyByEmail, setNotifyByEmail] = useState(me.notifyByEmail);
  const [saved, setSaved] = useState(false);

  const { form, submit } = useApiForm({
    id: 'profile',
    schema: ProfileUpdateInputSchema,
    labels: { name: t('account.name'), languages: t('account.languages'), notifyByEmail: t('account.notify') },
    send: (input) => apiSend('PATCH', '/auth/me', input, MeSchema),
    onSuccess: (updated) => {
      queryClient.setQueryData(authQueries.me().queryKey, updated);
      setSaved(true);
    },
  });

  return (
    <ApiFormElement
      form={form}
      labelledBy="profile-heading"
      onSubmit={() => {
        setSaved(false);
        void submit({ name, languages: languages as UiLanguage[], notifyByEmail });
      }}
    >
      <TextField form={form} name="name" value={name} onChange={setName} autoComplete="name" dirAuto />
      <CheckboxGroup
        form={form}
        name="languages"
        legend={t('account.languages')}
        values={languages}
        onChange={setLanguages}
        optional
        columns="narrow"
        options={UI_LANGUAGES.map((lang) => ({ value: lang, label: NATIVE_NAMES[lang], lang }))}
      />
      <CheckboxField
        form={form}
        name="notifyByEmail"
        checked={notifyByEmail}
        onChange={setNotifyByEmail}
        hint={t('account.notifyHint')}
      />
      <StatusMessage>{saved && t('account.saved')}</StatusMessage>
      <SubmitButton form={form}>{t('account.save')}</SubmitButton>
    </ApiFormElement>
  );
}
