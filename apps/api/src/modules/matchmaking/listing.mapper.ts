import type { Need, Offer } from '@galaxy/contracts';
import { deriveGeography } from '../search';
import type { NeedRecord, OfferRecord } from './listings.repository';

/** A need as the contract shows it; its private fields only when `privateOk`. */
export function toNeed(row: NeedRecord, access: { privateOk: boolean; canEdit: boolean }): Need {
  return {
    id: row.id,
    kind: 'need',
    organization: row.organization,
    title: row.title,
    problemStatement: row.problemStatement,
    currentSituation: row.currentSituation,
    desiredOutcome: row.desiredOutcome,
    sdgs: row.sdgs,
    sdgTargets: row.sdgTargets,
    countries: row.countries,
    regions: deriveGeography(row.countries).regions,
    modalities: row.modalities as Need['modalities'],
    languages: row.languages,
    timeframeStart: row.timeframeStart,
    timeframeEnd: row.timeframeEnd,
    visibility: row.visibility,
    status: row.status,
    endorsed: row.endorsement !== null,
    coContribution: access.privateOk ? row.coContribution : null,
    endorsement: access.privateOk ? row.endorsement : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    canEdit: access.canEdit,
  };
}

export function toOffer(row: OfferRecord, trackRecord: Offer['trackRecord'], canEdit: boolean): Offer {
  return {
    id: row.id,
    kind: 'offer',
    organization: row.organization,
    title: row.title,
    description: row.description,
    modalities: row.modalities as Offer['modalities'],
    sdgs: row.sdgs,
    sdgTargets: row.sdgTargets,
    eligibleCountries: row.eligibleCountries,
    eligibleGroups: row.eligibleGroups as Offer['eligibleGroups'],
    eligibleRegions: row.eligibleRegions,
    capacityPerYear: row.capacityPerYear,
    costModel: row.costModel,
    languages: row.languages,
    trackRecord,
    visibility: row.visibility,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    canEdit,
  };
}
