import { MeSchema, UI_LANGUAGES, type UiLanguage } from '@galaxy/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiSend } from './api';
import { authQueries, useMe } from './auth-queries';
import { changeLanguage, currentLanguage } from './i18n';

/** Each language is named in itself, so a reader finds their own whatever the current language. */
export const NATIVE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  ru: 'Русский',
  zh: '中文',
};

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { me } = useMe();
  const queryClient = useQueryClient();
  // Signed in, the choice is saved too: Galaxy writes this person's mails in it.
  const saveLocale = useMutation({
    mutationFn: (locale: UiLanguage) => apiSend('PATCH', '/auth/me', { locale }, MeSchema),
    onSuccess: (updated) => queryClient.setQueryData(authQueries.me().queryKey, updated),
  });

  const choose = async (lang: UiLanguage) => {
    // A save still on its way (a retry, a quick second choice) would set the account to the earlier
    // language after this choice, while `me` still shows the old one: then this choice is sent too.
    const saving = saveLocale.isPending;
    saveLocale.reset();
    await changeLanguage(lang);
    if (me && (me.locale !== lang || saving)) saveLocale.mutate(lang);
  };

  return (
    <div className="language-switcher">
      <label htmlFor="language-select">{t('layout.language')}</label>
      <select
        id="language-select"
        value={currentLanguage()}
        onChange={(event) => void choose(event.target.value as UiLanguage)}
      >
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {NATIVE_NAMES[lang]}
          </option>
        ))}
      </select>
      {/* The page changed language either way; the alert says when the account did not (an alert is
          read out as it appears, so it is only there while there is something to say). */}
      {saveLocale.isError && saveLocale.variables && (
        <div role="alert" className="language-alert">
          <p className="notice notice-error">
            {t('layout.languageNotSaved', { language: NATIVE_NAMES[saveLocale.variables] })}{' '}
            <button type="button" className="link-button" onClick={() => saveLocale.mutate(saveLocale.variables)}>
              {t('layout.languageRetry')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
