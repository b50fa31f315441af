import type { BudgetRange, CountryRole, OrganizationType, SolutionOrganizationRole, Theme } from '@galaxy/contracts';
import { SDG_GOAL_REFS, SDG_TARGET_REFS, findArea, regionsOf, type Localized } from '@galaxy/contracts/reference';
import XMLBuilder from 'fast-xml-builder';
import {
  BUDGET_VALUES,
  GALAXY_TAG,
  IATI_VERSION,
  ORGANIZATION_ROLE_CODES,
  ORGANIZATION_TYPE_CODES,
  STATUS_CODES,
  THEME_SECTORS,
  codeName,
  equalShares,
} from './iati-mapping';

/** What an activity is written from: a published solution with its countries and organizations. */
export interface IatiSolution {
  id: string;
  slug: string;
  language: string;
  title: string;
  summary: string;
  challenge: string;
  towardsSolution: string;
  resultsImpact: string;
  sustainability: string | null;
  replicability: string | null;
  lessonsLearned: string | null;
  beneficiaries: string | null;
  sdgs: number[];
  sdgTargets: string[];
  countries: { country: string; role: CountryRole }[];
  modality: string;
  themes: Theme[];
  organizations: { name: string; type: OrganizationType; role: SolutionOrganizationRole }[];
  /** Who funded it: participating-org role 1 (Funding); amounts are not sent (no transaction yet). */
  funders: { name: string; type: OrganizationType }[];
  projectStatus: 'ongoing' | 'completed';
  startYear: number;
  endYear: number | null;
  budgetRange: BudgetRange | null;
  links: { label: string; url: string }[];
  updatedAt: Date;
}

export interface ReportingOrg {
  ref: string;
  name: string;
  type: string;
}

export interface WriteContext {
  reportingOrg: ReportingOrg;
  /** Base of the link to the solution's page. */
  publicUrl: string;
  /** Today (UTC, YYYY-MM-DD): actual dates are never later. */
  today: string;
}

const UN_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;

// XML 1.0 cannot carry these characters at all, escaped or not.
// eslint-disable-next-line no-control-regex -- naming the control characters XML allows is the point
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const clean = (text: string) => text.replace(NOT_XML, '');

export const iatiIdentifier = (reportingOrgRef: string, solutionId: string) => `${reportingOrgRef}-${solutionId}`;

// Every element and attribute goes through the builder, which escapes text and attribute values.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  processEntities: true,
});

/**
 * The start of the file. Its only values are the version constant and an ISO date-time, which have
 * nothing to escape; activities follow, then ACTIVITIES_END.
 */
