import {
  type BudgetRange,
  type OrganizationType,
  type ProjectStatus,
  type SolutionOrganizationRole,
  type Theme,
} from '@galaxy/contracts';
import codelists from './codelists.json';

/**
 * The tables that translate between Galaxy's vocabulary and IATI 2.03 codes, both ways; docs/iati.md
 * prints them. The codelist subsets (with their source) are data, in codelists.json.
 */
export type CodelistName = Exclude<keyof typeof codelists, 'source'>;
export const CODELIST_SOURCE: string = codelists.source;
export const inCodelist = (list: CodelistName, code: string): boolean =>
  Object.prototype.hasOwnProperty.call(codelists[list], code);
export const codeName = (list: CodelistName, code: string): string | undefined =>
  (codelists[list] as Record<string, string>)[code];

export const IATI_VERSION = '2.03';

/** Our themes → a DAC 5-digit purpose code each, all different so a theme survives a round trip. */
export const THEME_SECTORS: Record<Theme, string> = {
  agriculture: '31110',
  food_security: '43072',
  water_sanitation: '14030',
  energy: '23110',
  // Climate action has no purpose code of its own (the DAC tracks it with Rio markers): biosphere protection.
  climate: '41020',
  health: '12110',
  education: '11110',
  digital: '22040',
  gender: '15170',
  youth: '11330',
  employment: '16020',
  trade: '33110',
  finance: '24010',
  infrastructure: '21010',
  urban: '43030',
  environment: '41010',
  oceans: '31310',
  disaster_risk: '74020',
  governance: '15110',
  social_protection: '16010',
  statistics: '16062',
  migration: '15190',
  tourism: '33210',
  industry: '32110',
};
const SECTOR_THEMES = new Map(Object.entries(THEME_SECTORS).map(([theme, code]) => [code, theme as Theme]));

/** DAC 3-digit categories → the theme an unmapped purpose code in them most likely means (a guess). */
export const CATEGORY_THEMES: Record<string, Theme> = {
  '111': 'education',
  '112': 'education',
  '113': 'education',
  '114': 'education',
  '121': 'health',
  '122': 'health',
  '123': 'health',
  '130': 'health',
  '140': 'water_sanitation',
  '151': 'governance',
  '152': 'governance',
  '160': 'social_protection',
  '210': 'infrastructure',
  '220': 'digital',
  '230': 'energy',
  '231': 'energy',
  '232': 'energy',
  '233': 'energy',
  '234': 'energy',
  '235': 'energy',
  '236': 'energy',
  '240': 'finance',
  '250': 'finance',
  '311': 'agriculture',
  '312': 'environment',
  '313': 'oceans',
  '321': 'industry',
  '322': 'industry',
  '323': 'industry',
  '331': 'trade',
  '332': 'tourism',
  '410': 'environment',
  '520': 'food_security',
  '720': 'disaster_risk',
  '730': 'disaster_risk',
  '740': 'disaster_risk',
};

export type SectorMatch = { theme: Theme; exact: boolean } | undefined;

/** A DAC purpose code (5 digits, vocabulary 1) or category (3 digits, vocabulary 2) → a theme. */
export function themeOfSector(code: string): SectorMatch {
  const exact = SECTOR_THEMES.get(code);
  if (exact) return { theme: exact, exact: true };
  const category = CATEGORY_THEMES[code.slice(0, 3)];
  return category ? { theme: category, exact: false } : undefined;
}

/** Our organization types → IATI OrganisationType. */
export const ORGANIZATION_TYPE_CODES: Record<OrganizationType, string> = {
  government: '10',
  // A national cooperation agency is part of its government.
  cooperation_agency: '10',
  un_entity: '40',
  igo: '40',
  // Unknown whether international or national: international, the more common in SSTC.
  ngo: '21',
  academia: '80',
  private_sector: '70',
  foundation: '60',
  // Development finance institutions: public bodies (multilateral banks would be 40).
  dfi: '15',
  network: '90',
};

/** IATI OrganisationType → ours; `exact: false` when several of ours share the code or none fits well. */
export function organizationTypeOf(code: string, name: string): { type: OrganizationType; exact: boolean } {
  switch (code) {
    case '10':
    case '11':
      return { type: 'government', exact: code === '10' };
    case '15':
      return { type: 'dfi', exact: false };
    case '21':
    case '22':
    case '23':
    case '24':
      return { type: 'ngo', exact: true };
    case '30':
      return { type: 'private_sector', exact: false };
    case '40':
      return /\bUN\b|United Nations|UNDP|UNICEF|UNOSSC|UNFPA|UNEP|UNIDO|UNESCO|\bWHO\b|\bFAO\b|\bILO\b|\bWFP\b/.test(
        name,
      )
        ? { type: 'un_entity', exact: false }
        : { type: 'igo', exact: false };
    case '60':
      return { type: 'foundation', exact: true };
    case '70':
    case '71':
    case '72':
    case '73':
      return { type: 'private_sector', exact: true };
    case '80':
      return { type: 'academia', exact: true };
    default:
      return { type: 'network', exact: false };
  }
}

/** Our organization roles → IATI OrganisationRole: implementing is 4; supporting organizations fund (1). */
export const ORGANIZATION_ROLE_CODES: Record<SolutionOrganizationRole, string> = {
  implementing: '4',
  supporting: '1',
};

export function organizationRoleOf(code: string): { role: SolutionOrganizationRole; exact: boolean } {
  if (code === '4') return { role: 'implementing', exact: true };
  return { role: 'supporting', exact: code === '1' };
}

/** ongoing → 2 Implementation, completed → 4 Closed. */
export const STATUS_CODES: Record<ProjectStatus, string> = { ongoing: '2', completed: '4' };

export function projectStatusOf(code: string): { status: ProjectStatus; exact: boolean } {
  if (code === '2') return { status: 'ongoing', exact: true };
  if (code === '4') return { status: 'completed', exact: true };
  // Pipeline and suspended activities are not over; finalisation and cancelled ones are.
  if (code === '1' || code === '6') return { status: 'ongoing', exact: false };
  return { status: 'completed', exact: false };
}

/**
 * A budget range is written as one indicative budget in US dollars: a figure inside the range (its
 * lower bound, or half of 100 000 for the lowest), which reads back into the same range.
 */
export const BUDGET_VALUES: Record<BudgetRange, number> = {
  under_100k: 50_000,
  '100k_500k': 100_000,
  '500k_1m': 500_000,
  '1m_5m': 1_000_000,
  over_5m: 5_000_000,
};

export function budgetRangeOf(usd: number): BudgetRange {
  if (usd < 100_000) return 'under_100k';
  if (usd < 500_000) return '100k_500k';
  if (usd < 1_000_000) return '500k_1m';
  if (usd < 5_000_000) return '1m_5m';
  return 'over_5m';
}

/** Percentages of n equal shares that add up to exactly 100 (two decimals). */
export function equalShares(n: number): number[] {
  if (n === 0) return [];
  const base = Math.floor(10_000 / n) / 100;
  const shares = Array.from({ length: n }, () => base);
  shares[n - 1] = Math.round((100 - base * (n - 1)) * 100) / 100;
  return shares;
}

/** Galaxy's own tag vocabulary (99) keeps what IATI has no element for: providers, triangular partners, modality. */
export const GALAXY_TAG = {
  provider: 'provider',
  triangularPartner: 'triangular_partner',
  modality: 'modality',
} as const;
