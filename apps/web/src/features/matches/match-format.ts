import type { MatchParty, MatchStage, Reason } from '@galaxy/contracts';
import { ApiError } from '../../app/api';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegions, useSdgs } from '../../app/useReference';
import { useLanguage } from '../../app/useLanguage';

/** The way a match goes when all goes well; `dropped` can happen from any stage before the end. */
export const STAGE_PATH: readonly MatchStage[] = [
  'suggested',
  'introduced',
  'exploring',
  'agreed',
  'implementing',
  'completed',
];

/** Live matches with no action for this many days get a reminder (the API's rule); the page flags them. */
export const IDLE_DAYS = 14;

/** "A, B and C" in the reader's language. */
export function useFormatList(): (items: readonly string[]) => string {
  const lang = useLanguage();
  return useMemo(() => {
    const format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    return (items: readonly string[]) => format.format(items);
  }, [lang]);
}

/** A percentage from a 0–1 rate, in the reader's language; a dash when there is nothing to measure yet. */
export function useFormatRate(): (rate: number | null) => string {
  const lang = useLanguage();
  return useMemo(() => {
    const format = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
    return (rate: number | null) => (rate === null ? '—' : format.format(rate));
  }, [lang]);
}

/**
 * A reason as a sentence in the UI language, rebuilt from its code and values (the API's `text` is
 * English): target ids, goal numbers, region codes, language and modality codes become names.
 */
export function useReasonText(): (reason: Reason) => string {
  const { t } = useTranslation();
  const sdgs = useSdgs();
  const regions = useRegions();
  const list = useFormatList();
  return (reason: Reason) => {
    const { values } = reason;
    switch (reason.code) {
      case 'shared_targets':
        return t('matches.reason.shared_targets', { list: list(values) });
      case 'shared_goals':
        return t('matches.reason.shared_goals', {
          list: list(values.map((v) => t('matches.reason.goal', { number: v, name: sdgs.goalName(Number(v)) }))),
        });
      case 'same_subregion':
        return t('matches.reason.same_subregion', { list: list(values.map((v) => regions.name(v))) });
      case 'same_region':
        return t('matches.reason.same_region', { list: list(values.map((v) => regions.name(v))) });
      case 'shared_language':
        return t('matches.reason.shared_language', {
          list: list(values.map((v) => t(`contentLanguage.${v}`, { defaultValue: v }))),
        });
      case 'modality_fit':
        return t('matches.reason.modality_fit', {
          list: list(values.map((v) => t(`matches.supportModality.${v}`, { defaultValue: v }))),
        });
      case 'track_record':
        return t('matches.reason.track_record', { count: Number(values[0] ?? 0) });
      case 'verified':
        return values[0] === 'staff' ? t('matches.reason.verified_staff') : t('matches.reason.verified_email');
      case 'text_relevance':
        return t('matches.reason.text_relevance');
      case 'eligible':
        return t('matches.reason.eligible');
      default:
        return reason.text;
    }
  };
}

export function useStageLabel(): (stage: MatchStage) => string {
  const { t } = useTranslation();
  return (stage: MatchStage) => t(`matches.stage.${stage}`);
}

export function usePartyLabel(): (party: MatchParty) => string {
  const { t } = useTranslation();
  return (party: MatchParty) => t(`matches.party.${party}`);
}

/**
 * Why a move on the match was refused although the page offered it: someone acted first (the
 * version moved on), the match is no longer at a stage that allows it, or another party must act.
 */
export type MatchConflict = 'stale' | 'transition' | 'forbidden';

export function conflictOf(error: unknown): MatchConflict | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'STALE_VERSION') return 'stale';
  if (error.code === 'INVALID_TRANSITION') return 'transition';
  if (error.code === 'FORBIDDEN') return 'forbidden';
  return undefined;
}

/** What a stage move is called for this reader: a provider declines an introduction, others drop. */
export type StageAction = 'introduce' | 'accept' | 'decline' | 'agree' | 'implement' | 'complete' | 'drop';

export function actionFor(
  to: MatchStage,
  match: { stage: MatchStage; yourParties: readonly MatchParty[] },
): StageAction {
  switch (to) {
    case 'introduced':
      return 'introduce';
    case 'exploring':
      return 'accept';
    case 'agreed':
      return 'agree';
    case 'implementing':
      return 'implement';
    case 'completed':
      return 'complete';
    default:
      return match.stage === 'introduced' && match.yourParties.includes('provider') ? 'decline' : 'drop';
  }
}
