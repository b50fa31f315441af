import type { BudgetRange, CountryRole, OrganizationType, SolutionOrganizationRole, Theme } from '@galaxy/contracts';
import { SDG_GOAL_REFS, SDG_TARGET_REFS, findArea, regionsOf, type Localized } from '@galaxy/contracts/reference';
import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces';
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

/** Opens the document: `<iati-activities version="2.03">`. Close with `xml.up().end()`. */
export function openActivities(xml: XMLBuilderCB, generated: Date): void {
  xml.dec({ version: '1.0', encoding: 'UTF-8' });
  xml.ele('iati-activities', { version: IATI_VERSION, 'generated-datetime': generated.toISOString() });
}

/**
 * Writes one `iati-activity`, its elements in the order of the 2.03 schema (iati-activities-schema.xsd):
 * iati-identifier, reporting-org, title, description, participating-org, activity-status,
 * activity-date, recipient-country, recipient-region, sector, tag, budget, document-link.
 */
export function writeActivity(xml: XMLBuilderCB, s: IatiSolution, ctx: WriteContext): void {
  const lang = s.language;
  const narrative = (text: string, language: string | null = lang) =>
    xml
      .ele('narrative', language ? { 'xml:lang': language } : {})
      .txt(clean(text))
      .up();
  const localized = (names: Localized) => {
    for (const l of UN_LANGUAGES) narrative(names[l], l);
  };

  xml.ele('iati-activity', {
    'last-updated-datetime': s.updatedAt.toISOString(),
    'xml:lang': lang,
    'default-currency': 'USD',
  });
  xml.ele('iati-identifier').txt(iatiIdentifier(ctx.reportingOrg.ref, s.id)).up();
  xml.ele('reporting-org', { ref: ctx.reportingOrg.ref, type: ctx.reportingOrg.type });
  narrative(ctx.reportingOrg.name, 'en');
  xml.up();

  xml.ele('title');
  narrative(s.title);
  xml.up();
  // Descriptions: 1 General = summary, 2 Objectives = towards a solution, 3 Target groups =
  // beneficiaries, 4 Other = challenge, then results and impact, then the optional sections.
  const descriptions: [string, string | null][] = [
    ['1', s.summary],
    ['2', s.towardsSolution],
    ['3', s.beneficiaries],
    ['4', s.challenge],
    ['4', s.resultsImpact],
    ['4', s.sustainability],
    ['4', s.replicability],
    ['4', s.lessonsLearned],
  ];
  for (const [type, text] of descriptions) {
    if (!text) continue;
    xml.ele('description', { type });
    narrative(text);
    xml.up();
  }

  if (s.organizations.length) {
    for (const o of s.organizations) {
      xml.ele('participating-org', { role: ORGANIZATION_ROLE_CODES[o.role], type: ORGANIZATION_TYPE_CODES[o.type] });
      narrative(o.name, null);
      xml.up();
    }
  } else {
    // The schema wants at least one; the catalog that vouches for the record is accountable for it.
    xml.ele('participating-org', { ref: ctx.reportingOrg.ref, role: '2', type: ctx.reportingOrg.type });
    narrative(ctx.reportingOrg.name, 'en');
    xml.up();
  }

  xml.ele('activity-status', { code: STATUS_CODES[s.projectStatus] }).up();
  for (const date of activityDates(s, ctx.today)) xml.ele('activity-date', date).up();

  // Recipient countries and regions together add up to 100 %: the countries when there are any
  // (their regions follow from them), otherwise the UN M49 sub-regions of the solution's countries.
  const recipients = [...new Set(s.countries.filter((c) => c.role === 'recipient').map((c) => c.country))];
  if (recipients.length) {
    const shares = equalShares(recipients.length);
    recipients.forEach((code, i) => {
      xml.ele('recipient-country', { code, percentage: String(shares[i]) });
      const area = findArea(code);
      if (area) localized(area.name);
      xml.up();
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
    regions.forEach((code, i) =>
      xml.ele('recipient-region', { code, vocabulary: '2', percentage: String(shares[i]) }).up(),
    );
  }

  const sectors = [...new Set(s.themes.map((t) => THEME_SECTORS[t]))];
  const sectorShares = equalShares(sectors.length);
  sectors.forEach((code, i) => {
    xml.ele('sector', { vocabulary: '1', code, percentage: String(sectorShares[i]) });
    narrative(codeName('Sector', code) ?? code, 'en');
    xml.up();
  });

  for (const goal of [...s.sdgs].sort((a, b) => a - b)) {
    xml.ele('tag', { vocabulary: '2', code: String(goal) });
    const ref = SDG_GOAL_REFS.find((g) => g.number === goal);
    if (ref) localized(ref.short);
    xml.up();
  }
  for (const target of s.sdgTargets) {
    xml.ele('tag', { vocabulary: '3', code: target });
    const ref = SDG_TARGET_REFS.find((t) => t.id === target);
    if (ref) localized(ref.title);
    xml.up();
  }
  for (const c of s.countries) {
    if (c.role === 'recipient') continue;
    xml.ele('tag', { vocabulary: '99', code: `${c.role}:${c.country}` }).up();
  }
  xml.ele('tag', { vocabulary: '99', code: `${GALAXY_TAG.modality}:${s.modality}` }).up();

  if (s.budgetRange) {
    // IATI budgets cover at most a year; we know a range for the whole solution, placed on its first year.
    xml.ele('budget', { type: '1', status: '1' });
    xml.ele('period-start', { 'iso-date': `${s.startYear}-01-01` }).up();
    xml.ele('period-end', { 'iso-date': `${s.startYear}-12-31` }).up();
    xml
      .ele('value', { currency: 'USD', 'value-date': `${s.startYear}-01-01` })
      .txt(String(BUDGET_VALUES[s.budgetRange]))
      .up();
    xml.up();
  }

  const page = new URL(`/solutions/${encodeURIComponent(s.slug)}`, ctx.publicUrl).toString();
  for (const link of [{ label: s.title, url: page }, ...s.links]) {
    xml.ele('document-link', { url: clean(link.url), format: 'text/html' });
    xml.ele('title');
    narrative(link.label);
    xml.up();
    xml.ele('category', { code: 'A12' }).up();
    xml.up();
  }
  xml.up();
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
