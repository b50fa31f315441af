import { UI_LANGUAGES, type UiLanguage } from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';
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
  return (
    <div className="language-switcher">
      <label htmlFor="language-select">{t('layout.language')}</label>
      <select
        id="language-select"
        value={currentLanguage()}
        onChange={(event) => void changeLanguage(event.target.value as UiLanguage)}
      >
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {NATIVE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
