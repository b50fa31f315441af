import { UI_LANGUAGES, type CountryRole, type FunderInput, type OrganizationType } from '@galaxy/contracts';
import { findArea, regionsOf } from '@galaxy/contracts/reference';
import { createHash } from 'node:crypto';

/** What Meilisearch holds for a published solution: public fields only. */
export interface SolutionDocument {
  id: string;
  slug: string;
  title: string;
  subtitle: string | null;
  summary: string;
  challenge: string;
  towardsSolution: string;
  resultsImpact: string;
  language: string;
  sdgs: number[];
  sdgTargets: string[];
  countries: string[];
  countryRoles: { country: string; role: CountryRole }[];
  /** Country names in the six UN languages, so "Kenya", "Kenia" and "肯尼亚" all find Kenya. */
  countryNames: string[];
  regions: string[];
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
  modality: string;
  themes: string[];
  projectStatus: string;
  startYear: number;
  endYear: number | null;
  organizations: { slug: string; name: string; acronym: string | null }[];
  organizationNames: string[];
  organizationTypes: OrganizationType[];
  /** Who funded it (solutions.funders), for the exports; their types are a filter. */
  funders: {
    name: string;
    type: OrganizationType;
    amount: number | null;
    currency: string | null;
    year: number | null;
  }[];
  funderTypes: OrganizationType[];
  publishedAt: number;
  titleSort: string;
  hash: string;
}

export interface OrganizationDocument {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  type: OrganizationType;
  country: string | null;
  countries: string[];
  countryNames: string[];
  regions: string[];
  description: string;
  expertiseSdgs: number[];
  verification: string;
  solutionCount: number;
  nameSort: string;
  hash: string;
}

/** A need or an offer that is not withdrawn: public fields only (never co-contribution or endorsement details). */
export interface ListingDocument {
  id: string;
  kind: 'need' | 'offer';
  title: string;
  text: string;
  excerpt: string;
  organization: { id: string; slug: string; name: string };
  organizationId: string;
  organizationName: string;
  sdgs: number[];
  sdgTargets: string[];
  countries: string[];
  countryNames: string[];
  regions: string[];
  modalities: string[];
  languages: string[];
  visibility: string;
  status: string;
  endorsed: boolean;
  createdAt: number;
  hash: string;
}

/** Regions and LDC/LLDC/SIDS flags, derived from countries through M49 — never typed in. */
export function deriveGeography(countries: readonly string[]) {
  const areas = countries.map((c) => findArea(c)).filter((a) => a !== undefined);
  return {
    regions: [...new Set(areas.flatMap(regionsOf))].sort(),
    ldc: areas.some((a) => a.ldc),
    lldc: areas.some((a) => a.lldc),
    sids: areas.some((a) => a.sids),
    countryNames: [...new Set(areas.flatMap((a) => UI_LANGUAGES.map((l) => a.name[l])))],
  };
}

export function withHash<T extends object>(doc: Omit<T, 'hash'>): T {
  return { ...doc, hash: createHash('sha1').update(JSON.stringify(doc)).digest('base64url') } as T;
}

export interface SolutionRow {
  id: string;
  slug: string;
  title: string;
  subtitle: string | null;
  summary: string;
  challenge: string;
  towards_solution: string;
  results_impact: string;
  language: string;
  sdgs: number[];
  sdg_targets: string[];
  modality: string;
  themes: string[];
  project_status: string;
  start_year: number;
  end_year: number | null;
  /** A Date from node-postgres, an ISO string when the row came as JSON. */
  published_at: Date | string;
  countries: { country: string; role: CountryRole }[];
  organizations: { slug: string; name: string; acronym: string | null; type: OrganizationType }[];
  funders: FunderInput[];
}

/** The columns of a solution document's row, over `solutions s` (one row per solution). */
export const SOLUTION_DOCUMENT_COLUMNS = `s.id, s.slug, s.title, s.subtitle, s.summary, s.challenge, s.towards_solution,
  s.results_impact, s.language, s.sdgs, s.sdg_targets, s.modality, s.themes, s.project_status, s.start_year, s.end_year,
  s.published_at, s.funders,
  COALESCE((SELECT json_agg(json_build_object('country', trim(c.country), 'role', c.role) ORDER BY c.position)
            FROM solution_countries c WHERE c.solution_id = s.id), '[]') AS countries,
  COALESCE((SELECT json_agg(json_build_object('slug', o.slug, 'name', o.name, 'acronym', o.acronym, 'type', o.type)
              ORDER BY so.position)
            FROM solution_organizations so JOIN organizations o ON o.id = so.organization_id
            WHERE so.solution_id = s.id), '[]') AS organizations`;

/** A row of SOLUTION_DOCUMENT_COLUMNS (as node-postgres returns it, or as JSON) → its document. */
export function toSolutionDocument(r: SolutionRow): SolutionDocument {
  const countries = [...new Set(r.countries.map((c) => c.country))];
  const geo = deriveGeography(countries);
  const organizations = dedupeBy(r.organizations, (o) => o.slug);
  return withHash<SolutionDocument>({
    id: r.id,
    slug: r.slug,
    title: r.title,
    subtitle: r.subtitle,
    summary: r.summary,
    challenge: r.challenge,
    towardsSolution: r.towards_solution,
    resultsImpact: r.results_impact,
    language: r.language,
    sdgs: r.sdgs,
    sdgTargets: r.sdg_targets,
    countries,
    countryRoles: r.countries,
    countryNames: geo.countryNames,
    regions: geo.regions,
    ldc: geo.ldc,
    lldc: geo.lldc,
    sids: geo.sids,
    modality: r.modality,
    themes: r.themes,
    projectStatus: r.project_status,
    startYear: r.start_year,
    endYear: r.end_year,
    organizations: organizations.map(({ slug, name, acronym }) => ({ slug, name, acronym })),
    organizationNames: organizations.flatMap((o) => (o.acronym ? [o.name, o.acronym] : [o.name])),
    organizationTypes: [...new Set(organizations.map((o) => o.type))],
    funders: r.funders.map((f) => ({
      name: f.name,
      type: f.type,
      amount: f.amount ?? null,
      currency: f.currency ?? null,
      year: f.year ?? null,
    })),
    funderTypes: [...new Set(r.funders.map((f) => f.type))],
    publishedAt: Math.floor(new Date(r.published_at).getTime() / 1000),
    titleSort: r.title.toLocaleLowerCase(),
  });
}

export function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
