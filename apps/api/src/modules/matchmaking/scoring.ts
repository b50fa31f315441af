import type { Reason, ReasonCode } from '@galaxy/contracts';
import { findArea } from '@galaxy/contracts/reference';

/**
 * How a provider candidate is scored for a need: plain, deterministic arithmetic a person can
 * check, every weight here. The reasons list each part that counted, with its points.
 */
export const WEIGHTS = {
  /** Per SDG target the candidate shares with the need, up to `max`. */
  sharedTarget: { each: 6, max: 24 },
  /** Per SDG goal shared, up to `max`. */
  sharedGoal: { each: 5, max: 15 },
  /** The candidate works in the need's sub-region; else in its region. */
  sameSubregion: 12,
  sameRegion: 6,
  /** At least one working language in common. */
  sharedLanguage: 8,
  /** Per support modality wanted by the need that the candidate offers, up to `max`. */
  modality: { each: 4, max: 8 },
  /** Per published solution of the provider on the need's SDGs in the need's region, up to `max`. */
  trackRecord: { each: 3, max: 15 },
  /** Verified by staff, or by its email domain. */
  verified: { staff: 6, email_domain: 3 },
  /** Text relevance from Meilisearch (its ranking score, 0–1) times this. */
  textRelevance: 12,
  /** An offer made for some countries (by name, group or region) that names the need's. */
  eligible: 4,
} as const;

/** The largest score the weights allow; scores are given as a share of it, 0–100. */
export const MAX_POINTS =
  WEIGHTS.sharedTarget.max +
  WEIGHTS.sharedGoal.max +
  WEIGHTS.sameSubregion +
  WEIGHTS.sharedLanguage +
  WEIGHTS.modality.max +
  WEIGHTS.trackRecord.max +
  WEIGHTS.verified.staff +
  WEIGHTS.textRelevance +
  WEIGHTS.eligible;

export interface NeedProfile {
  sdgs: readonly number[];
  sdgTargets: readonly string[];
  countries: readonly string[];
  languages: readonly string[];
  modalities: readonly string[];
}

export interface CandidateProfile {
  sdgs: readonly number[];
  sdgTargets: readonly string[];
  /** Where the provider works (its country and operating countries, or the solution's provider countries). */
  countries: readonly string[];
  languages: readonly string[];
  /** Support modalities it offers (from its open offers); empty when unknown. */
  modalities: readonly string[];
  /** Published solutions of the provider on the need's SDGs in the need's region. */
  trackRecord: number;
  verification: string;
  /** Meilisearch's ranking score for the need's text, 0–1; 0 when it was found by filters only. */
  textScore: number;
  /** For an offer with eligibility rules: the need's countries they admit. */
  eligibleCountries?: readonly string[];
}

export interface Scored {
  score: number;
  reasons: Reason[];
}

const intersect = <T>(a: readonly T[], b: readonly T[]) => [...new Set(a)].filter((x) => b.includes(x));

function geography(countries: readonly string[]) {
  const areas = countries.map((c) => findArea(c)).filter((a) => a !== undefined);
  return {
    subRegions: new Set(areas.flatMap((a) => [a.intermediateRegion ?? a.subRegion].filter((r): r is string => !!r))),
    regions: new Set(areas.map((a) => a.region).filter((r): r is string => !!r)),
  };
}

export function scoreCandidate(need: NeedProfile, candidate: CandidateProfile): Scored {
  const reasons: Reason[] = [];
  const add = (code: ReasonCode, points: number, text: string, values: string[] = []) => {
    if (points > 0) reasons.push({ code, points: Math.round(points * 10) / 10, text, values });
  };

  const targets = intersect(need.sdgTargets, candidate.sdgTargets);
  add(
    'shared_targets',
    Math.min(WEIGHTS.sharedTarget.max, targets.length * WEIGHTS.sharedTarget.each),
    `Works on the same SDG targets: ${targets.join(', ')}`,
    targets,
  );
  const goals = intersect(need.sdgs, candidate.sdgs);
  add(
    'shared_goals',
    Math.min(WEIGHTS.sharedGoal.max, goals.length * WEIGHTS.sharedGoal.each),
    `Works on the same SDGs: ${goals.map((g) => `SDG ${g}`).join(', ')}`,
    goals.map(String),
  );

  const there = geography(need.countries);
  const here = geography(candidate.countries);
  const sharedSub = [...there.subRegions].filter((r) => here.subRegions.has(r));
  const sharedRegion = [...there.regions].filter((r) => here.regions.has(r));
  if (sharedSub.length) add('same_subregion', WEIGHTS.sameSubregion, 'Works in the same sub-region', sharedSub);
  else if (sharedRegion.length) add('same_region', WEIGHTS.sameRegion, 'Works in the same region', sharedRegion);

  const languages = intersect(need.languages, candidate.languages);
  if (languages.length)
    add('shared_language', WEIGHTS.sharedLanguage, `Shares a working language: ${languages.join(', ')}`, languages);

  const modalities = intersect(need.modalities, candidate.modalities);
  add(
    'modality_fit',
    Math.min(WEIGHTS.modality.max, modalities.length * WEIGHTS.modality.each),
    `Offers the support wanted: ${modalities.join(', ')}`,
    modalities,
  );

  add(
    'track_record',
    Math.min(WEIGHTS.trackRecord.max, candidate.trackRecord * WEIGHTS.trackRecord.each),
    `${candidate.trackRecord} published solution${candidate.trackRecord === 1 ? '' : 's'} on these SDGs in the region`,
    [String(candidate.trackRecord)],
  );

  const verified = WEIGHTS.verified[candidate.verification as keyof typeof WEIGHTS.verified] ?? 0;
  add(
    'verified',
    verified,
    candidate.verification === 'staff' ? 'Verified by Galaxy staff' : 'Verified by its email domain',
    [candidate.verification],
  );

  add(
    'text_relevance',
    Math.max(0, Math.min(1, candidate.textScore)) * WEIGHTS.textRelevance,
    'Its text matches the request',
    [candidate.textScore.toFixed(2)],
  );

  if (candidate.eligibleCountries?.length)
    add('eligible', WEIGHTS.eligible, `The offer is open to ${candidate.eligibleCountries.join(', ')}`, [
      ...candidate.eligibleCountries,
    ]);

  const points = reasons.reduce((sum, r) => sum + r.points, 0);
  reasons.sort((a, b) => b.points - a.points);
  return { score: Math.round((points / MAX_POINTS) * 1000) / 10, reasons };
}

/**
 * Which of the need's countries an offer's eligibility admits: all of them when it sets no rule
 * (`restricted: false`), else those it names, or whose group (LDC, LLDC, SIDS) or region it names.
 */
export function offerAdmits(
  offer: {
    eligibleCountries: readonly string[];
    eligibleGroups: readonly string[];
    eligibleRegions: readonly string[];
  },
  needCountries: readonly string[],
): { restricted: boolean; countries: string[] } {
  if (!offer.eligibleCountries.length && !offer.eligibleGroups.length && !offer.eligibleRegions.length)
    return { restricted: false, countries: [...needCountries] };
  const countries = needCountries.filter((code) => {
    const area = findArea(code);
    if (offer.eligibleCountries.includes(code)) return true;
    if (!area) return false;
    if (
      offer.eligibleGroups.some(
        (g) => (g === 'ldc' && area.ldc) || (g === 'lldc' && area.lldc) || (g === 'sids' && area.sids),
      )
    )
      return true;
    return [area.region, area.subRegion, area.intermediateRegion].some((r) => r && offer.eligibleRegions.includes(r));
  });
  return { restricted: true, countries };
}
