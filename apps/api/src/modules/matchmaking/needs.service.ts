import { Injectable } from '@nestjs/common';
import type { Need, NeedInput, NeedUpdateInput, Suggestion } from '@galaxy/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { enqueueSearchSync } from '../search';
import { AuditLog } from '../curation/audit-log';
import { ListingEdits, namedFields } from './listing-edits';
import { toNeed } from './listing.mapper';
import { ListingsRepository, type NeedFacts } from './listings.repository';
import { ListingsService, VISIBLE_TO, type Viewer } from './listings.service';
import { MatchesRepository } from './matches.repository';
import { SuggestionsService, type NeedForMatching } from './suggestions.service';

/**
 * Needs: written by their organization's editors, read under their visibility. Private fields (the
 * co-contribution and endorsement) go only to its organization, staff and its match partners.
 */
@Injectable()
export class NeedsService {
  constructor(
    private readonly db: DataSource,
    private readonly listings: ListingsRepository,
    private readonly matches: MatchesRepository,
    private readonly edits: ListingEdits,
    private readonly access: ListingsService,
    private readonly suggestions: SuggestionsService,
    private readonly audit: AuditLog,
  ) {}

  async create(user: AuthUser, input: NeedInput): Promise<Need> {
    const id = await this.db.transaction(async (m) => {
      await this.edits.requireEditor(m, user, input.organizationId);
      const needId = await this.listings.insertNeed(m, {
        organizationId: input.organizationId,
        title: input.title,
        problemStatement: input.problemStatement,
        currentSituation: input.currentSituation ?? null,
        desiredOutcome: input.desiredOutcome,
        sdgs: [...new Set(input.sdgs.map(Number))],
        sdgTargets: [...new Set(input.sdgTargets ?? [])],
        countries: [...new Set(input.countries)],
        modalities: [...new Set(input.modalities)],
        languages: [...new Set(input.languages)],
        timeframeStart: input.timeframeStart ?? null,
        timeframeEnd: input.timeframeEnd ?? null,
        coContribution: input.coContribution ?? {},
        visibility: input.visibility ?? 'public',
        endorsement: input.endorsement ?? null,
        createdBy: user.id,
      });
      await enqueueSearchSync(m, 'need', [needId]);
      await this.audit.record(m, { entity: 'need', entityId: needId, action: 'create', actorId: user.id, to: 'open' });
      return needId;
    });
    return this.get(await this.access.viewer(user), id);
  }

  async get(viewer: Viewer, id: string): Promise<Need> {
    const row = await this.listings.findNeed(id);
    if (!row) throw AppError.notFound('Need');
    const own = viewer.organizations.includes(row.organization.id);
    const visible =
      viewer.staff ||
      own ||
      (row.status !== 'withdrawn' && VISIBLE_TO(viewer).includes(row.visibility) && row.visibility !== 'staff');
    // The same 404 as for a need that does not exist: a refusal must not tell that it does.
    if (!visible) throw AppError.notFound('Need');
    // Introduced and still in it: a provider that declined (or any dropped match) sees no more.
    const partner = !own && !viewer.staff && (await this.matches.isIntroducedProvider(id, viewer.organizations));
    return toNeed(row, {
      privateOk: own || viewer.staff || partner,
      canEdit: Boolean(viewer.user) && (viewer.user?.role === 'admin' || own),
    });
  }

  async update(user: AuthUser, id: string, input: NeedUpdateInput): Promise<Need> {
    const { version, ...changes } = input;
    await this.db.transaction(async (m) => {
      const row = await this.edits.lockForEdit(m, user, 'need', id, version);
      if (row.status === 'withdrawn') throw new AppError('INVALID_TRANSITION', 'A withdrawn need cannot be changed');
      await this.listings.updateNeed(m, id, {
        title: changes.title,
        problemStatement: changes.problemStatement,
        currentSituation: changes.currentSituation,
        desiredOutcome: changes.desiredOutcome,
        sdgs: changes.sdgs?.map(Number),
        sdgTargets: changes.sdgTargets,
        countries: changes.countries,
        modalities: changes.modalities,
        languages: changes.languages,
        timeframeStart: changes.timeframeStart,
        timeframeEnd: changes.timeframeEnd,
        coContribution: changes.coContribution,
        visibility: changes.visibility,
        endorsement: changes.endorsement,
        status: changes.status,
      });
      await this.edits.checkTargets(m, 'need', id);
      if (changes.status === 'withdrawn') await this.matches.dropLiveMatchesOfNeed(m, id, 'The need was withdrawn');
      await enqueueSearchSync(m, 'need', [id]);
      await this.audit.record(m, {
        entity: 'need',
        entityId: id,
        action: changes.status && changes.status !== row.status ? changes.status : 'edit',
        actorId: user.id,
        from: row.status,
        to: changes.status ?? row.status,
        fields: namedFields(changes),
      });
    });
    return this.get(await this.access.viewer(user), id);
  }

  /** Ranked providers for a need, for its organization and staff only. */
  async suggestionsFor(user: AuthUser, id: string): Promise<Suggestion[]> {
    const viewer = await this.access.viewer(user);
    const need = await this.get(viewer, id);
    if (!viewer.staff && !viewer.organizations.includes(need.organization.id))
      throw AppError.forbidden('Only the need’s organization and staff see its suggestions');
    const facts = await this.listings.findNeedFacts(id);
    if (!facts) throw AppError.notFound('Need');
    return this.suggestions.suggest(toMatching(facts), { includeStaffOffers: viewer.staff });
  }
}

export function toMatching(need: NeedFacts): NeedForMatching {
  return {
    id: need.id,
    organizationId: need.organizationId,
    title: need.title,
    problemStatement: need.problemStatement,
    sdgs: need.sdgs,
    sdgTargets: need.sdgTargets,
    countries: need.countries,
    languages: need.languages,
    modalities: need.modalities,
  };
}
