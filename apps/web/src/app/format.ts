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

/** "12 days", "12 jours", "١٢ يومًا", "12 дней", "12天": the language's own plural rules, from Intl. */
export function useFormatDays(): (days: number) => string {
  const lang = useLanguage();
  return useMemo(() => {
    const format = new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' });
    return (days: number) => format.format(days);
  }, [lang]);
}

/** A date and time, for the audit log and the revision history where the hour matters. */
export function useFormatDateTime(): (iso: string) => string {
  const lang = useLanguage();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => format.format(new Date(iso));
  }, [lang]);
}
