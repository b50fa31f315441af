import { z } from 'zod';
import {
  BudgetRangeSchema,
  ContentLanguageSchema,
  CountryRoleSchema,
  CurationStatusSchema,
  ModalitySchema,
  OrganizationTypeSchema,
  ProjectStatusSchema,
  SolutionOrganizationRoleSchema,
  ThemeSchema,
  VerificationLevelSchema,
} from './catalog';
import { COUNTRY_CODES, M49_TO_ISO2, REGION_CODES } from './country-codes';
import { repeatable } from './query-params';
import { SdgGoalSchema, SdgTargetSchema } from './solution-input';
import { lineText } from './text';

const trueFlag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/** A country by ISO 3166-1 alpha-2 code ("KE") or M49 numeric code ("404"). */
export const CountryParamSchema = lineText().transform((v, ctx) => {
  const upper = v.toUpperCase();
  if (COUNTRY_CODES.includes(upper)) return upper;
  const fromM49 = M49_TO_ISO2.get(v.padStart(3, '0'));
  if (fromM49) return fromM49;
  ctx.addIssue({
    code: 'custom',
    message: `Unknown country "${v}": use an ISO alpha-2 code (KE) or an M49 code (404)`,
  });
  return z.NEVER;
});

export const RegionCodeSchema = lineText()
  .regex(/^\d{3}$/, 'Use an M49 region code such as 002 (Africa) or 419 (Latin America and the Caribbean)')
  .refine((code) => REGION_CODES.has(code), { message: 'Unknown M49 region code' });

export const SOLUTION_SORTS = ['relevance', 'newest', 'title'] as const;

export const SolutionSearchQuerySchema = z.strictObject({
  q: lineText().max(200).optional(),
  sdg: repeatable(SdgGoalSchema),
  target: repeatable(SdgTargetSchema),
  country: repeatable(CountryParamSchema),
  region: repeatable(RegionCodeSchema),
  ldc: trueFlag,
  lldc: trueFlag,
  sids: trueFlag,
  modality: repeatable(ModalitySchema),
  theme: repeatable(ThemeSchema),
  language: repeatable(ContentLanguageSchema),
  status: repeatable(ProjectStatusSchema),
  organizationType: repeatable(OrganizationTypeSchema),
  /** Funded by an organization of this type (the solution's funders, not its implementers). */
  funderType: repeatable(OrganizationTypeSchema),
  sort: z.enum(SOLUTION_SORTS).default('relevance'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SolutionSearchQuery = z.output<typeof SolutionSearchQuerySchema>;
export type SolutionSearchParams = z.input<typeof SolutionSearchQuerySchema>;

export const SolutionCountrySchema = z.object({
  country: z.string(),
  role: CountryRoleSchema,
});

/** A solution as listed in search results, with highlighted snippets. */
export const SolutionSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  summary: z.string(),
  language: ContentLanguageSchema,
  sdgs: z.array(z.number().int()),
  countries: z.array(SolutionCountrySchema),
  regions: z.array(z.string()),
  modality: ModalitySchema,
  themes: z.array(ThemeSchema),
  projectStatus: ProjectStatusSchema,
  startYear: z.number().int(),
  endYear: z.number().int().nullable(),
  organizations: z.array(z.object({ slug: z.string(), name: z.string(), acronym: z.string().nullable() })),
  publishedAt: z.string().nullable(),
  /** Title and summary with matches wrapped in <mark>…</mark>; all other text HTML-escaped. */
  highlight: z.object({ title: z.string(), summary: z.string() }).optional(),
});
export type SolutionSummary = z.infer<typeof SolutionSummarySchema>;

export const FacetCountsSchema = z.record(z.string(), z.number().int());
export const SOLUTION_FACETS = [
  'sdg',
  'target',
  'region',
  'country',
  'modality',
  'theme',
  'language',
  'status',
  'organizationType',
  'funderType',
  'ldc',
  'lldc',
  'sids',
] as const;
export type SolutionFacet = (typeof SOLUTION_FACETS)[number];

export const SolutionSearchResultSchema = z.object({
  items: z.array(SolutionSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z.record(z.enum(SOLUTION_FACETS), FacetCountsSchema),
  /** True when search answered from PostgreSQL because Meilisearch was unreachable. */
  degraded: z.boolean(),
});
export type SolutionSearchResult = z.infer<typeof SolutionSearchResultSchema>;

export const BuildingBlockSchema = z.object({
  title: z.string(),
  description: z.string(),
  enablingFactors: z.string().nullable().optional(),
  lessons: z.string().nullable().optional(),
});
export const ContactSchema = z.object({
  name: z.string(),
  role: z.string().nullable().optional(),
  organization: z.string().nullable().optional(),
  /** Present only for the solution's own editors and staff; public readers use the contact form. */
  email: z.string().nullable().optional(),
});
export const LinkSchema = z.object({ label: z.string(), url: z.string() });

export const FunderSchema = z.object({
  name: z.string(),
  /** The known organization this funder is, when it is one. */
  organization: z.object({ slug: z.string(), name: z.string() }).nullable(),
  type: OrganizationTypeSchema,
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  year: z.number().int().nullable(),
});
export type Funder = z.infer<typeof FunderSchema>;

export const OrganizationRefSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  type: OrganizationTypeSchema,
  country: z.string().nullable(),
});

