/**
 * Deterministic generator of demo catalog data: organizations and South-South / triangular
 * cooperation solutions, coherent around one topic each and written in one of seven languages.
 * Pure (no I/O, no database, no clock, no Math.random): the same options give byte-identical
 * output, and solution i does not depend on how many solutions are generated.
 */
import type { BudgetRange, OrganizationInput, SolutionInput, Theme } from '@galaxy/contracts';
import {
  coastalRecipientPicker,
  country,
  forms,
  listForms,
  localLanguageFor,
  neighboursOf,
  providerPicker,
  providerPickerForRegion,
  recipientPicker,
  triangularPicker,
} from './countries';
import { FRAME_SOURCES, type FrameSource } from './frames';
import { generateOrganizations, SOURCE, type OrgRef } from './organizations';
import { PEOPLE, SCRIPT_PEOPLE } from './people';
import { rngFor, WeightedPicker, type Rng } from './rng';
import {
  capitalize,
  compile,
  fixSpanishConjunction,
  formatInt,
  frenchDe,
  lcFirst,
  render,
  slugify,
  uses,
  type Lang,
  type Slots,
  type Template,
} from './text';
import { TOPIC_SOURCES, type TopicSource } from './topics';

export { SOURCE } from './organizations';

export interface GeneratedCatalog {
  organizations: (OrganizationInput & { externalId: string })[];
  solutions: (SolutionInput & { externalId: string })[];
}

export interface GenerateCatalogOptions {
  solutions: number;
  organizations: number;
  seed?: number;
}

export const DEFAULT_SEED = 20250101;

const LANGS: readonly Lang[] = ['en', 'fr', 'es', 'pt', 'ru', 'ar', 'zh'];

/* ---------------- Compiled topics and frames ---------------- */

interface TopicText {
  name: string;
  nameLc: string;
  deName: string;
  problem: Template;
  approach: Template;
  result: Template;
  benef: Template;
}

interface Topic {
  source: TopicSource;
  text: Record<Lang, TopicText>;
}

const TOPICS: readonly Topic[] = TOPIC_SOURCES.map((source) => {
  const text = {} as Record<Lang, TopicText>;
  for (const lang of LANGS) {
    const [name, problem, approach, result, benef] = source.text[lang];
    const nameLc =
      lang === 'en' || lang === 'fr' || lang === 'es' || lang === 'pt' || lang === 'ru' ? lcFirst(name) : name;
    text[lang] = {
      name,
      nameLc,
      deName: frenchDe(nameLc),
      problem: compile(problem),
      approach: compile(approach),
      result: compile(result),
      benef: compile(benef),
    };
  }
  return { source, text };
});

const TOPIC_PICKER = new WeightedPicker(TOPICS.map((t, i) => [i, t.source.weight ?? 1] as const));

type CompiledFrames = {
  [K in keyof FrameSource]: FrameSource[K] extends [string, string][] ? [Template, Template][] : Template[];
} & { methodWithOrg: Template[]; methodNoOrg: Template[] };

const FRAMES = {} as Record<Lang, CompiledFrames>;
for (const lang of LANGS) {
  const src = FRAME_SOURCES[lang];
  const out = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(src) as [keyof FrameSource, unknown][]) {
    out[key] =
      key === 'blocks'
        ? (value as [string, string][]).map(([a, b]) => [compile(a), compile(b)])
        : (value as string[]).map(compile);
  }
  const methods = out.towardsMethod as Template[];
  out.methodWithOrg = methods;
  out.methodNoOrg = methods.filter((t) => !uses(t, 'ORG'));
  FRAMES[lang] = out as CompiledFrames;
}

/* ---------------- Distributions ---------------- */

// prettier-ignore
const YEAR_PICKER = new WeightedPicker(
  (
    [
      [2010, 2], [2011, 2], [2012, 3], [2013, 3], [2014, 4], [2015, 5], [2016, 5], [2017, 6], [2018, 6],
      [2019, 7], [2020, 5], [2021, 6], [2022, 7], [2023, 7], [2024, 6], [2025, 5], [2026, 3],
    ] as const
  ).map(([y, w]) => [y as number, w] as const),
);

