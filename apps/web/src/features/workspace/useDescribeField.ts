import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountries, useSdgs } from '../../app/useReference';
import { draftField, type DraftKey, type DraftValues } from './draft-model';

type Row = Record<string, string | undefined>;

/** A field's value in words, in the UI language: for comparing two versions and for the review. */
export function useDescribeField(): (values: DraftValues, key: DraftKey) => string | undefined {
  const { t } = useTranslation();
  const sdgs = useSdgs();
  const countries = useCountries();
  return useCallback(
    (values: DraftValues, key: DraftKey) => {
      const value = draftField(values, key);
      if (value === undefined) return undefined;
      const join = (items: string[]) => items.join(t('common.listSeparator'));
      const rows = value as Row[];
      switch (key) {
        case 'language':
          return t(`contentLanguage.${String(value)}`);
        case 'modality':
          return t(`modality.${String(value)}`);
        case 'projectStatus':
          return t(`projectStatus.${String(value)}`);
        case 'budgetRange':
          return t(`budgetRange.${String(value)}`);
        case 'sdgs':
          return join((value as number[]).map((n) => `${n}. ${sdgs.goalName(n)}`));
        case 'sdgTargets':
          return join(value as string[]);
        case 'themes':
          return join((value as string[]).map((theme) => t(`theme.${theme}`)));
        case 'countries':
          return join(
            rows.map((c) =>
              c.role
                ? `${countries.name(c.country ?? '')} (${t(`countryRoles.${c.role}`, { count: 1 })})`
                : countries.name(c.country ?? ''),
            ),
          );
        case 'organizations':
          return join(rows.map((o) => (o.role ? `${o.name} (${t(`organizationRole.${o.role}`)})` : (o.name ?? ''))));
        case 'buildingBlocks':
          return join(rows.map((b) => b.title ?? ''));
        case 'contacts':
          return join(rows.map((c) => [c.name, c.email && `<${c.email}>`].filter(Boolean).join(' ')));
        case 'links':
          return join(rows.map((l) => `${l.label} (${l.url})`));
        default:
          return String(value);
      }
    },
    [t, sdgs, countries],
  );
}
