import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/useLanguage';
import { useCountries, useSdgs } from '../../app/useReference';
import { goalsOf, type NeedValues } from './need-form';

/** "March 2027", "mars 2027", "مارس ٢٠٢٧": a YYYY-MM month in the UI language. */
export function useFormatMonth(): (month: string) => string {
  const lang = useLanguage();
  const format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  return (month: string) => {
    const [y, m] = month.split('-').map(Number);
    return y && m ? format.format(new Date(Date.UTC(y, m - 1, 1))) : month;
  };
}

export function useFormatDay(): (day: string) => string {
  const lang = useLanguage();
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  return (day: string) => {
    const date = new Date(`${day}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? day : format.format(date);
  };
}

/** Each field of a need in words, in the UI language (empty fields are left out). */
export function useDescribeNeed(): (values: NeedValues, organization?: string) => Record<string, string> {
  const { t } = useTranslation();
  const sdgs = useSdgs();
  const countries = useCountries();
  const month = useFormatMonth();
  const day = useFormatDay();
  const join = (items: string[]) => items.join(t('common.listSeparator'));
  return (values, organization) => {
    const rows: Record<string, string> = {
      organizationId: organization ?? '',
      title: values.title.trim(),
      problemStatement: values.problemStatement.trim(),
      currentSituation: values.currentSituation.trim(),
      desiredOutcome: values.desiredOutcome.trim(),
      sdgTargets: join(values.sdgTargets.map((id) => `${id} ${sdgs.targetTitle(id) ?? ''}`.trim())),
      sdgs: join(goalsOf(values).map((n) => `${n}. ${sdgs.goalName(n)}`)),
      countries: join(values.countries.map((c) => countries.name(c))),
      modalities: join(values.modalities.map((m) => t(`listings.modality.${m}`))),
      languages: join(values.languages.map((l) => t(`contentLanguage.${l}`))),
      timeframeStart: values.timeframeStart && month(values.timeframeStart),
      timeframeEnd: values.timeframeEnd && month(values.timeframeEnd),
      cash: values.cash.trim(),
      inKind: values.inKind.trim(),
      staff: values.staff.trim(),
      focalPointName: values.endorsed ? values.focalPointName.trim() : '',
      focalPointTitle: values.endorsed ? values.focalPointTitle.trim() : '',
      endorsedOn: values.endorsed && values.endorsedOn ? day(values.endorsedOn) : '',
      visibility: t(`listings.visibility.${values.visibility}`),
    };
    return rows;
  };
}