const BUDGET_PICKER = new WeightedPicker<BudgetRange>([
  ['under_100k', 16],
  ['100k_500k', 30],
  ['500k_1m', 20],
  ['1m_5m', 24],
  ['over_5m', 10],
]);

const BENEFICIARY_RANGE: Record<BudgetRange, [number, number]> = {
  under_100k: [300, 5000],
  '100k_500k': [2000, 25000],
  '500k_1m': [5000, 60000],
  '1m_5m': [10000, 200000],
  over_5m: [50000, 900000],
};

const SDG_THEME: Record<number, Theme> = {
  1: 'social_protection',
  2: 'food_security',
  3: 'health',
  4: 'education',
  5: 'gender',
  6: 'water_sanitation',
  7: 'energy',
  8: 'employment',
  9: 'infrastructure',
  10: 'social_protection',
  11: 'urban',
  12: 'environment',
  13: 'climate',
  14: 'oceans',
  15: 'environment',
  16: 'governance',
  17: 'finance',
};

const LINK_PATHS = ['solutions', 'reports', 'case-studies', 'videos'];

/** Island States large enough for national-scale figures. */
const LARGER_SIDS = new Set([
  'CU',
  'DO',
  'HT',
  'PG',
  'JM',
  'SG',
  'TT',
  'GW',
  'MU',
  'GY',
  'SR',
  'BZ',
  'TL',
  'FJ',
  'SB',
  'CV',
  'KM',
]);

function niceRound(n: number): number {
  if (n < 1000) return Math.max(50, Math.round(n / 10) * 10);
  if (n < 100000) return Math.round(n / 100) * 100;
  return Math.round(n / 1000) * 1000;
}

/** Log-uniform integer in [min, max]. */
function logUniform(rng: Rng, min: number, max: number): number {
  return Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min)));
}

/* ---------------- Organization index for solutions ---------------- */

const SUPPORT_TYPES = new Set(['un_entity', 'igo', 'network', 'foundation', 'dfi']);
const MAIN_REGIONS = ['002', '019', '142', '150', '009'];

class OrgIndex {
  private readonly byCountrySdg = new Map<string, number[]>();
  private readonly byCountry = new Map<string, number[]>();
  private readonly bySdg = new Map<number, number[]>();
  private readonly supportBySdg = new Map<number, number[]>();
  private readonly supportByRegionSdg = new Map<string, number[]>();
  private readonly agencies = new Map<string, number[]>();
  readonly all: number[];

  constructor(
    readonly refs: readonly OrgRef[],
    organizations: readonly GeneratedCatalog['organizations'][number][],
  ) {
    this.all = refs.map((_, i) => i);
    const push = <K>(map: Map<K, number[]>, key: K, i: number) => {
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    };
    refs.forEach((ref, i) => {
      if (ref.country) push(this.byCountry, ref.country, i);
      if (ref.country && ref.type === 'cooperation_agency') push(this.agencies, ref.country, i);
      for (const sdg of ref.sdgs) {
        push(this.bySdg, sdg, i);
        if (ref.country) push(this.byCountrySdg, `${ref.country}:${sdg}`, i);
        if (SUPPORT_TYPES.has(ref.type)) push(this.supportBySdg, sdg, i);
      }
      if (SUPPORT_TYPES.has(ref.type)) {
        // UN entities work everywhere; others where they have a base or operate.
        const codes = [ref.country, ...(organizations[i].operatingCountries ?? [])].filter((c): c is string => !!c);
        const regions = ref.type === 'un_entity' ? MAIN_REGIONS : [...new Set(codes.map((c) => country(c).region))];
        for (const region of regions) for (const sdg of ref.sdgs) push(this.supportByRegionSdg, `${region}:${sdg}`, i);
      }
    });
  }

