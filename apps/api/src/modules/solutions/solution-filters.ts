import type { SolutionSearchQuery } from '@galaxy/contracts';
import { AREA_REFS, regionsOf } from '@galaxy/contracts/reference';
import { meiliFilter } from '../search';

export type SolutionFilters = Omit<SolutionSearchQuery, 'q' | 'sort' | 'page' | 'pageSize'>;

/** Query parameter → Meilisearch attribute, for filters and facets alike. */
export const FACET_ATTRIBUTES = {
  sdg: 'sdgs',
  target: 'sdgTargets',
  region: 'regions',
  country: 'countries',
  modality: 'modality',
  theme: 'themes',
  language: 'language',
  status: 'projectStatus',
  organizationType: 'organizationTypes',
  funderType: 'funderTypes',
  ldc: 'ldc',
  lldc: 'lldc',
  sids: 'sids',
} as const;

export function solutionMeiliFilter(f: SolutionFilters): string[] {
  return meiliFilter({
    sdgs: f.sdg,
    sdgTargets: f.target,
    countries: f.country,
    regions: f.region,
    modality: f.modality,
    themes: f.theme,
    language: f.language,
    projectStatus: f.status,
    organizationTypes: f.organizationType,
    funderTypes: f.funderType,
    ldc: f.ldc ? [true] : undefined,
    lldc: f.lldc ? [true] : undefined,
    sids: f.sids ? [true] : undefined,
  });
}

const countriesWhere = (test: (a: (typeof AREA_REFS)[number]) => boolean) => AREA_REFS.filter(test).map((a) => a.iso2);
export const LDC_COUNTRIES = countriesWhere((a) => a.ldc);
export const LLDC_COUNTRIES = countriesWhere((a) => a.lldc);
export const SIDS_COUNTRIES = countriesWhere((a) => a.sids);
/** Every (country, region) pair, for region filters and facets in SQL. */
export const COUNTRY_REGION_PAIRS = JSON.stringify(
  AREA_REFS.flatMap((a) => regionsOf(a).map((region) => ({ country: a.iso2, region }))),
);
const countriesInRegions = (regions: readonly string[]) =>
  AREA_REFS.filter((a) => regionsOf(a).some((r) => regions.includes(r))).map((a) => a.iso2);

/**
 * The same filters as SQL over `solutions s`, for the degraded search path and the export.
 * Returns the WHERE clause and its parameters (numbered from `params.length + 1`).
 */
export function solutionSqlWhere(q: string | undefined, f: SolutionFilters, params: unknown[] = []): string {
  const clauses = [`s.curation_status = 'published'`];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const hasCountry = (codes: readonly string[]) =>
    `EXISTS (SELECT 1 FROM solution_countries c WHERE c.solution_id = s.id AND trim(c.country) = ANY(${param(codes)}::text[]))`;
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    clauses.push(
      `(s.search_vector @@ websearch_to_tsquery('simple', ${param(q)}) OR s.title ILIKE ${param(like)} OR s.summary ILIKE $${params.length})`,
    );
  }
  if (f.sdg?.length) clauses.push(`s.sdgs && ${param(f.sdg)}::smallint[]`);
  if (f.target?.length) clauses.push(`s.sdg_targets && ${param(f.target)}::text[]`);
  if (f.country?.length) clauses.push(hasCountry(f.country));
  if (f.region?.length) clauses.push(hasCountry(countriesInRegions(f.region)));
  if (f.ldc) clauses.push(hasCountry(LDC_COUNTRIES));
  if (f.lldc) clauses.push(hasCountry(LLDC_COUNTRIES));
  if (f.sids) clauses.push(hasCountry(SIDS_COUNTRIES));
  if (f.modality?.length) clauses.push(`s.modality = ANY(${param(f.modality)}::text[])`);
  if (f.theme?.length) clauses.push(`s.themes && ${param(f.theme)}::text[]`);
  if (f.language?.length) clauses.push(`s.language = ANY(${param(f.language)}::text[])`);
  if (f.status?.length) clauses.push(`s.project_status = ANY(${param(f.status)}::text[])`);
  if (f.organizationType?.length) {
    clauses.push(
      `EXISTS (SELECT 1 FROM solution_organizations so JOIN organizations o ON o.id = so.organization_id
               WHERE so.solution_id = s.id AND o.type = ANY(${param(f.organizationType)}::text[]))`,
    );
  }
  if (f.funderType?.length) {
    clauses.push(
      `EXISTS (SELECT 1 FROM jsonb_array_elements(s.funders) fu WHERE fu->>'type' = ANY(${param(f.funderType)}::text[]))`,
    );
  }
  return clauses.join(' AND ');
}
