import { z } from 'zod';
import {
  BudgetRangeSchema,
  ContentLanguageSchema,
  CountryRoleSchema,
  ModalitySchema,
  OrganizationTypeSchema,
  ProjectStatusSchema,
  SolutionOrganizationRoleSchema,
  ThemeSchema,
} from './catalog';
import { isCountryCode } from './country-codes';
import { SDG_GOALS, goalOfTarget, isSdgTarget } from './sdg-ids';
import { lineText, multilineText, safeText } from './text';

const text = (max: number) => lineText().min(1).max(max);
const optionalText = (max: number) => lineText().max(max).optional();
const textBlock = (max: number) => multilineText().min(1).max(max);
const optionalTextBlock = (max: number) => multilineText().max(max).optional();
/** An http(s) link, without control characters (the URL parser would let some through). */
export const webUrl = () =>
  z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .superRefine(safeText());

export const CountryCodeSchema = lineText()
  .toUpperCase()
  .refine(isCountryCode, { message: 'Unknown country: use an ISO 3166-1 alpha-2 code of an M49 country or area' });

export const SdgGoalSchema = z.coerce
  .number()
  .int()
  .refine((n) => SDG_GOALS.includes(n), { message: 'SDG goals are numbered 1 to 17' });

export const SdgTargetSchema = lineText().refine(isSdgTarget, {
  message: 'Unknown SDG target: use an id such as "6.4" or "17.a"',
});

export const SolutionCountryInputSchema = z.strictObject({
  country: CountryCodeSchema,
  role: CountryRoleSchema,
});

export const BuildingBlockInputSchema = z.strictObject({
  title: text(200),
  description: textBlock(5000),
  enablingFactors: optionalTextBlock(3000),
  lessons: optionalTextBlock(3000),
});

export const ContactInputSchema = z.strictObject({
  name: text(200),
  role: optionalText(200),
  email: z.email().max(320).optional(),
  organization: optionalText(300),
});

export const LinkInputSchema = z.strictObject({
  label: text(200),
  url: webUrl(),
});

/** ISO 4217 codes accepted for funding amounts: the currencies SSTC funders report in. */
export const FUNDING_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'CHF',
  'CAD',
  'AUD',
  'SEK',
  'NOK',
  'DKK',
  'KRW',
  'INR',
  'BRL',
  'ZAR',
  'MXN',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'IDR',
  'MYR',
  'THB',
  'TRY',
  'SAR',
  'AED',
  'QAR',
  'KWD',
  'EGP',
  'NGN',
  'KES',
  'XOF',
  'XAF',
  'MAD',
  'RUB',
] as const;
export const FundingCurrencySchema = lineText()
  .toUpperCase()
  .refine((c) => (FUNDING_CURRENCIES as readonly string[]).includes(c), {
    message: `Unknown currency: use an ISO 4217 code such as USD or EUR (${FUNDING_CURRENCIES.length} are accepted)`,
  });

/** Who paid for a solution, and how much when it is known. */
export const FunderInputSchema = z
  .strictObject({
    name: text(300),
    /** The slug of a known organization, when the funder is one. */
    organization: optionalText(200),
    type: OrganizationTypeSchema,
    amount: z.number().finite().nonnegative().max(1e13).optional(),
    currency: FundingCurrencySchema.optional(),
    year: z.number().int().min(1950).max(2100).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.amount !== undefined && f.currency === undefined) {
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'An amount needs its currency' });
    }
  });
export type FunderInput = z.input<typeof FunderInputSchema>;

/** An organization named by a solution: by slug when it exists, otherwise described to be created. */
export const SolutionOrganizationInputSchema = z.strictObject({
  name: text(300),
  acronym: optionalText(40),
  type: OrganizationTypeSchema,
  country: CountryCodeSchema.optional(),
  role: SolutionOrganizationRoleSchema,
});

/**
 * A solution as written by a partner or brought in by the importer. Regions and LDC/LLDC/SIDS
 * flags are derived from the countries, never typed in.
 */
export const SolutionFieldsSchema = z.strictObject({
  externalId: optionalText(200),
  language: ContentLanguageSchema,
  title: text(300),
  subtitle: optionalText(300),
  summary: textBlock(2000),
  challenge: textBlock(10000),
  towardsSolution: textBlock(10000),
  resultsImpact: textBlock(10000),
  sustainability: optionalTextBlock(10000),
  replicability: optionalTextBlock(10000),
  lessonsLearned: optionalTextBlock(10000),
  buildingBlocks: z.array(BuildingBlockInputSchema).max(20).default([]),
  sdgs: z.array(SdgGoalSchema).min(1).max(17),
  sdgTargets: z.array(SdgTargetSchema).max(169).default([]),
  countries: z.array(SolutionCountryInputSchema).min(1).max(100),
  modality: ModalitySchema,
  themes: z.array(ThemeSchema).max(10).default([]),
  organizations: z.array(SolutionOrganizationInputSchema).max(30).default([]),
  projectStatus: ProjectStatusSchema,
  startYear: z.number().int().min(1950).max(2100),
  endYear: z.number().int().min(1950).max(2100).optional(),
  budgetRange: BudgetRangeSchema.optional(),
  funders: z.array(FunderInputSchema).max(30).default([]),
  beneficiaries: optionalTextBlock(1000),
  contacts: z.array(ContactInputSchema).max(10).default([]),
  links: z.array(LinkInputSchema).max(20).default([]),
  source: textBlock(500),
});

/** The rules that join fields together; they apply to a complete solution, not to a draft. */
function refineSolution(s: z.output<typeof SolutionFieldsSchema>, ctx: z.RefinementCtx): void {
  s.sdgTargets.forEach((target, i) => {
    if (!s.sdgs.includes(goalOfTarget(target))) {
      ctx.addIssue({
        code: 'custom',
        path: ['sdgTargets', i],
        message: `Target ${target} belongs to SDG ${goalOfTarget(target)}, which is not among the solution's SDGs`,
      });
    }
  });
  if (s.endYear !== undefined && s.endYear < s.startYear) {
    ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'The end year is before the start year' });
  }
  if (s.modality === 'triangular' && !s.countries.some((c) => c.role === 'triangular_partner')) {
    ctx.addIssue({
      code: 'custom',
      path: ['countries'],
      message: 'A triangular solution names at least one triangular partner country',
    });
  }
}

export const SolutionInputSchema = SolutionFieldsSchema.superRefine(refineSolution);
export type SolutionInput = z.input<typeof SolutionInputSchema>;
export type SolutionInputParsed = z.output<typeof SolutionInputSchema>;

export const OrganizationInputSchema = z.strictObject({
  externalId: optionalText(200),
  name: text(300),
  acronym: optionalText(40),
  type: OrganizationTypeSchema,
  country: CountryCodeSchema.optional(),
  operatingCountries: z.array(CountryCodeSchema).max(250).default([]),
  website: webUrl().optional(),
  description: textBlock(5000),
  expertiseSdgs: z.array(SdgGoalSchema).max(17).default([]),
  expertiseTargets: z.array(SdgTargetSchema).max(169).default([]),
  modalities: z.array(ModalitySchema).max(2).default([]),
  languages: z.array(ContentLanguageSchema).max(7).default([]),
  source: textBlock(500),
});
export type OrganizationInput = z.input<typeof OrganizationInputSchema>;
export type OrganizationInputParsed = z.output<typeof OrganizationInputSchema>;