export const activitiesStart = (generated: Date): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="${IATI_VERSION}" generated-datetime="${generated.toISOString()}">\n`;
export const ACTIVITIES_END = '</iati-activities>\n';

type XmlNode = Record<string, unknown>;
const narrative = (text: string, language: string | null): XmlNode =>
  language ? { '@_xml:lang': language, '#text': clean(text) } : { '#text': clean(text) };
const localized = (names: Localized): XmlNode[] => UN_LANGUAGES.map((l) => narrative(names[l], l));

/**
 * One `iati-activity` as XML text, its elements in the order of the 2.03 schema
 * (iati-activities-schema.xsd): iati-identifier, reporting-org, title, description,
 * participating-org, activity-status, activity-date, recipient-country, recipient-region, sector,
 * tag, budget, document-link.
 */
export function activityXml(s: IatiSolution, ctx: WriteContext): string {
  const lang = s.language;
  const a: XmlNode = {
    '@_last-updated-datetime': s.updatedAt.toISOString(),
    '@_xml:lang': lang,
    '@_default-currency': 'USD',
    'iati-identifier': iatiIdentifier(ctx.reportingOrg.ref, s.id),
    'reporting-org': {
      '@_ref': ctx.reportingOrg.ref,
      '@_type': ctx.reportingOrg.type,
      narrative: narrative(ctx.reportingOrg.name, 'en'),
    },
    title: { narrative: narrative(s.title, lang) },
  };
  // Descriptions: 1 General = summary, 2 Objectives = towards a solution, 3 Target groups =
  // beneficiaries, 4 Other = challenge, then results and impact, then the optional sections.
  const descriptions = (
    [
      ['1', s.summary],
      ['2', s.towardsSolution],
      ['3', s.beneficiaries],
      ['4', s.challenge],
      ['4', s.resultsImpact],
      ['4', s.sustainability],
      ['4', s.replicability],
      ['4', s.lessonsLearned],
    ] as const
  ).filter(([, text]) => text);
  a['description'] = descriptions.map(([type, text]) => ({
    '@_type': type,
    narrative: narrative(text as string, lang),
  }));

  // Funders are role 1 (Funding), as supporting organizations are; one named as both is sent once.
  const funding = new Set(s.organizations.filter((o) => o.role === 'supporting').map((o) => o.name.toLowerCase()));
  const participants = [
    ...s.organizations.map((o) => ({ name: o.name, type: o.type, role: ORGANIZATION_ROLE_CODES[o.role] })),
    ...s.funders
      .filter((f) => !funding.has(f.name.toLowerCase()) && funding.add(f.name.toLowerCase()))
      .map((f) => ({ name: f.name, type: f.type, role: '1' })),
  ];
  a['participating-org'] = participants.length
    ? participants.map((o) => ({
        '@_role': o.role,
        '@_type': ORGANIZATION_TYPE_CODES[o.type],
        narrative: narrative(o.name, null),
      }))
    : // The schema wants at least one; the catalog that vouches for the record is accountable for it.
      [
        {
          '@_ref': ctx.reportingOrg.ref,
          '@_role': '2',
          '@_type': ctx.reportingOrg.type,
          narrative: narrative(ctx.reportingOrg.name, 'en'),
        },
      ];
  a['activity-status'] = { '@_code': STATUS_CODES[s.projectStatus] };
  a['activity-date'] = activityDates(s, ctx.today).map((d) => ({ '@_type': d.type, '@_iso-date': d['iso-date'] }));

  // Recipient countries and regions together add up to 100 %: the countries when there are any
  // (their regions follow from them), otherwise the UN M49 sub-regions of the solution's countries.
  const recipients = [...new Set(s.countries.filter((c) => c.role === 'recipient').map((c) => c.country))];
  if (recipients.length) {
    const shares = equalShares(recipients.length);
    a['recipient-country'] = recipients.map((code, i) => {
      const area = findArea(code);
      return {
        '@_code': code,
        '@_percentage': String(shares[i]),
        ...(area ? { narrative: localized(area.name) } : {}),
      };
    });
  } else {
    const regions = [
      ...new Set(
        s.countries.flatMap((c) => {
          const area = findArea(c.country);
          return area?.subRegion ? [area.subRegion] : area ? regionsOf(area).slice(0, 1) : [];
        }),
      ),
    ];
    const shares = equalShares(regions.length);
    if (regions.length)
      a['recipient-region'] = regions.map((code, i) => ({
        '@_code': code,
        '@_vocabulary': '2',
        '@_percentage': String(shares[i]),
      }));
  }

  const sectors = [...new Set(s.themes.map((t) => THEME_SECTORS[t]))];
  const sectorShares = equalShares(sectors.length);
  if (sectors.length)
    a['sector'] = sectors.map((code, i) => ({
      '@_vocabulary': '1',
      '@_code': code,
      '@_percentage': String(sectorShares[i]),
      narrative: narrative(codeName('Sector', code) ?? code, 'en'),
    }));

  const tags: XmlNode[] = [];
  for (const goal of [...s.sdgs].sort((x, y) => x - y)) {
    const ref = SDG_GOAL_REFS.find((g) => g.number === goal);
    tags.push({ '@_vocabulary': '2', '@_code': String(goal), ...(ref ? { narrative: localized(ref.short) } : {}) });
  }
  for (const target of s.sdgTargets) {
    const ref = SDG_TARGET_REFS.find((t) => t.id === target);
    tags.push({ '@_vocabulary': '3', '@_code': target, ...(ref ? { narrative: localized(ref.title) } : {}) });
  }
  for (const c of s.countries)
    if (c.role !== 'recipient') tags.push({ '@_vocabulary': '99', '@_code': `${c.role}:${c.country}` });
  tags.push({ '@_vocabulary': '99', '@_code': `${GALAXY_TAG.modality}:${s.modality}` });
  a['tag'] = tags;

  if (s.budgetRange) {
    // IATI budgets cover at most a year; we know a range for the whole solution, placed on its first year.
    a['budget'] = {
      '@_type': '1',
      '@_status': '1',
      'period-start': { '@_iso-date': `${s.startYear}-01-01` },
      'period-end': { '@_iso-date': `${s.startYear}-12-31` },
      value: {
        '@_currency': 'USD',
        '@_value-date': `${s.startYear}-01-01`,
        '#text': String(BUDGET_VALUES[s.budgetRange]),
      },
    };
  }

  const page = new URL(`/solutions/${encodeURIComponent(s.slug)}`, ctx.publicUrl).toString();
  a['document-link'] = [{ label: s.title, url: page }, ...s.links].map((link) => ({
    '@_url': clean(link.url),
    '@_format': 'text/html',
    title: { narrative: narrative(link.label, lang) },
    category: { '@_code': 'A12' },
  }));
  return builder.build({ 'iati-activity': a }) as string;
}

/** A whole file in memory: for tests and the sample; the export streams activity by activity. */
export function activitiesFile(solutions: readonly IatiSolution[], ctx: WriteContext, generated: Date): string {
  return activitiesStart(generated) + solutions.map((s) => activityXml(s, ctx)).join('') + ACTIVITIES_END;
}

/**
 * Years become dates: 1 January and 31 December. Actual dates are never in the future: a start
 * still ahead is planned (1); an ongoing solution's end is planned (3); a completed one ended (4) at
 * the latest today.
 */
export function activityDates(
  s: Pick<IatiSolution, 'startYear' | 'endYear' | 'projectStatus'>,
  today: string,
): { type: string; 'iso-date': string }[] {
  const start = `${s.startYear}-01-01`;
  const dates = [{ type: start > today ? '1' : '2', 'iso-date': start }];
  if (s.endYear !== null) {
    const end = `${s.endYear}-12-31`;
    if (s.projectStatus === 'completed') dates.push({ type: '4', 'iso-date': end > today ? today : end });
    else dates.push({ type: '3', 'iso-date': end });
  }
  return dates;
}