  countrySdg = (code: string, sdg: number) => this.byCountrySdg.get(`${code}:${sdg}`);
  country = (code: string) => this.byCountry.get(code);
  sdg = (sdg: number) => this.bySdg.get(sdg);
  support = (sdg: number) => this.supportBySdg.get(sdg);
  supportNear = (region: string, sdg: number) => this.supportByRegionSdg.get(`${region}:${sdg}`);
  agenciesOf = (code: string) => this.agencies.get(code);

  /** A random organization from the first list that has one not yet chosen. */
  first(rng: Rng, lists: readonly (readonly number[] | undefined)[], exclude: readonly number[]): number | undefined {
    for (const list of lists) {
      if (!list || list.length === 0) continue;
      const candidates = exclude.length === 0 ? list : list.filter((i) => !exclude.includes(i));
      if (candidates.length > 0) return rng.pick(candidates);
    }
    return undefined;
  }
}

/* ---------------- Solutions ---------------- */

interface SolutionContext {
  seed: number;
  topicOrder: readonly number[];
  orgs: OrgIndex;
}

function chooseLanguage(rng: Rng, recipient: string, provider: string): Lang {
  const providerLangs = country(provider).langs;
  for (const { lang, p } of localLanguageFor(recipient)) {
    const boost = providerLangs.includes(lang) ? 0.12 : 0;
    if (rng.chance(p + boost)) return lang;
  }
  if (provider === 'CN' && rng.chance(0.3)) return 'zh';
  return 'en';
}

function emailLocal(fullName: string): string {
  const parts = fullName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıİ]/g, 'i')
    .toLowerCase()
    .split(/\s+/)
    .map((p) => p.replace(/[^a-z]/g, ''))
    .filter((p) => p.length > 0);
  if (parts.length === 0) return 'contact';
  if (parts.length === 1) return parts[0];
  return `${parts[0][0]}.${parts[parts.length - 1]}`;
}

/** The topic of solution `index`: its first draw from the solution's own random stream. */
function topicFor(index: number, topicOrder: readonly number[], rng: Rng): Topic {
  return TOPICS[index < topicOrder.length ? topicOrder[index] : TOPIC_PICKER.pick(rng)];
}

