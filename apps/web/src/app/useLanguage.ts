import type { UiLanguage } from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';

/** The current UI language; re-renders the caller when it changes. */
export function useLanguage(): UiLanguage {
  useTranslation();
  return currentLanguage();
}
