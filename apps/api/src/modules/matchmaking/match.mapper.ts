import type { Match, MatchList, MatchParty } from '@galaxy/contracts';
import type { Viewer } from './listings.service';
import type { MatchMessageView, MatchView, StageChange } from './matches.repository';
import { allowedStages } from './match-workflow';

const DAY_MS = 86_400_000;

/** The viewer's parts in the match: recipient, provider (by their organizations), broker (staff). */
export function partiesOf(viewer: Viewer, match: Pick<MatchView, 'recipientId' | 'providerId'>): MatchParty[] {
  const parties: MatchParty[] = [];
  if (viewer.organizations.includes(match.recipientId)) parties.push('recipient');
  if (viewer.organizations.includes(match.providerId)) parties.push('provider');
  if (viewer.staff) parties.push('broker');
  return parties;
}

export function toMatchSummary(r: MatchView): MatchList['items'][number] {
  return {
    id: r.id,
    stage: r.stage,
    need: { id: r.needId, title: r.needTitle, countries: r.needCountries, sdgs: r.needSdgs },
    recipient: { id: r.recipientId, slug: r.recipientSlug, name: r.recipientName },
    provider: { id: r.providerId, slug: r.providerSlug, name: r.providerName },
    score: r.score,
    lastActionAt: r.lastActionAt.toISOString(),
    daysSinceLastAction: Math.floor((Date.now() - r.lastActionAt.getTime()) / DAY_MS),
  };
}

export function toMatch(
  row: MatchView,
  history: StageChange[],
  messages: MatchMessageView[],
  parties: MatchParty[],
): Match {
  return {
    ...toMatchSummary(row),
    version: row.version,
    solution: row.solutionId
      ? { id: row.solutionId, slug: row.solutionSlug ?? '', title: row.solutionTitle ?? '' }
      : null,
    offer: row.offerId ? { id: row.offerId, title: row.offerTitle ?? '' } : null,
    broker: row.brokerId ? { id: row.brokerId, name: row.brokerName ?? '' } : null,
    reasons: row.reasons,
    commitments: { recipient: row.recipientCommitment, provider: row.providerCommitment },
    milestones: row.milestones,
    outcome: row.outcome,
    dropReason: row.dropReason,
    replicationDraftId: row.replicationSolutionId,
    createdAt: row.createdAt.toISOString(),
    history: history.map((h) => ({
      at: h.at.toISOString(),
      actor: h.actorId ? { id: h.actorId, name: h.actorName ?? '' } : null,
      from: h.from,
      to: h.to,
      note: h.note,
    })),
    messages: messages.map((mm) => ({
      id: mm.id,
      author: mm.authorId ? { id: mm.authorId, name: mm.authorName ?? '' } : null,
      party: mm.party,
      body: mm.body,
      at: mm.createdAt.toISOString(),
    })),
    yourParties: parties,
    allowedStages: allowedStages(row.stage, parties),
  };
}
