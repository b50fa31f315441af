import { MAX_POINTS, WEIGHTS, offerAdmits, scoreCandidate, type CandidateProfile, type NeedProfile } from './scoring';

const need: NeedProfile = {
  sdgs: [2, 6],
  sdgTargets: ['6.4', '2.3'],
  countries: ['KE'],
  languages: ['en', 'fr'],
  modalities: ['training', 'peer_exchange'],
};
const nobody: CandidateProfile = {
  sdgs: [],
  sdgTargets: [],
  countries: [],
  languages: [],
  modalities: [],
  trackRecord: 0,
  verification: 'unverified',
  textScore: 0,
};

describe('suggestion scoring', () => {
  it('gives nothing, and no reason, to a candidate that shares nothing', () => {
    expect(scoreCandidate(need, nobody)).toEqual({ score: 0, reasons: [] });
  });

  it('adds each reason with its points and the values behind it', () => {
    const { score, reasons } = scoreCandidate(need, {
      ...nobody,
      sdgs: [6, 7],
      sdgTargets: ['6.4', '7.1'],
      countries: ['TZ'], // Eastern Africa, like Kenya
      languages: ['fr'],
      modalities: ['training'],
      trackRecord: 2,
      verification: 'staff',
      textScore: 0.5,
    });
    expect(reasons).toEqual(
      expect.arrayContaining([
        { code: 'shared_targets', points: 6, text: 'Works on the same SDG targets: 6.4', values: ['6.4'] },
        { code: 'shared_goals', points: 5, text: 'Works on the same SDGs: SDG 6', values: ['6'] },
        { code: 'same_subregion', points: 12, text: 'Works in the same sub-region', values: ['014'] },
        { code: 'shared_language', points: 8, text: 'Shares a working language: fr', values: ['fr'] },
        { code: 'modality_fit', points: 4, text: 'Offers the support wanted: training', values: ['training'] },
        { code: 'track_record', points: 6, text: '2 published solutions on these SDGs in the region', values: ['2'] },
        { code: 'verified', points: 6, text: 'Verified by Galaxy staff', values: ['staff'] },
        { code: 'text_relevance', points: 6, text: 'Its text matches the request', values: ['0.50'] },
      ]),
    );
    expect(reasons.map((r) => r.points)).toEqual([...reasons.map((r) => r.points)].sort((a, b) => b - a));
    expect(score).toBe(Math.round(((6 + 5 + 12 + 8 + 4 + 6 + 6 + 6) / MAX_POINTS) * 1000) / 10);
  });

  it('counts the region only when the sub-region differs, and caps repeated reasons', () => {
    const nigeria = scoreCandidate(need, { ...nobody, countries: ['NG'] }); // Western Africa
    expect(nigeria.reasons).toEqual([
      { code: 'same_region', points: WEIGHTS.sameRegion, text: 'Works in the same region', values: ['002'] },
    ]);
    const many = scoreCandidate(
      { ...need, sdgTargets: ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6'] },
      { ...nobody, sdgTargets: ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6'], trackRecord: 40 },
    );
    expect(many.reasons.find((r) => r.code === 'shared_targets')?.points).toBe(WEIGHTS.sharedTarget.max);
    expect(many.reasons.find((r) => r.code === 'track_record')?.points).toBe(WEIGHTS.trackRecord.max);
  });

  it('ranks a closer, more relevant provider above a distant one', () => {
    const near = scoreCandidate(need, { ...nobody, sdgTargets: ['6.4'], countries: ['UG'], textScore: 0.8 });
    const far = scoreCandidate(need, { ...nobody, sdgTargets: ['6.4'], countries: ['BR'], textScore: 0.8 });
    expect(near.score).toBeGreaterThan(far.score);
  });

  it('scores at most 100', () => {
    const best = scoreCandidate(need, {
      sdgs: [2, 6],
      sdgTargets: ['6.4', '2.3'],
      countries: ['KE'],
      languages: ['en'],
      modalities: ['training', 'peer_exchange'],
      trackRecord: 99,
      verification: 'staff',
      textScore: 1,
      eligibleCountries: ['KE'],
    });
    expect(best.score).toBeLessThanOrEqual(100);
    expect(best.score).toBeGreaterThan(80);
  });

  it('admits a need by country, group or region of an offer, and everyone when it sets none', () => {
    const none = { eligibleCountries: [], eligibleGroups: [], eligibleRegions: [] };
    expect(offerAdmits(none, ['KE'])).toEqual({ restricted: false, countries: ['KE'] });
    expect(offerAdmits({ ...none, eligibleCountries: ['KE'] }, ['KE', 'TZ'])).toEqual({
      restricted: true,
      countries: ['KE'],
    });
    expect(offerAdmits({ ...none, eligibleGroups: ['sids'] }, ['KE']).countries).toEqual([]);
    expect(offerAdmits({ ...none, eligibleGroups: ['ldc'] }, ['UG']).countries).toEqual(['UG']);
    expect(offerAdmits({ ...none, eligibleRegions: ['002'] }, ['KE']).countries).toEqual(['KE']);
    expect(offerAdmits({ ...none, eligibleRegions: ['019'] }, ['KE']).countries).toEqual([]);
  });

  it('counts an offer made for the need’s countries, and says which', () => {
    const need = { sdgs: [6], sdgTargets: [], countries: ['KE', 'TZ'], languages: [], modalities: [] };
    const offer = {
      sdgs: [6],
      sdgTargets: [],
      countries: [],
      languages: [],
      modalities: [],
      trackRecord: 0,
      verification: 'none',
      textScore: 0,
    };
    const open = scoreCandidate(need, offer);
    const made = scoreCandidate(need, { ...offer, eligibleCountries: ['KE'] });
    expect(made.reasons.find((r) => r.code === 'eligible')).toMatchObject({
      points: WEIGHTS.eligible,
      values: ['KE'],
    });
    expect(open.reasons.map((r) => r.code)).not.toContain('eligible');
    expect(made.score).toBeGreaterThan(open.score);
  });
});