export const SolutionDetailSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  externalId: z.string().nullable(),
  language: ContentLanguageSchema,
  title: z.string(),
  subtitle: z.string().nullable(),
  summary: z.string(),
  challenge: z.string(),
  towardsSolution: z.string(),
  resultsImpact: z.string(),
  sustainability: z.string().nullable(),
  replicability: z.string().nullable(),
  lessonsLearned: z.string().nullable(),
  buildingBlocks: z.array(BuildingBlockSchema),
  sdgs: z.array(z.number().int()),
  sdgTargets: z.array(z.string()),
  countries: z.array(SolutionCountrySchema),
  regions: z.array(z.string()),
  ldc: z.boolean(),
  lldc: z.boolean(),
  sids: z.boolean(),
  modality: ModalitySchema,
  themes: z.array(ThemeSchema),
  organizations: z.array(OrganizationRefSchema.extend({ role: SolutionOrganizationRoleSchema })),
  projectStatus: ProjectStatusSchema,
  startYear: z.number().int(),
  endYear: z.number().int().nullable(),
  budgetRange: BudgetRangeSchema.nullable(),
  funders: z.array(FunderSchema),
  beneficiaries: z.string().nullable(),
  contacts: z.array(ContactSchema),
  links: z.array(LinkSchema),
  curationStatus: CurationStatusSchema,
  source: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  lastVerifiedAt: z.string().nullable(),
  /** Brokered partnerships that replicated this solution elsewhere (completed matches). */
  replications: z.number().int(),
  /** The solution this one replicates, when it came from a completed match. */
  replicatedFrom: z.object({ slug: z.string(), title: z.string() }).nullable(),
  related: z.array(SolutionSummarySchema.omit({ highlight: true })),
});
export type SolutionDetail = z.infer<typeof SolutionDetailSchema>;

export const OrganizationSearchQuerySchema = z.strictObject({
  q: lineText().max(200).optional(),
  type: repeatable(OrganizationTypeSchema),
  country: repeatable(CountryParamSchema),
  region: repeatable(RegionCodeSchema),
  sdg: repeatable(SdgGoalSchema),
  sort: z.enum(['relevance', 'name', 'solutions']).default('relevance'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type OrganizationSearchQuery = z.output<typeof OrganizationSearchQuerySchema>;

export const OrganizationSummarySchema = OrganizationRefSchema.extend({
  description: z.string(),
  regions: z.array(z.string()),
  expertiseSdgs: z.array(z.number().int()),
  verification: VerificationLevelSchema,
  solutionCount: z.number().int(),
  highlight: z.object({ name: z.string(), description: z.string() }).optional(),
});
export type OrganizationSummary = z.infer<typeof OrganizationSummarySchema>;

export const ORGANIZATION_FACETS = ['type', 'country', 'region', 'sdg'] as const;
export const OrganizationSearchResultSchema = z.object({
  items: z.array(OrganizationSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z.record(z.enum(ORGANIZATION_FACETS), FacetCountsSchema),
  degraded: z.boolean(),
});
export type OrganizationSearchResult = z.infer<typeof OrganizationSearchResultSchema>;

export const OrganizationDetailSchema = OrganizationSummarySchema.omit({ highlight: true }).extend({
  operatingCountries: z.array(z.string()),
  website: z.string().nullable(),
  expertiseTargets: z.array(z.string()),
  modalities: z.array(ModalitySchema),
  languages: z.array(ContentLanguageSchema),
  source: z.string(),
  solutions: z.array(SolutionSummarySchema.omit({ highlight: true })),
});
export type OrganizationDetail = z.infer<typeof OrganizationDetailSchema>;

export const StatsSchema = z.object({
  solutions: z.number().int(),
  organizations: z.number().int(),
  countries: z.number().int(),
  bySdg: FacetCountsSchema,
  byRegion: FacetCountsSchema,
  byCountry: FacetCountsSchema,
  byModality: FacetCountsSchema,
  byOrganizationType: FacetCountsSchema,
  byYear: FacetCountsSchema,
});
export type Stats = z.infer<typeof StatsSchema>;

export const ExportQuerySchema = SolutionSearchQuerySchema.omit({ page: true, pageSize: true, sort: true }).extend({
  /** iati: IATI 2.03 activities XML (docs/iati.md). */
  format: z.enum(['csv', 'json', 'iati']).default('json'),
});
export type ExportQuery = z.output<typeof ExportQuerySchema>;

export const IdOrSlugParamSchema = z.strictObject({
  idOrSlug: lineText().min(1).max(200),
});
