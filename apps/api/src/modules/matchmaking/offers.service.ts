import { Injectable } from '@nestjs/common';
import type { Offer, OfferInput, OfferUpdateInput } from '@galaxy/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { enqueueSearchSync } from '../search';
import { AuditLog } from '../curation/audit-log';
import { ListingEdits, namedFields } from './listing-edits';
import { toOffer } from './listing.mapper';
import { ListingsRepository } from './listings.repository';
import { ListingsService, VISIBLE_TO, type Viewer } from './listings.service';

/** Offers: written by their organization's editors, read under their visibility. */
@Injectable()
export class OffersService {
  constructor(
    private readonly db: DataSource,
    private readonly listings: ListingsRepository,
    private readonly edits: ListingEdits,
    private readonly access: ListingsService,
    private readonly audit: AuditLog,
  ) {}

  async create(user: AuthUser, input: OfferInput): Promise<Offer> {
    const id = await this.db.transaction(async (m) => {
      await this.edits.requireEditor(m, user, input.organizationId);
      await this.edits.checkTrackRecord(m, input.organizationId, input.trackRecord ?? []);
      const offerId = await this.listings.insertOffer(m, {
        organizationId: input.organizationId,
        title: input.title,
        description: input.description,
        modalities: [...new Set(input.modalities)],
        sdgs: [...new Set(input.sdgs.map(Number))],
        sdgTargets: [...new Set(input.sdgTargets ?? [])],
        eligibleCountries: [...new Set(input.eligibleCountries ?? [])],
        eligibleGroups: [...new Set(input.eligibleGroups ?? [])],
        eligibleRegions: [...new Set(input.eligibleRegions ?? [])],
        capacityPerYear: input.capacityPerYear ?? null,
        costModel: input.costModel,
        languages: [...new Set(input.languages)],
        trackRecord: [...new Set(input.trackRecord ?? [])],
        visibility: input.visibility ?? 'public',
        createdBy: user.id,
      });
      await enqueueSearchSync(m, 'offer', [offerId]);
      await this.audit.record(m, {
        entity: 'offer',
        entityId: offerId,
        action: 'create',
        actorId: user.id,
        to: 'open',
      });
      return offerId;
    });
    return this.get(await this.access.viewer(user), id);
  }

  async get(viewer: Viewer, id: string): Promise<Offer> {
    const row = await this.listings.findOffer(id);
    if (!row) throw AppError.notFound('Offer');
    const own = viewer.organizations.includes(row.organization.id);
    if (!viewer.staff && !own && !(VISIBLE_TO(viewer).includes(row.visibility) && row.visibility !== 'staff')) {
      throw AppError.notFound('Offer');
    }
    const track = await this.listings.trackRecordLinks(row.trackRecord);
    return toOffer(row, track, Boolean(viewer.user) && (viewer.user?.role === 'admin' || own));
  }

  async update(user: AuthUser, id: string, input: OfferUpdateInput): Promise<Offer> {
    const { version, ...changes } = input;
    await this.db.transaction(async (m) => {
      const row = await this.edits.lockForEdit(m, user, 'offer', id, version);
      if (changes.trackRecord) await this.edits.checkTrackRecord(m, row.organizationId, changes.trackRecord);
      await this.listings.updateOffer(m, id, {
        title: changes.title,
        description: changes.description,
        modalities: changes.modalities,
        sdgs: changes.sdgs?.map(Number),
        sdgTargets: changes.sdgTargets,
        eligibleCountries: changes.eligibleCountries,
        eligibleGroups: changes.eligibleGroups,
        eligibleRegions: changes.eligibleRegions,
        capacityPerYear: changes.capacityPerYear,
        costModel: changes.costModel,
        languages: changes.languages,
        trackRecord: changes.trackRecord,
        visibility: changes.visibility,
        status: changes.status,
      });
      await this.edits.checkTargets(m, 'offer', id);
      await enqueueSearchSync(m, 'offer', [id]);
      await this.audit.record(m, {
        entity: 'offer',
        entityId: id,
        action: 'edit',
        actorId: user.id,
        from: row.status,
        to: changes.status ?? row.status,
        fields: namedFields(changes),
      });
    });
    return this.get(await this.access.viewer(user), id);
  }
}
