import { useMemo } from 'react';
import { useLanguage } from './useLanguage';

/** Formats numbers the way readers of the UI language write them (1,037 · 1 037 · ١٬٠٣٧). */
export function useFormatNumber(): (value: number) => string {
  const lang = useLanguage();
  return useMemo(() => {
    const format = new Intl.NumberFormat(lang);
    return (value: number) => format.format(value);
  }, [lang]);
}

/** Formats a date (ISO string) as a long date in the UI language. */
export function useFormatDate(): (iso: string) => string {
  const lang = useLanguage();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
    return (iso: string) => format.format(new Date(iso));
  }, [lang]);
}
