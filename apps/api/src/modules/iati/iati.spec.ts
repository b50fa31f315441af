import { mapActivity } from './iati-mapper';
import { equalShares } from './iati-mapping';
import { IatiFileError, readIatiFile } from './iati-reader';
import { checkIatiFile } from './iati-rules';
import { activitiesFile, activityDates, type IatiSolution, type WriteContext } from './iati-writer';

const ctx: WriteContext = {
  reportingOrg: { ref: 'XM-DAC-GALAXY', name: 'Galaxy', type: '40' },
  publicUrl: 'https://galaxy.example.org',
  today: '2026-06-30',
};
const mapCtx = { reportingOrgRef: ctx.reportingOrg.ref, publicUrl: ctx.publicUrl };

const solution = (overrides: Partial<IatiSolution> = {}): IatiSolution => ({
  id: '0b7d6c1e-6a55-4c1b-9d3e-5f0a2b9c8d71',
  slug: 'solar-water-kiosks-abc',
  language: 'fr',
  title: 'Kiosques à eau solaires & "pompes" <rurales>',
  summary: 'Des kiosques vendent une eau sûre.',
  challenge: 'Les ménages marchaient des heures.',
  towardsSolution: 'Une régie du pays fournisseur a formé des opérateurs.',
  resultsImpact: 'Des milliers de ménages achètent une eau traitée.',
  sustainability: null,
  replicability: 'Reproduit dans deux pays.',
  lessonsLearned: null,
  beneficiaries: 'Ménages ruraux',
  sdgs: [6, 7],
  sdgTargets: ['6.1', '7.2'],
  countries: [
    { country: 'SN', role: 'recipient' },
    { country: 'ML', role: 'recipient' },
    { country: 'NE', role: 'recipient' },
    { country: 'IN', role: 'provider' },
    { country: 'JP', role: 'triangular_partner' },
  ],
  modality: 'triangular',
  themes: ['water_sanitation', 'energy', 'climate'],
  organizations: [
    { name: 'Office national de l’eau', type: 'government', role: 'implementing' },
    { name: 'Japan Fund', type: 'foundation', role: 'supporting' },
  ],
  funders: [],
  projectStatus: 'completed',
  startYear: 2019,
  endYear: 2026,
  budgetRange: '1m_5m',
  links: [{ label: 'Rapport final', url: 'https://example.org/report?a=1&b=2' }],
  updatedAt: new Date('2026-05-01T10:00:00Z'),
  ...overrides,
});

function file(solutions: IatiSolution[]): string {
  return activitiesFile(solutions, ctx, new Date('2026-06-30T12:00:00Z'));
}