function makeSolution(index: number, ctx: SolutionContext): SolutionInput & { externalId: string } {
  const rng = rngFor(ctx.seed, 1, index);
  const externalId = `demo-sol-${String(index + 1).padStart(6, '0')}`;
  const topic = topicFor(index, ctx.topicOrder, rng);
  const src = topic.source;

  /* Countries */
  const coastal = src.coastal === true;
  const r0 = (coastal ? coastalRecipientPicker : recipientPicker).pick(rng);
  const recipients = [r0];
  if (rng.chance(0.15)) {
    const neighbours = neighboursOf(r0).filter((c) => c !== r0 && !(coastal && country(c).lldc));
    recipients.push(...rng.sample(neighbours, rng.int(1, 2)));
  }
  const rc0 = country(r0);
  const providers: string[] = [];
  for (let attempt = 0; attempt < 12 && providers.length === 0; attempt++) {
    let p: string;
    if (rc0.zone === 'lusophone' && rng.chance(0.35)) p = 'BR';
    else if (rng.chance(rc0.region === '009' ? 0.25 : 0.5)) p = providerPickerForRegion(rc0.region).pick(rng);
    else p = providerPicker.pick(rng);
    // Ocean topics come from countries with a coast.
    if (!recipients.includes(p) && !(coastal && country(p).lldc)) providers.push(p);
  }
  if (providers.length === 0) providers.push(r0 === 'IN' ? 'BR' : 'IN');
  if (rng.chance(0.08)) {
    const p = providerPicker.pick(rng);
    if (!providers.includes(p) && !recipients.includes(p)) providers.push(p);
  }
  const triangular = rng.chance(0.25);
  const partners: string[] = [];
  if (triangular) {
    partners.push(triangularPicker.pick(rng));
    if (rng.chance(0.15)) {
      const t = triangularPicker.pick(rng);
      if (!partners.includes(t)) partners.push(t);
    }
  }

  /* Language */
  const lang = chooseLanguage(rng, r0, providers[0]);
  const text = topic.text[lang];
  const frames = FRAMES[lang];

  /* Years, status, budget, figures */
  const startYear = YEAR_PICKER.pick(rng);
  const completed = startYear <= 2024 && rng.chance(Math.min(0.92, Math.max(0.1, (2025 - startYear) / 7)));
  const endYear = completed ? Math.min(startYear + rng.int(1, 5), 2025) : undefined;
  const budgetRange = rng.chance(0.92) ? BUDGET_PICKER.pick(rng) : undefined;
  const [lo, hi] = BENEFICIARY_RANGE[budgetRange ?? '100k_500k'];
  // Small island States get figures that fit their population.
  const small = recipients.every((c) => country(c).sids && !LARGER_SIDS.has(c));
  const n1 = niceRound(small ? logUniform(rng, Math.min(lo, 200), Math.min(hi, 12000)) : logUniform(rng, lo, hi));
  const n2 = 5 * rng.int(4, 120);
  const n3 = 5 * rng.int(2, 24);
  const pct = rng.int(12, 68);
  const k = rng.int(2, 12);

  /* Organizations */
  const orgs = ctx.orgs;
  const chosen: number[] = [];
  const roles: ('implementing' | 'supporting')[] = [];
  const add = (i: number | undefined, role: 'implementing' | 'supporting') => {
    if (i !== undefined && !chosen.includes(i)) {
      chosen.push(i);
      roles.push(role);
    }
  };
  const sdg = src.sdg;
  const p0 = providers[0];
  // Lead: an organization of the provider (or recipient) country working on the SDG; otherwise an
  // international one working on it, the provider's cooperation agency, or anyone on the SDG.
  add(
    orgs.first(
      rng,
      [
        orgs.countrySdg(p0, sdg),
        orgs.countrySdg(r0, sdg),
        orgs.supportNear(rc0.region, sdg),
        orgs.agenciesOf(p0),
        orgs.sdg(sdg),
        orgs.country(p0),
        orgs.all,
      ],
      chosen,
    ),
    'implementing',
  );
  if (rng.chance(0.5)) add(orgs.first(rng, [orgs.countrySdg(r0, sdg)], chosen), 'implementing');
  if (triangular) {
    add(
      orgs.first(
        rng,
        [orgs.countrySdg(partners[0], sdg), orgs.country(partners[0]), orgs.supportNear(rc0.region, sdg)],
        chosen,
      ),
      'supporting',
    );
  } else if (rng.chance(0.4)) {
    add(
      orgs.first(
        rng,
        [rng.chance(0.3) ? orgs.agenciesOf(p0) : undefined, orgs.supportNear(rc0.region, sdg), orgs.support(sdg)],
        chosen,
      ),
      'supporting',
    );
  }
  const lead = chosen.length > 0 ? orgs.refs[chosen[0]] : undefined;

  /* SDGs, targets, themes */
  const sdgs = [sdg];
  const targets = rng.sample(src.targets, rng.int(Math.min(2, src.targets.length), Math.min(4, src.targets.length)));
  const themes: Theme[] = [...src.themes];
  for (const [secSdg, secTargets] of src.secondary) {
    if (!rng.chance(0.55) || sdgs.includes(secSdg)) continue;
    sdgs.push(secSdg);
    targets.push(...rng.sample(secTargets, rng.int(1, secTargets.length)));
    const theme = SDG_THEME[secSdg];
    if (!themes.includes(theme) && themes.length < 5) themes.push(theme);
  }
  if (sdg !== 17 && !sdgs.includes(17) && rng.chance(0.12)) {
    sdgs.push(17);
    targets.push(rng.pick(['17.9', '17.6', '17.16']));
  }

  /* Texts */
  const P = listForms(providers, lang);
  const R = listForms(recipients, lang);
  const T = partners.length > 0 ? listForms(partners, lang) : undefined;
  const PR = listForms([...providers, ...recipients], lang);
  const PRT = listForms([...providers, ...recipients, ...partners], lang);
  const slots: Slots = {
    P: P.bare,
    P_the: P.the,
    P_The: P.The,
    P_in: P.in,
    P_de: P.de,
    P1: forms(providers[0], lang).bare,
    R: R.bare,
    R_the: R.the,
    R_The: R.The,
    R_in: R.in,
    R_de: R.de,
    T: T?.bare,
    T_the: T?.the,
    T_The: T?.The,
    T_in: T?.in,
    T_de: T?.de,
    PR: PR.bare,
    PR_the: PR.the,
    PR_de: PR.de,
    PRT_The: PRT.The,
    ORG: lead?.name,
    Y: String(startYear),
    Y2: endYear !== undefined ? String(endYear) : undefined,
    k: String(k),
    n1: formatInt(n1, lang),
    n2: formatInt(n2, lang),
    n3: formatInt(n3, lang),
    n3k: formatInt(n3 * 1000, lang),
    pct: String(pct),
    name: text.nameLc,
    Name: text.name,
    de_name: text.deName,
  };
  const fix = lang === 'es' ? fixSpanishConjunction : (s: string) => s;
  const r = (t: Template) => fix(render(t, slots));
  const pick = (list: readonly Template[]) => r(rng.pick(list));
  const join = (...parts: (string | undefined)[]) => parts.filter((p) => p).join(lang === 'zh' ? '' : ' ');

  const title = pick(recipients.length === 1 ? frames.titleSingle : frames.titleMulti);
  const subtitle = rng.chance(0.5) ? pick(triangular ? frames.subtitleTri : frames.subtitleSsc) : undefined;
  const resultSentence = r(text.result);
  const summary = join(pick(frames.summarySsc), triangular ? pick(frames.summaryTri) : undefined, resultSentence);
  const challenge = join(r(text.problem), pick(frames.challengeTail));
  const towardsSolution = join(
    pick(frames.towardsIntro),
    r(text.approach),
    pick(lead ? frames.methodWithOrg : frames.methodNoOrg),
    triangular ? pick(frames.towardsTri) : undefined,
  );
  const resultsImpact = join(
    resultSentence,
    pick(completed ? frames.resultsCompleted : frames.resultsOngoing),
    rng.chance(0.5) ? pick(frames.resultsExtra) : undefined,
  );
  const sustainability = rng.chance(0.85) ? pick(frames.sustainability) : undefined;
  const replicability = rng.chance(0.75) ? pick(frames.replicability) : undefined;
  const lessonsLearned = rng.chance(0.7)
    ? join(...rng.sample(frames.lessons, rng.int(1, 2)).map((t) => r(t)))
    : undefined;
  const beneficiaries = rng.chance(0.9) ? r(text.benef) : undefined;

  const buildingBlocks = rng.chance(0.4)
    ? rng.sample(frames.blocks, rng.int(1, 3)).map(([t, d]) => ({
        title: r(t),
        description: r(d),
        ...(rng.chance(0.5) ? { enablingFactors: pick(frames.enabling) } : {}),
        ...(rng.chance(0.4) ? { lessons: pick(frames.blockLessons) } : {}),
      }))
    : [];

  const contacts: NonNullable<SolutionInput['contacts']> = [];
  if (rng.chance(0.55)) {
    const contactOrg = lead;
    const zoneCountry = contactOrg?.country ?? r0;
    let name: string;
    let local: string;
    const scripted = SCRIPT_PEOPLE[lang];
    if (scripted) {
      [name, local] = rng.pick(scripted);
    } else {
      name = rng.pick(PEOPLE[country(zoneCountry).zone]);
      local = emailLocal(name);
    }
    const domain = contactOrg
      ? slugify(contactOrg.acronym ?? contactOrg.name, 30) || 'partner'
      : slugify(`${rc0.name.en} cooperation`, 30);
    contacts.push({
      name,
      role: pick(frames.contactRoles),
      email: `${local}@${domain}.example`,
      ...(contactOrg ? { organization: contactOrg.name } : {}),
    });
  }

  const links: NonNullable<SolutionInput['links']> = [];
  if (rng.chance(0.45)) {
    const i = rng.int(0, LINK_PATHS.length - 1);
    links.push({ label: r(frames.linkLabels[i]), url: `https://example.org/${LINK_PATHS[i]}/${externalId}` });
  }

  return {
    externalId,
    language: lang,
    title: capitalize(title),
    ...(subtitle ? { subtitle: capitalize(subtitle) } : {}),
    summary,
    challenge,
    towardsSolution,
    resultsImpact,
    ...(sustainability ? { sustainability } : {}),
    ...(replicability ? { replicability } : {}),
    ...(lessonsLearned ? { lessonsLearned } : {}),
    buildingBlocks,
    sdgs,
    sdgTargets: targets,
    countries: [
      ...providers.map((c) => ({ country: c, role: 'provider' as const })),
      ...recipients.map((c) => ({ country: c, role: 'recipient' as const })),
      ...partners.map((c) => ({ country: c, role: 'triangular_partner' as const })),
    ],
    modality: triangular ? 'triangular' : 'south-south',
    themes,
    organizations: chosen.map((i, j) => {
      const ref = orgs.refs[i];
      return {
        name: ref.name,
        ...(ref.acronym ? { acronym: ref.acronym } : {}),
        type: ref.type,
        ...(ref.country ? { country: ref.country } : {}),
        role: roles[j],
      };
    }),
    projectStatus: completed ? 'completed' : 'ongoing',
    startYear,
    ...(endYear !== undefined ? { endYear } : {}),
    ...(budgetRange ? { budgetRange } : {}),
    ...(beneficiaries ? { beneficiaries } : {}),
    contacts,
    links,
    source: SOURCE,
  };
}

