import { currentLanguage } from './i18n';

/** "in 12 minutes", "dans 12 minutes", "через 12 минут"…: the language's own plural rules. */
export function waitText(seconds: number | undefined): string {
  const format = new Intl.RelativeTimeFormat(currentLanguage(), { numeric: 'auto' });
  const s = seconds ?? 60;
  return s < 60 ? format.format(Math.max(1, s), 'second') : format.format(Math.ceil(s / 60), 'minute');
}