describe('IATI export', () => {
  it('writes activities that pass the 2.03 rules, narratives tagged with their language', () => {
    const xml = file([
      solution(),
      solution({
        id: 'a1b2c3d4-0000-4000-8000-000000000001',
        countries: [{ country: 'BR', role: 'provider' }],
        organizations: [],
        budgetRange: null,
        themes: [],
        projectStatus: 'ongoing',
        endYear: null,
      }),
    ]);
    expect(checkIatiFile(xml, { today: ctx.today })).toEqual([]);
    expect(xml).toContain('<iati-identifier>XM-DAC-GALAXY-0b7d6c1e-6a55-4c1b-9d3e-5f0a2b9c8d71</iati-identifier>');
    expect(xml).toContain(
      '<narrative xml:lang="fr">Kiosques à eau solaires &amp; &quot;pompes&quot; &lt;rurales&gt;</narrative>',
    );
    expect(xml).toContain('<tag vocabulary="2" code="6">');
    expect(xml).toContain('<narrative xml:lang="zh">');
    expect(xml).toContain('<tag vocabulary="3" code="7.2">');
    expect(xml).toContain('<recipient-country code="NE" percentage="33.34">');
    expect(xml).toContain('<sector vocabulary="1" code="14030" percentage="33.33">');
    expect(xml).toContain('<participating-org role="1" type="60">');
    // Without a recipient country, the regions of the countries stand in; without organizations, the reporting org.
    expect(xml).toContain('<recipient-region code="419" vocabulary="2" percentage="100"/>');
    expect(xml).toContain('<participating-org ref="XM-DAC-GALAXY" role="2" type="40">');
    expect(xml).toContain('url="https://example.org/report?a=1&amp;b=2"');
  });

  it('sends funders as participating-org role 1 (Funding) with their type code, once per name', () => {
    const xml = file([
      solution({
        funders: [
          { name: 'Japan Fund', type: 'foundation' },
          { name: 'Banco Regional', type: 'dfi' },
          { name: 'Ministère des Finances', type: 'government' },
        ],
      }),
    ]);
    expect(checkIatiFile(xml, { today: ctx.today })).toEqual([]);
    const orgs = [...xml.matchAll(/<participating-org role="(\d+)" type="(\d+)">\s*<narrative>([^<]+)</g)].map((m) =>
      m.slice(1).join(' '),
    );
    expect(orgs).toEqual([
      '4 10 Office national de l’eau',
      '1 60 Japan Fund',
      '1 15 Banco Regional',
      '1 10 Ministère des Finances',
    ]);
  });

  it('never dates an actual start or end after today', () => {
    expect(activityDates({ startYear: 2027, endYear: 2030, projectStatus: 'ongoing' }, '2026-06-30')).toEqual([
      { type: '1', 'iso-date': '2027-01-01' },
      { type: '3', 'iso-date': '2030-12-31' },
    ]);
    expect(activityDates({ startYear: 2019, endYear: 2026, projectStatus: 'completed' }, '2026-06-30')).toEqual([
      { type: '2', 'iso-date': '2019-01-01' },
      { type: '4', 'iso-date': '2026-06-30' },
    ]);
  });

  it('splits 100 % into shares that add up exactly', () => {
    for (const n of [1, 2, 3, 6, 7, 9]) expect(equalShares(n).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });

  it('has a checker that fails files that break the rules', () => {
    const good = file([solution()]);
    expect(
      checkIatiFile(good.replace('<activity-status code="4"/>', '<activity-status code="9"/>'), { today: ctx.today }),
    ).toEqual(['activity 1: activity-status: "9" is not in the ActivityStatus codelist']);
    const swapped = good.replace(/(<reporting-org[\s\S]*?<\/reporting-org>)(\s*)(<title>[\s\S]*?<\/title>)/, '$3$2$1');
    expect(checkIatiFile(swapped, { today: ctx.today }).join()).toMatch(/against the schema's order/);
    expect(
      checkIatiFile(good.replace('xml:lang="fr">Kiosques', 'xml:lang="xx">Kiosques'), { today: ctx.today }),
    ).toEqual(['activity 1: title narrative xml:lang: "xx" is not in the Language codelist']);
    expect(checkIatiFile(good.replace('percentage="33.34"', 'percentage="50"'), { today: ctx.today }).join()).toMatch(
      /add up to 116.66/,
    );
  });
});

describe('IATI import: reading a file', () => {
  const code = (xml: string, max = 1_000_000) => {
    try {
      readIatiFile(xml, max);
      return 'read';
    } catch (error) {
      return (error as IatiFileError).code;
    }
  };

  it('refuses a DTD before any entity is expanded or fetched (billion laughs, XXE)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><iati-activities version="2.03"><iati-activity><title><narrative>&lol9;</narrative></title></iati-activity></iati-activities>`;
    expect(code(laughs)).toBe('XML_DTD_FORBIDDEN');
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><iati-activities version="2.03"><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>`;
    expect(code(xxe)).toBe('XML_DTD_FORBIDDEN');
    // An entity nobody declared is an error, not an empty string.
    expect(code('<iati-activities version="2.03"><iati-activity>&xxe;</iati-activity></iati-activities>')).toBe(
      'XML_MALFORMED',
    );
  });

  it('refuses what is not a well-formed IATI 2.0x activities file, or too large', () => {
    expect(code('<iati-activities version="2.03"><iati-activity></iati-activities>')).toBe('XML_MALFORMED');
    expect(code('not xml at all')).toBe('XML_MALFORMED');
    expect(code('<iati-organisations version="2.03"/>')).toBe('IATI_WRONG_ROOT');
    expect(code('<iati-activities version="1.05"/>')).toBe('IATI_WRONG_ROOT');
    expect(code(`<iati-activities version="2.03">${' '.repeat(2000)}</iati-activities>`, 1000)).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    expect(code('\uFEFF<iati-activities version="2.03"/>')).toBe('read');
  });
});

describe('IATI import: mapping an activity', () => {
  it('reads back what Galaxy wrote: title, texts, countries, SDGs, themes, organizations, years, budget, links', () => {
    const [activity] = readIatiFile(file([solution()]), 1_000_000).activities;
    const m = mapActivity(activity, 1, mapCtx);
    expect(m.errors).toEqual([]);
    expect(m.iatiIdentifier).toBe('XM-DAC-GALAXY-0b7d6c1e-6a55-4c1b-9d3e-5f0a2b9c8d71');
    expect(m.draft).toEqual({
      language: 'fr',
      title: solution().title,
      summary: solution().summary,
      towardsSolution: solution().towardsSolution,
      beneficiaries: 'Ménages ruraux',
      challenge: solution().challenge,
      resultsImpact: solution().resultsImpact,
      // Galaxy's third "other" description is replicability, but IATI cannot say so: a guess.
      sustainability: 'Reproduit dans deux pays.',
      organizations: [
        { name: 'Office national de l’eau', type: 'government', role: 'implementing' },
        { name: 'Japan Fund', type: 'foundation', role: 'supporting' },
      ],
      projectStatus: 'completed',
      startYear: 2019,
      endYear: 2026,
      countries: [
        { country: 'SN', role: 'recipient' },
        { country: 'ML', role: 'recipient' },
        { country: 'NE', role: 'recipient' },
        { country: 'IN', role: 'provider' },
        { country: 'JP', role: 'triangular_partner' },
      ],
      sdgs: [6, 7],
      sdgTargets: ['6.1', '7.2'],
      themes: ['water_sanitation', 'energy', 'climate'],
      modality: 'triangular',
      budgetRange: '1m_5m',
      links: [{ label: 'Rapport final', url: 'https://example.org/report?a=1&b=2' }],
    });
    expect(m.dropped.map((d) => d.note)).toContain('the Galaxy page of the exported solution');
    expect(m.owner).toEqual({ name: 'Office national de l’eau', type: 'government' });
  });

  it('says what it guessed and dropped from another publisher, and refuses unknown codes', () => {
    const xml = `<iati-activities version="2.03"><iati-activity xml:lang="de" default-currency="EUR">
      <iati-identifier>DE-1-123</iati-identifier>
      <reporting-org ref="DE-1" type="10"><narrative>BMZ</narrative></reporting-org>
      <title><narrative>Wasser</narrative><narrative xml:lang="es">Agua para todos</narrative><narrative xml:lang="en">Water for all</narrative></title>
      <description type="4"><narrative xml:lang="en">Other text</narrative></description>
      <participating-org role="3" type="40"><narrative xml:lang="en">UNDP</narrative></participating-org>
      <activity-status code="3"/>
      <activity-date type="1" iso-date="2021-03-01"/>
      <recipient-country code="ke" percentage="60"/><recipient-country code="TZ" percentage="40"/>
      <sector vocabulary="1" code="12220" percentage="100"/>
      <tag vocabulary="3" code="3.8"/>
      <budget><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/><value value-date="2021-01-01">100</value></budget>
      <transaction/><transaction/>
    </iati-activity></iati-activities>`;
    const m = mapActivity(readIatiFile(xml, 1_000_000).activities[0], 1, mapCtx);
    expect(m.errors).toEqual([]);
    expect(m.draft).toMatchObject({
      // German is not a language Galaxy keeps: the first title in one it does.
      language: 'es',
      title: 'Agua para todos',
      challenge: 'Other text',
      organizations: [{ name: 'UNDP', type: 'un_entity', role: 'supporting' }],
      projectStatus: 'completed',
      startYear: 2021,
      countries: [
        { country: 'KE', role: 'recipient' },
        { country: 'TZ', role: 'recipient' },
      ],
      sdgs: [3],
      sdgTargets: ['3.8'],
      themes: ['health'],
      modality: 'south-south',
    });
    expect(m.guessed.map((g) => g.field)).toEqual(
      expect.arrayContaining([
        'language',
        'challenge',
        'organizations',
        'projectStatus',
        'startYear',
        'themes',
        'sdgs',
        'modality',
      ]),
    );
    expect(m.dropped.map((d) => d.field)).toEqual(
      expect.arrayContaining(['title', 'recipient-country.percentage', 'budget.0', 'transaction']),
    );
    // No implementing organization: the first one named owns the draft (a guess), before the publisher.
    expect(m.owner).toEqual({ name: 'UNDP', type: 'un_entity' });
    expect(m.guessed).toContainEqual({
      field: 'owner',
      note: 'no implementing organization: the draft belongs to "UNDP", the first one named',
    });

    const bad = xml
      .replace('<activity-status code="3"/>', '<activity-status code="12"/>')
      .replace('code="TZ"', 'code="QQ"')
      .replace('<tag vocabulary="3" code="3.8"/>', '<tag vocabulary="2" code="18"/>')
      .replace('iso-date="2021-03-01"', 'iso-date="01/03/2021"');
    const refused = mapActivity(readIatiFile(bad, 1_000_000).activities[0], 1, mapCtx);
    expect(refused.unknownCode).toBe(true);
    expect(refused.errors.map((e) => e.field)).toEqual([
      'activity-status.code',
      'activity-date.0.iso-date',
      'recipient-country.1.code',
      'tag.0.code',
    ]);
  });
});
