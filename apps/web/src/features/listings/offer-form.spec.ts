import type { Offer } from '@galaxy/contracts';
import type { TFunction } from 'i18next';
import {
  checkOffer,
  emptyOffer,
  offerFieldOfPath,
  offerInput,
  offerUpdate,
  offerValues,
  type OfferValues,
} from './offer-form';

/** The message keys stand for what the reader sees (each is one translated sentence). */
const t = ((key: string) => key) as unknown as TFunction;
const ORG = '6f1c2f8e-4c1a-4f7e-9a43-2d1f0b7c9e11';

const filled = (changes: Partial<OfferValues> = {}): OfferValues => ({
  ...emptyOffer(ORG, ['fr']),
  title: 'Training in flood forecasting',
  description: 'Our hydrologists train forecasters for two weeks.',
  modalities: ['training'],
  goals: [13],
  costModel: 'cost_shared',
  ...changes,
});

describe('the offer form', () => {
  it('accepts an offer with what is required', () => {
    expect(checkOffer(filled(), t)).toEqual({});
  });

  it('names each required field left empty', () => {
    expect(Object.keys(checkOffer(emptyOffer(ORG), t)).sort()).toEqual(
      ['title', 'description', 'modalities', 'sdgs', 'costModel', 'languages'].sort(),
    );
  });

  it.each([
    ['1200', 1200],
    ['1 200', 1200],
    ['1,200', 1200],
    ['1.200', 1200],
    ['', undefined],
  ])('reads a capacity typed as "%s" as %p', (typed, capacity) => {
    expect(offerInput(filled({ capacityPerYear: typed })).capacityPerYear).toBe(capacity);
  });

  it('says what is wrong with a capacity that is no whole number, in its own words', () => {
    expect(checkOffer(filled({ capacityPerYear: 'about ten' }), t)).toEqual({
      capacityPerYear: 'listings.error.capacity',
    });
    expect(checkOffer(filled({ capacityPerYear: '0' }), t)).toEqual({ capacityPerYear: 'listings.error.capacity' });
  });

  it('clears the capacity on the server when it is emptied in the editor', () => {
    expect(offerUpdate(filled({ capacityPerYear: '' }), 2)).toMatchObject({ version: 2, capacityPerYear: null });
  });

  it('opens an existing offer with what it holds, track record as solution ids', () => {
    const offer = {
      organization: { id: ORG },
      title: 'Training in flood forecasting',
      description: 'Our hydrologists train forecasters for two weeks.',
      modalities: ['training'],
      sdgs: [13],
      sdgTargets: ['13.1'],
      eligibleCountries: [],
      eligibleGroups: ['sids'],
      eligibleRegions: [],
      capacityPerYear: null,
      costModel: 'free',
      languages: ['fr'],
      trackRecord: [{ id: '1d7c2f8e-4c1a-4f7e-9a43-2d1f0b7c9e11', title: 'Forecasting in Fiji' }],
      visibility: 'public',
    } as unknown as Offer;
    const values = offerValues(offer);
    expect(values.capacityPerYear).toBe('');
    expect(values.trackRecord).toEqual(['1d7c2f8e-4c1a-4f7e-9a43-2d1f0b7c9e11']);
    expect(checkOffer(values, t, 5)).toEqual({});
  });

  it('shows an API error on the field it names, or nowhere for what the form has no field for', () => {
    expect(offerFieldOfPath('eligibleRegions.3')).toBe('eligibleRegions');
    expect(offerFieldOfPath('status')).toBeUndefined();
  });
});
