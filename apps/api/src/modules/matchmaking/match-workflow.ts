import type { MatchParty, MatchStage } from '@galaxy/contracts';
import { AppError } from '../../common/app-error';

const EVERYONE: MatchParty[] = ['recipient', 'provider', 'broker'];

/**
 * The stages of a match and who may move it where. A suggestion is the broker's (the recipient
 * sees it; the provider does not until it is introduced); the provider accepts (→ exploring) or
 * declines (→ dropped) an introduction; then any party may move it on or drop it.
 */
const MOVES: Record<MatchStage, Partial<Record<MatchStage, readonly MatchParty[]>>> = {
  suggested: { introduced: ['broker'], dropped: ['broker', 'recipient'] },
  introduced: { exploring: ['provider', 'broker'], dropped: EVERYONE },
  exploring: { agreed: EVERYONE, dropped: EVERYONE },
  agreed: { implementing: EVERYONE, dropped: EVERYONE },
  implementing: { completed: EVERYONE, dropped: EVERYONE },
  completed: {},
  dropped: {},
};

export const LIVE_STAGES: readonly MatchStage[] = ['suggested', 'introduced', 'exploring', 'agreed', 'implementing'];

/** The stages these parties may move the match to from where it is. */
export function allowedStages(stage: MatchStage, parties: readonly MatchParty[]): MatchStage[] {
  return (Object.entries(MOVES[stage]) as [MatchStage, readonly MatchParty[]][])
    .filter(([, who]) => who.some((p) => parties.includes(p)))
    .map(([to]) => to);
}

/** 409 INVALID_TRANSITION when no one may make this move now; 403 when others could but not these parties. */
export function assertMove(from: MatchStage, to: MatchStage, parties: readonly MatchParty[]): void {
  const who = MOVES[from][to];
  if (!who) throw new AppError('INVALID_TRANSITION', `A match cannot go from ${from} to ${to}`);
  if (!who.some((p) => parties.includes(p)))
    throw AppError.forbidden(`Only the ${who.join(' or ')} can move this match to ${to}`);
}

/** Whether these parties can see the match at this stage: the provider only once introduced. */
export function canSee(stage: MatchStage, parties: readonly MatchParty[]): boolean {
  return (
    parties.includes('broker') ||
    parties.includes('recipient') ||
    (parties.includes('provider') && stage !== 'suggested')
  );
}
