import { Injectable } from '@nestjs/common';
import type { Match, MatchInput } from '@galaxy/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { AuditLog } from '../curation';
import { CandidatesRepository } from './candidates.repository';
import { ListingsRepository } from './listings.repository';
import type { Viewer } from './listings.service';
import { DuplicateMatchError, MatchesRepository } from './matches.repository';
import { MatchesService } from './matches.service';
import { toMatching } from './needs.service';
import { SuggestionsService } from './suggestions.service';

const badRef = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ location: 'body', field, message }]);

/** A broker shortlists a provider for an open need (stage: suggested), scored like a suggestion. */
@Injectable()
export class CreateMatch {
  constructor(
    private readonly db: DataSource,
    private readonly listings: ListingsRepository,
    private readonly candidates: CandidatesRepository,
    private readonly matches: MatchesRepository,
    private readonly reader: MatchesService,
    private readonly suggestions: SuggestionsService,
    private readonly audit: AuditLog,
  ) {}

  async run(user: AuthUser, viewer: Viewer, input: MatchInput): Promise<Match> {
    const need = await this.listings.findNeedFacts(input.needId);
    if (!need)
      throw new AppError('VALIDATION_FAILED', 'No such need', [
        { location: 'body', field: 'needId', message: 'No need has this id' },
      ]);
    if (need.status !== 'open') throw new AppError('INVALID_TRANSITION', 'Only an open need can be matched');
    // Whose is the candidate: the named organization, or the one behind the solution or offer.
    let providerId = input.organizationId;
    let kind: 'organization' | 'solution' | 'offer' = 'organization';
    let candidateId = input.organizationId as string;
    if (input.offerId) {
      const offerOrganization = await this.listings.findOpenOfferOrganization(input.offerId);
      if (!offerOrganization) throw badRef('offerId', 'No open offer has this id');
      if (providerId && providerId !== offerOrganization)
        throw badRef('offerId', 'The offer is another organization’s');
      providerId = offerOrganization;
      kind = 'offer';
      candidateId = input.offerId;
    }
    if (input.solutionId) {
      const owners = await this.candidates.publishedSolutionProviders(input.solutionId);
      if (!owners) throw badRef('solutionId', 'No published solution has this id');
      if (providerId && !owners.includes(providerId))
        throw badRef('solutionId', 'The solution is not implemented by this organization');
      providerId ??= owners[0];
      if (!providerId) throw badRef('solutionId', 'The solution names no implementing organization');
      if (kind === 'organization') {
        kind = 'solution';
        candidateId = input.solutionId;
      }
    }
    if (!providerId || !(await this.candidates.organizationExists(providerId)))
      throw badRef('organizationId', 'No organization has this id');
    if (providerId === need.organizationId)
      throw badRef('organizationId', 'An organization cannot be matched with its own need');
    const scored = await this.suggestions.scoreOne(toMatching(need), { kind, id: candidateId });
    const provider = providerId;
    const id = await this.db.transaction(async (m) => {
      const matchId = await this.matches
        .insert(m, {
          needId: need.id,
          providerId: provider,
          solutionId: input.solutionId ?? null,
          offerId: input.offerId ?? null,
          score: scored?.score ?? 0,
          reasons: scored?.reasons ?? [],
          brokerId: user.id,
        })
        .catch((error: unknown) => {
          if (error instanceof DuplicateMatchError)
            throw new AppError('CONFLICT', 'This organization is already matched with this need', [
              { location: 'body', field: 'organizationId', message: 'Already on the shortlist' },
            ]);
          throw error;
        });
      await this.audit.record(m, {
        entity: 'match',
        entityId: matchId,
        action: 'suggest',
        actorId: user.id,
        to: 'suggested',
      });
      return matchId;
    });
    return this.reader.get(viewer, id);
  }
}
