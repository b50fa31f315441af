import { z } from 'zod';
import { UiLanguageSchema } from './catalog';

export const LangQuerySchema = z.strictObject({
  lang: UiLanguageSchema.default('en'),
});
export type LangQuery = z.infer<typeof LangQuerySchema>;

export const SdgTargetSchemaOut = z.object({ id: z.string(), title: z.string() });
export const SdgGoalSchemaOut = z.object({
  number: z.number().int(),
  short: z.string(),
  title: z.string(),
  targets: z.array(SdgTargetSchemaOut),
});
export type SdgGoal = z.infer<typeof SdgGoalSchemaOut>;

export const CountryRefSchema = z.object({
  iso2: z.string(),
  iso3: z.string(),
  m49: z.string(),
  name: z.string(),
  region: z.string().nullable(),
  subRegion: z.string().nullable(),
  intermediateRegion: z.string().nullable(),
  ldc: z.boolean(),
  lldc: z.boolean(),
  sids: z.boolean(),
});
export type CountryRef = z.infer<typeof CountryRefSchema>;

export const RegionRefSchema = z.object({
  m49: z.string(),
  level: z.enum(['region', 'subRegion', 'intermediateRegion']),
  name: z.string(),
});
export type RegionRefOut = z.infer<typeof RegionRefSchema>;
