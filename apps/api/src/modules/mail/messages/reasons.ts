import type { Reason, SupportModality, UiLanguage } from '@galaxy/contracts';
import { findRegion, SDG_GOAL_REFS } from '@galaxy/contracts/reference';
import { languageNamesIn } from './mail-messages';

/** How one language words the reasons behind a match (the scorer's text is English only). */
export interface ReasonWords {
  listSeparator: string;
  /** "SDG 6 (Clean water and sanitation)". */
  goal(number: number, name: string): string;
  modalities: Record<SupportModality, string>;
  sharedTargets(list: string): string;
  sharedGoals(list: string): string;
  sameSubregion(list: string): string;
  sameRegion(list: string): string;
  sharedLanguage(list: string): string;
  modalityFit(list: string): string;
  trackRecord(count: number): string;
  verified: { staff: string; email_domain: string };
  textRelevance: string;
  eligible: string;
}

/** A reason in this language, from its code and the values behind it (targets, regions, languages…). */
export function reasonText(language: UiLanguage, words: ReasonWords, reason: Reason): string {
  const list = (items: string[]) => items.join(words.listSeparator);
  const languageName = languageNamesIn(language);
  const v = reason.values;
  switch (reason.code) {
    case 'shared_targets':
      return words.sharedTargets(list(v));
    case 'shared_goals':
      return words.sharedGoals(
        list(
          v.map((g) => {
            const ref = SDG_GOAL_REFS.find((s) => s.number === Number(g));
            return ref ? words.goal(ref.number, ref.short[language]) : g;
          }),
        ),
      );
    case 'same_subregion':
      return words.sameSubregion(list(v.map((r) => findRegion(r)?.name[language] ?? r)));
    case 'same_region':
      return words.sameRegion(list(v.map((r) => findRegion(r)?.name[language] ?? r)));
    case 'shared_language':
      return words.sharedLanguage(list(v.map(languageName)));
    case 'modality_fit':
      return words.modalityFit(list(v.map((m) => words.modalities[m as SupportModality] ?? m)));
    case 'track_record':
      return words.trackRecord(Number(v[0] ?? 0));
    case 'verified':
      return v[0] === 'email_domain' ? words.verified.email_domain : words.verified.staff;
    case 'text_relevance':
      return words.textRelevance;
    case 'eligible':
      return words.eligible;
  }
}
