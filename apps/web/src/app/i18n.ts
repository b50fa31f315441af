import { UI_LANGUAGES, type UiLanguage } from '@galaxy/contracts';
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';

export const RTL_LANGUAGES: readonly UiLanguage[] = ['ar'];

// English ships in the main bundle; the other languages load when chosen.
const loaders: Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import('../locales/fr.json'),
  es: () => import('../locales/es.json'),
  ar: () => import('../locales/ar.json'),
  ru: () => import('../locales/ru.json'),
  zh: () => import('../locales/zh.json'),
};

export function currentLanguage(): UiLanguage {
  // `language` is what was chosen or detected (e.g. "ar" or "fr-CA"), even before its texts load.
  const lang = (i18n.language ?? 'en').split('-')[0];
  return (UI_LANGUAGES as readonly string[]).includes(lang) ? (lang as UiLanguage) : 'en';
}

async function loadLanguage(lang: string): Promise<void> {
  if (lang === 'en' || !(lang in loaders) || i18n.hasResourceBundle(lang, 'translation')) return;
  const bundle = await loaders[lang as keyof typeof loaders]();
  i18n.addResourceBundle(lang, 'translation', bundle.default, true, true);
}

function applyToDocument(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL_LANGUAGES.includes(lang as UiLanguage) ? 'rtl' : 'ltr';
}

i18n.on('languageChanged', (lang) => applyToDocument(lang));

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en } },
    supportedLngs: [...UI_LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    detection: {
      order: ['querystring', 'localStorage', 'navigator'],
      lookupQuerystring: 'lang',
      lookupLocalStorage: 'galaxy.lang',
      caches: ['localStorage'],
    },
    react: { useSuspense: false },
  });

/** Switches language: loads its texts first so the page never shows a mix. */
export async function changeLanguage(lang: UiLanguage): Promise<void> {
  await loadLanguage(lang);
  await i18n.changeLanguage(lang);
}

/**
 * A language remembered from an earlier visit (or the browser's) is loaded at start; the app renders
 * once it is there, so an Arabic reader never sees an English, left-to-right page flash first.
 */
export const i18nReady: Promise<void> = loadLanguage(currentLanguage())
  .then(async () => {
    applyToDocument(currentLanguage());
    await i18n.changeLanguage(currentLanguage());
  })
  // Offline or a failed chunk: show the page in English rather than nothing.
  .catch(() => undefined);

export default i18n;
