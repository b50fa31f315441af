import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { ListingsService } from './listings.service';
import { ListingsRepository, type ListingKind, type LockedListing } from './listings.repository';

/** The checks every write of a need or offer makes, inside its transaction. */
@Injectable()
export class ListingEdits {
  constructor(
    private readonly listings: ListingsRepository,
    private readonly access: ListingsService,
  ) {}

  requireEditor(m: EntityManager, user: AuthUser, organizationId: string): Promise<void> {
    return this.access.requireEditor(m, user, organizationId);
  }

  /** Locks a need or offer for an edit by its organization's editors, from the version they saw. */
  async lockForEdit(
    m: EntityManager,
    user: AuthUser,
    kind: ListingKind,
    id: string,
    version: number,
  ): Promise<LockedListing> {
    const row = await this.listings.lockForEdit(m, kind, id);
    if (!row) throw AppError.notFound(kind === 'need' ? 'Need' : 'Offer');
    await this.requireEditor(m, user, row.organizationId);
    if (row.version !== version)
      throw new AppError('STALE_VERSION', `Someone changed this ${kind} after you opened it; reload it`, [
        { location: 'body', field: 'version', message: `The current version is ${row.version}` },
      ]);
    return row;
  }

  /** Targets must belong to the chosen goals also after a partial update. */
  async checkTargets(m: EntityManager, kind: ListingKind, id: string): Promise<void> {
    const bad = await this.listings.firstTargetOutsideGoals(m, kind, id);
    if (bad)
      throw new AppError('VALIDATION_FAILED', 'A target does not belong to the chosen SDGs', [
        { location: 'body', field: 'sdgTargets', message: `Target ${bad} is not under one of the chosen SDGs` },
      ]);
  }

  /** A track record names published solutions of the offering organization. */
  async checkTrackRecord(m: EntityManager, organizationId: string, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const ok = await this.listings.publishedSolutionsOf(m, organizationId, ids);
    const errors = ids
      .map((id, i) => ({ id, i }))
      .filter(({ id }) => !ok.has(id))
      .map(({ i }) => ({
        location: 'body',
        field: `trackRecord.${i}`,
        message: 'Not a published solution of this organization',
      }));
    if (errors.length) throw new AppError('VALIDATION_FAILED', 'The track record names other solutions', errors);
  }
}

/** Which fields an edit named, for the audit log. */
export const namedFields = (changes: object): string[] =>
  Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