/**
 * Generates `organizations` organizations and `solutions` solutions. Deterministic: the same
 * options always give the same output; different seeds give different catalogs.
 */
export function generateCatalog(opts: GenerateCatalogOptions): GeneratedCatalog {
  const seed = (opts.seed ?? DEFAULT_SEED) >>> 0;
  const solutionCount = Math.max(0, Math.floor(opts.solutions));
  const organizationCount = Math.max(0, Math.floor(opts.organizations));

  const { organizations, refs } = generateOrganizations(organizationCount, seed, TOPIC_SOURCES);
  const ctx: SolutionContext = {
    seed,
    // The first solutions go through every topic once (in a seeded order), so that even a small
    // catalog covers all 17 SDGs; the rest follow the topic weights.
    topicOrder: rngFor(seed, 10).shuffle(TOPICS.map((_, i) => i)),
    orgs: new OrgIndex(refs, organizations),
  };
  const solutions = new Array<SolutionInput & { externalId: string }>(solutionCount);
  for (let i = 0; i < solutionCount; i++) solutions[i] = makeSolution(i, ctx);
  return { organizations, solutions };
}

/**
 * The topic id (`TOPIC_SOURCES[].id`) of every generated solution, by externalId, for the same
 * options as `generateCatalog`: what each demo solution is about, without generating its text. The
 * search evaluation judges relevance from it.
 */
export function generatedSolutionTopics(opts: Pick<GenerateCatalogOptions, 'solutions' | 'seed'>): Map<string, string> {
  const seed = (opts.seed ?? DEFAULT_SEED) >>> 0;
  const topicOrder = rngFor(seed, 10).shuffle(TOPICS.map((_, i) => i));
  const topics = new Map<string, string>();
  for (let i = 0; i < Math.max(0, Math.floor(opts.solutions)); i++)
    topics.set(`demo-sol-${String(i + 1).padStart(6, '0')}`, topicFor(i, topicOrder, rngFor(seed, 1, i)).source.id);
  return topics;
}
