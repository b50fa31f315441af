import {
  OfferInputSchema,
  OfferUpdateInputSchema,
  type CostModel,
  type ListingVisibility,
  type Offer,
  type OfferInput,
  type OfferUpdateInput,
} from '@galaxy/contracts';
import type { TFunction } from 'i18next';
import { goalsOf, schemaErrors } from './need-form';

export interface OfferValues {
  organizationId: string;
  title: string;
  description: string;
  modalities: string[];
  goals: number[];
  sdgTargets: string[];
  eligibleCountries: string[];
  eligibleGroups: string[];
  eligibleRegions: string[];
  capacityPerYear: string;
  costModel: CostModel | '';
  languages: string[];
  trackRecord: string[];
  visibility: ListingVisibility;
}

export const OFFER_FIELDS = [
  'organizationId',
  'title',
  'description',
  'modalities',
  'sdgTargets',
  'sdgs',
  'eligibleCountries',
  'eligibleGroups',
  'eligibleRegions',
  'capacityPerYear',
  'costModel',
  'languages',
  'trackRecord',
  'visibility',
];

export const emptyOffer = (organizationId = '', languages: string[] = []): OfferValues => ({
  organizationId,
  title: '',
  description: '',
  modalities: [],
  goals: [],
  sdgTargets: [],
  eligibleCountries: [],
  eligibleGroups: [],
  eligibleRegions: [],
  capacityPerYear: '',
  costModel: '',
  languages,
  trackRecord: [],
  visibility: 'public',
});

export function offerValues(offer: Offer): OfferValues {
  return {
    organizationId: offer.organization.id,
    title: offer.title,
    description: offer.description,
    modalities: offer.modalities,
    goals: offer.sdgs,
    sdgTargets: offer.sdgTargets,
    eligibleCountries: offer.eligibleCountries,
    eligibleGroups: offer.eligibleGroups,
    eligibleRegions: offer.eligibleRegions,
    capacityPerYear: offer.capacityPerYear === null ? '' : String(offer.capacityPerYear),
    costModel: offer.costModel,
    languages: offer.languages,
    trackRecord: offer.trackRecord.map((s) => s.id),
    visibility: offer.visibility,
  };
}

/** A number as typed ("1 200", "1,200" → 1200); text that is no number stays, for the check to refuse. */
function capacity(text: string): number | undefined {
  const digits = text.replace(/[\s,.\u00a0\u202f']/g, '');
  if (digits === '') return undefined;
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

function shared(values: OfferValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    modalities: values.modalities as OfferInput['modalities'],
    sdgs: goalsOf(values),
    sdgTargets: values.sdgTargets,
    eligibleCountries: values.eligibleCountries,
    eligibleGroups: values.eligibleGroups as NonNullable<OfferInput['eligibleGroups']>,
    eligibleRegions: values.eligibleRegions,
    costModel: (values.costModel || undefined) as CostModel,
    languages: values.languages as OfferInput['languages'],
    trackRecord: values.trackRecord,
    visibility: values.visibility,
  };
}

export function offerInput(values: OfferValues): OfferInput {
  return {
    organizationId: values.organizationId,
    ...shared(values),
    capacityPerYear: capacity(values.capacityPerYear),
  };
}

export function offerUpdate(values: OfferValues, version: number): OfferUpdateInput {
  return { version, ...shared(values), capacityPerYear: capacity(values.capacityPerYear) ?? null };
}

export function offerFieldOfPath(path: string): string | undefined {
  const head = path.split('.')[0] ?? '';
  return OFFER_FIELDS.includes(head) ? head : undefined;
}

export function checkOffer(values: OfferValues, t: TFunction, version?: number): Record<string, string> {
  const parsed =
    version === undefined
      ? OfferInputSchema.safeParse(offerInput(values))
      : OfferUpdateInputSchema.safeParse(offerUpdate(values, version));
  if (parsed.success) return {};
  const errors = schemaErrors(parsed.error, t, offerFieldOfPath);
  if (errors.capacityPerYear) errors.capacityPerYear = t('listings.error.capacity');
  return errors;
}
