import { planImport, readRecords } from './importer';

const valid = {
  externalId: 'x-1',
  language: 'en',
  title: 'Solar pumps for smallholder irrigation',
  summary: 'Farmers share solar-powered pumps.',
  challenge: 'Diesel pumps are costly.',
  towardsSolution: 'A cooperative leases solar pumps.',
  resultsImpact: 'Irrigated land doubled.',
  sdgs: [7, 2],
  sdgTargets: ['7.2', '2.3'],
  countries: [
    { country: 'KE', role: 'recipient' },
    { country: 'IN', role: 'provider' },
  ],
  modality: 'south-south',
  projectStatus: 'ongoing',
  startYear: 2021,
  source: 'Test import',
};

describe('import planning', () => {
  it('accepts valid records and reports each invalid one by row and field', () => {
    const plan = planImport([
      valid,
      { ...valid, externalId: 'x-2', sdgs: [18], startYear: 'soon' },
      { ...valid, externalId: undefined },
    ]);
    expect(plan.valid.map((v) => v.row)).toEqual([1]);
    expect(plan.invalid).toHaveLength(2);
    expect(plan.invalid[0]).toMatchObject({ row: 2, externalId: 'x-2' });
    expect(plan.invalid[0].errors.map((e) => e.field)).toEqual(expect.arrayContaining(['sdgs.0', 'startYear']));
    expect(plan.invalid[1].errors.map((e) => e.field)).toContain('externalId');
  });

  it('refuses a second record with the same external id', () => {
    const plan = planImport([valid, valid]);
    expect(plan.invalid[0].errors[0].message).toMatch(/row 1/);
  });

  it('reads CSV with ;-separated lists, country roles and organizations', () => {
    const csv = [
      'externalId,language,title,summary,challenge,towardsSolution,resultsImpact,sdgs,sdgTargets,countries,modality,themes,organizations,projectStatus,startYear,source',
      'c-1,fr,Pompes solaires,Résumé,Défi,Approche,Résultats,7;2,7.2;2.3,SN:recipient;MA:provider,south-south,energy;agriculture,Agence X|cooperation_agency|implementing|MA,ongoing,2020,Test',
      'c-2,fr,Sans pays,Résumé,Défi,Approche,Résultats,7,,,south-south,,,ongoing,2020,Test',
    ].join('\n');
    const { records, firstRow } = readRecords(csv, 'csv');
    const plan = planImport(records, firstRow);
    expect(plan.valid).toHaveLength(1);
    expect(plan.valid[0].input).toMatchObject({
      language: 'fr',
      sdgs: [7, 2],
      countries: [
        { country: 'SN', role: 'recipient' },
        { country: 'MA', role: 'provider' },
      ],
      organizations: [{ name: 'Agence X', type: 'cooperation_agency', role: 'implementing', country: 'MA' }],
      startYear: 2020,
    });
    expect(plan.invalid).toEqual([expect.objectContaining({ row: 3, externalId: 'c-2' })]);
    expect(plan.invalid[0].errors.map((e) => e.field)).toContain('countries');
  });
});
