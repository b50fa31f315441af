import { useMemo } from 'react';
import { useLanguage } from '../../app/useLanguage';

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
