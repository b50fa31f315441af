import { z } from 'zod';

/** The six UN languages: the languages of the interface and of the reference data. */
export const UI_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export const UiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** Languages a catalog entry may be written in: the six UN languages plus Portuguese. */
export const CONTENT_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'] as const;
export const ContentLanguageSchema = z.enum(CONTENT_LANGUAGES);
export type ContentLanguage = z.infer<typeof ContentLanguageSchema>;

export const MODALITIES = ['south-south', 'triangular'] as const;
export const ModalitySchema = z.enum(MODALITIES);
export type Modality = z.infer<typeof ModalitySchema>;

export const COUNTRY_ROLES = ['provider', 'recipient', 'triangular_partner'] as const;
export const CountryRoleSchema = z.enum(COUNTRY_ROLES);
export type CountryRole = z.infer<typeof CountryRoleSchema>;

export const PROJECT_STATUSES = ['ongoing', 'completed'] as const;
export const ProjectStatusSchema = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;

export const CURATION_STATUSES = ['draft', 'submitted', 'published', 'archived'] as const;
export const CurationStatusSchema = z.enum(CURATION_STATUSES);
export type CurationStatus = z.infer<typeof CurationStatusSchema>;

export const BUDGET_RANGES = ['under_100k', '100k_500k', '500k_1m', '1m_5m', 'over_5m'] as const;
export const BudgetRangeSchema = z.enum(BUDGET_RANGES);
export type BudgetRange = z.infer<typeof BudgetRangeSchema>;

export const ORGANIZATION_TYPES = [
  'government',
  'cooperation_agency',
  'un_entity',
  'igo',
  'ngo',
  'academia',
  'private_sector',
  'foundation',
  'dfi',
  'network',
] as const;
export const OrganizationTypeSchema = z.enum(ORGANIZATION_TYPES);
export type OrganizationType = z.infer<typeof OrganizationTypeSchema>;

export const VERIFICATION_LEVELS = ['unverified', 'email_domain', 'staff'] as const;
export const VerificationLevelSchema = z.enum(VERIFICATION_LEVELS);
export type VerificationLevel = z.infer<typeof VerificationLevelSchema>;

export const ORGANIZATION_ROLES_IN_SOLUTION = ['implementing', 'supporting'] as const;
export const SolutionOrganizationRoleSchema = z.enum(ORGANIZATION_ROLES_IN_SOLUTION);
export type SolutionOrganizationRole = z.infer<typeof SolutionOrganizationRoleSchema>;

/** Themes: a short controlled vocabulary, so that the facet stays useful. */
export const THEMES = [
  'agriculture',
  'food_security',
  'water_sanitation',
  'energy',
  'climate',
  'health',
  'education',
  'digital',
  'gender',
  'youth',
  'employment',
  'trade',
  'finance',
  'infrastructure',
  'urban',
  'environment',
  'oceans',
  'disaster_risk',
  'governance',
  'social_protection',
  'statistics',
  'migration',
  'tourism',
  'industry',
] as const;
export const ThemeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof ThemeSchema>;
