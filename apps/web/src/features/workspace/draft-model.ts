import {
  SolutionDraftFieldsSchema,
  SolutionFieldsSchema,
  THEMES,
  goalOfTarget,
  type SolutionDraft,
  type SolutionWorkspace,
} from '@galaxy/contracts';
import type { TFunction } from 'i18next';
import type { ZodError } from 'zod';

/**
 * The wizard's model of a draft: what the inputs hold (text as typed, lists with a client-side key
 * so rows can move), and the conversions to and from the contract's draft fields.
 */

export interface BlockValues {
  key: string;
  title: string;
  description: string;
  enablingFactors: string;
  lessons: string;
}
export interface ContactValues {
  key: string;
  name: string;
  role: string;
  email: string;
  organization: string;
}
export interface LinkValues {
  key: string;
  label: string;
  url: string;
}
export interface OrganizationValues {
  key: string;
  name: string;
  acronym: string;
  type: string;
  country: string;
  role: string;
}
export interface FunderValues {
  key: string;
  name: string;
  type: string;
  amount: string;
  currency: string;
  year: string;
  /** The slug of a known organization, kept as the API gave it (the wizard does not edit it yet). */
  organization: string;
}
export interface CountryValues {
  key: string;
  country: string;
  role: string;
}

export interface DraftValues {
  language: string;
  title: string;
  subtitle: string;
  summary: string;
  challenge: string;
  towardsSolution: string;
  resultsImpact: string;
  sustainability: string;
  replicability: string;
  lessonsLearned: string;
  buildingBlocks: BlockValues[];
  sdgs: number[];
  sdgTargets: string[];
  countries: CountryValues[];
  modality: string;
  themes: string[];
  organizations: OrganizationValues[];
  funders: FunderValues[];
  projectStatus: string;
  startYear: string;
  endYear: string;
  budgetRange: string;
  beneficiaries: string;
  contacts: ContactValues[];
  links: LinkValues[];
}

export type DraftKey = keyof DraftValues;

/** Every field a partner writes, in the order the steps show them. */
export const DRAFT_KEYS: readonly DraftKey[] = [
  'language',
  'title',
  'subtitle',
  'summary',
  'challenge',
  'towardsSolution',
  'resultsImpact',
  'sustainability',
  'replicability',
  'lessonsLearned',
  'sdgs',
  'sdgTargets',
  'countries',
  'modality',
  'themes',
  'projectStatus',
  'startYear',
  'endYear',
  'budgetRange',
  'beneficiaries',
  'organizations',
  'funders',
  'buildingBlocks',
  'contacts',
  'links',
];

export const STEPS = [
  { id: 'basics', fields: ['language', 'title', 'subtitle', 'summary'] },
  {
    id: 'narrative',
    fields: ['challenge', 'towardsSolution', 'resultsImpact', 'sustainability', 'replicability', 'lessonsLearned'],
  },
  { id: 'sdgs', fields: ['sdgs', 'sdgTargets'] },
  { id: 'countries', fields: ['countries', 'modality'] },
  { id: 'details', fields: ['themes', 'projectStatus', 'startYear', 'endYear', 'budgetRange', 'beneficiaries'] },
  { id: 'organizations', fields: ['organizations', 'funders'] },
  { id: 'buildingBlocks', fields: ['buildingBlocks'] },
  { id: 'contacts', fields: ['contacts', 'links'] },
] as const satisfies readonly { id: string; fields: readonly DraftKey[] }[];

export type StepId = (typeof STEPS)[number]['id'] | 'review';
export const STEP_IDS: readonly StepId[] = [...STEPS.map((s) => s.id), 'review'];

export function stepOfField(path: string): StepId {
  const key = path.split('.')[0];
  return STEPS.find((s) => (s.fields as readonly string[]).includes(key))?.id ?? 'basics';
}

// Unique across visits too: rows restored from this device keep the keys they were given then.
const session = Math.random().toString(36).slice(2, 8);
let nextKey = 0;
export const newKey = (): string => `row-${session}-${++nextKey}`;

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];

export function emptyBlock(): BlockValues {
  return { key: newKey(), title: '', description: '', enablingFactors: '', lessons: '' };
}
export function emptyContact(): ContactValues {
  return { key: newKey(), name: '', role: '', email: '', organization: '' };
}
export function emptyLink(): LinkValues {
  return { key: newKey(), label: '', url: '' };
}
export function emptyFunder(): FunderValues {
  return { key: newKey(), name: '', type: '', amount: '', currency: '', year: '', organization: '' };
}
export function emptyOrganization(): OrganizationValues {
  return { key: newKey(), name: '', acronym: '', type: '', country: '', role: '' };
}

/** The inputs' values for a stored draft (what the API returned). */
export function valuesFromDraft(draft: SolutionDraft | Record<string, unknown>): DraftValues {
  const d = draft as Record<string, unknown>;
  return {
    language: str(d.language),
    title: str(d.title),
    subtitle: str(d.subtitle),
    summary: str(d.summary),
    challenge: str(d.challenge),
    towardsSolution: str(d.towardsSolution),
    resultsImpact: str(d.resultsImpact),
    sustainability: str(d.sustainability),
    replicability: str(d.replicability),
    lessonsLearned: str(d.lessonsLearned),
    buildingBlocks: list(d.buildingBlocks).map((b) => ({
      key: newKey(),
      title: str(b.title),
      description: str(b.description),
      enablingFactors: str(b.enablingFactors),
      lessons: str(b.lessons),
    })),
    sdgs: Array.isArray(d.sdgs) ? d.sdgs.map(Number).filter(Number.isInteger) : [],
    sdgTargets: Array.isArray(d.sdgTargets) ? d.sdgTargets.map(String) : [],
    countries: list(d.countries).map((c) => ({ key: newKey(), country: str(c.country), role: str(c.role) })),
    modality: str(d.modality),
    themes: Array.isArray(d.themes) ? d.themes.map(String) : [],
    organizations: list(d.organizations).map((o) => ({
      key: newKey(),
      name: str(o.name),
      acronym: str(o.acronym),
      type: str(o.type),
      country: str(o.country),
      role: str(o.role),
    })),
    funders: list(d.funders).map((f) => ({
      key: newKey(),
      name: str(f.name),
      type: str(f.type),
      amount: str(f.amount),
      currency: str(f.currency),
      year: str(f.year),
      organization: str(f.organization),
    })),
    projectStatus: str(d.projectStatus),
    startYear: str(d.startYear),
    endYear: str(d.endYear),
    budgetRange: str(d.budgetRange),
    beneficiaries: str(d.beneficiaries),
    contacts: list(d.contacts).map((c) => ({
      key: newKey(),
      name: str(c.name),
      role: str(c.role),
      email: str(c.email),
      organization: str(c.organization),
    })),
    links: list(d.links).map((l) => ({ key: newKey(), label: str(l.label), url: str(l.url) })),
  };
}

/** The text a partner edits: the open revision, else (to revise) the published text, else the newest. */
export function editableContent(workspace: SolutionWorkspace): SolutionDraft {
  const open = workspace.revision && ['draft', 'submitted', 'changes_requested'].includes(workspace.revision.state);
  if (open && workspace.revision) return workspace.revision.content;
  if (workspace.published) return workspace.published.content;
  return workspace.revision?.content ?? {};
}

const text = (v: string) => v.trim() || undefined;
const year = (v: string): number | string | undefined => {
  const s = v.trim();
  if (!s) return undefined;
  // Not a year: sent as typed, so the check says what is wrong rather than dropping it.
  return /^\d{1,4}$/.test(s) ? Number(s) : s;
};
const amount = (v: string): number | string | undefined => {
  const s = v.trim().replace(/[\s,]/g, '');
  if (!s) return undefined;
  // Not a number: sent as typed, so the check says what is wrong.
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
};
const nonEmpty = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);
const blankRow = (row: object) =>
  Object.entries(row).every(([k, v]) => k === 'key' || (typeof v === 'string' && v.trim() === ''));
const themeOrder = (t: string) => (THEMES as readonly string[]).indexOf(t);

/** One field as the contract takes it; `undefined` when left empty (the API stores it as absent). */
export function draftField(values: DraftValues, key: DraftKey): unknown {
  switch (key) {
    case 'language':
    case 'modality':
    case 'projectStatus':
    case 'budgetRange':
      return values[key] || undefined;
    case 'startYear':
    case 'endYear':
      return year(values[key]);
    case 'sdgs':
      return nonEmpty([...values.sdgs].sort((a, b) => a - b));
    case 'sdgTargets':
      return nonEmpty([...values.sdgTargets].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    case 'themes':
      return nonEmpty([...values.themes].sort((a, b) => themeOrder(a) - themeOrder(b)));
    case 'countries':
      return nonEmpty(values.countries.map((c) => ({ country: c.country, role: c.role || undefined })));
    case 'organizations':
      return nonEmpty(
        values.organizations
          .filter((o) => !blankRow(o))
          .map((o) => ({
            name: o.name.trim(),
            acronym: text(o.acronym),
            type: o.type || undefined,
            country: o.country || undefined,
            role: o.role || undefined,
          })),
      );
    case 'funders':
      return nonEmpty(
        values.funders
          .filter((f) => !blankRow(f))
          .map((f) => ({
            name: f.name.trim(),
            organization: text(f.organization),
            type: f.type || undefined,
            amount: amount(f.amount),
            currency: text(f.currency)?.toUpperCase(),
            year: year(f.year),
          })),
      );
    case 'buildingBlocks':
      return nonEmpty(
        values.buildingBlocks
          .filter((b) => !blankRow(b))
          .map((b) => ({
            title: b.title.trim(),
            description: b.description.trim(),
            enablingFactors: text(b.enablingFactors),
            lessons: text(b.lessons),
          })),
      );
    case 'contacts':
      return nonEmpty(
        values.contacts
          .filter((c) => !blankRow(c))
          .map((c) => ({
            name: c.name.trim(),
            role: text(c.role),
            email: text(c.email),
            organization: text(c.organization),
          })),
      );
    case 'links':
      return nonEmpty(
        values.links.filter((l) => !blankRow(l)).map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
      );
    default:
      return text(values[key]);
  }
}

/** JSON without the keys whose value is undefined, so `{a: undefined}` equals `{}`. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function fieldDiffers(a: DraftValues, b: DraftValues, key: DraftKey): boolean {
  return !same(draftField(a, key), draftField(b, key));
}

/** The fields that differ between what is typed and what the server holds. */
export function changedKeys(values: DraftValues, base: DraftValues): DraftKey[] {
  return DRAFT_KEYS.filter((key) => fieldDiffers(values, base, key));
}

// ---------- checks ----------

interface LooseIssue {
  code: string;
  path: PropertyKey[];
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  params?: Record<string, unknown>;
}

const SELECTS = new Set(['language', 'modality', 'projectStatus', 'budgetRange', 'type', 'role', 'country']);
const LISTS_TO_CHOOSE = new Set(['sdgs', 'countries']);

/** A translated message for one issue: never the API's English. */
function issueMessage(issue: LooseIssue, t: TFunction): string {
  const path = issue.path.map(String);
  const last = path[path.length - 1] ?? '';
  if (issue.code === 'custom' && typeof issue.params?.message === 'string') {
    return t(issue.params.message, issue.params);
  }
  if (path[0] === 'startYear' || path[0] === 'endYear') return t('workspace.error.year');
  if (path[0] === 'funders' && last === 'year') return t('workspace.error.year');
  if (path[0] === 'funders' && last === 'amount') return t('workspace.error.amount');
  if (path[0] === 'funders' && last === 'currency') return t('workspace.error.currency');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return t('workspace.error.chooseOne');
      if (issue.origin === 'string' && Number(issue.minimum) > 1)
        return t('form.error.tooShort', { count: Number(issue.minimum) });
      return t('form.error.required');
    case 'too_big':
      return issue.origin === 'string'
        ? t('form.error.tooLong', { count: Number(issue.maximum) })
        : t('form.error.tooMany', { count: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('form.error.email');
      if (issue.format === 'url') return t('form.error.url');
      return t('form.error.invalid');
    case 'invalid_value':
      return t('form.error.choose');
    case 'invalid_type':
      if (LISTS_TO_CHOOSE.has(last)) return t('workspace.error.chooseOne');
      return SELECTS.has(last) ? t('form.error.choose') : t('form.error.required');
    default:
      return t('form.error.invalid');
  }
}

function issuesToErrors(error: ZodError, t: TFunction, prefix: string[] = []): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues as unknown as LooseIssue[]) {
    const full = { ...issue, path: [...prefix, ...issue.path] };
    const path = full.path.map(String).join('.');
    if (!(path in errors)) errors[path] = issueMessage(full, t);
  }
  return errors;
}

const draftShape = SolutionDraftFieldsSchema.shape as Record<
  DraftKey,
  { safeParse: (v: unknown) => { success: boolean; error?: ZodError } }
>;

/** Each given field checked as the API checks a draft: what could not be saved as it is. */
export function draftErrors(values: DraftValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of DRAFT_KEYS) {
    const value = draftField(values, key);
    if (value === undefined) continue;
    const result = draftShape[key].safeParse(value);
    if (!result.success && result.error) Object.assign(errors, issuesToErrors(result.error, t, [key]));
  }
  return errors;
}

/** The top-level fields that cannot be saved as they are (the rest of the draft still saves). */
export function invalidKeys(errors: Record<string, string>): Set<DraftKey> {
  return new Set(Object.keys(errors).map((path) => path.split('.')[0] as DraftKey));
}

const PartnerSolutionSchema = SolutionFieldsSchema.omit({ externalId: true, source: true }).superRefine((s, ctx) => {
  // The API's rules that join fields, with the wording left to the translations.
  s.sdgTargets.forEach((target, i) => {
    if (!s.sdgs.includes(goalOfTarget(target))) {
      ctx.addIssue({
        code: 'custom',
        path: ['sdgTargets', i],
        message: 'target of another goal',
        params: { message: 'workspace.error.targetGoal', target, goal: goalOfTarget(target) },
      });
    }
  });
  if (s.endYear !== undefined && s.endYear < s.startYear) {
    ctx.addIssue({
      code: 'custom',
      path: ['endYear'],
      message: 'end before start',
      params: { message: 'workspace.error.endBeforeStart' },
    });
  }
  if (s.modality === 'triangular' && !s.countries.some((c) => c.role === 'triangular_partner')) {
    ctx.addIssue({
      code: 'custom',
      path: ['countries'],
      message: 'no triangular partner',
      params: { message: 'workspace.error.triangularPartner' },
    });
  }
});

/** Everything that keeps the draft from being submitted, checked as the API checks a submission. */
export function submissionErrors(values: DraftValues, t: TFunction): Record<string, string> {
  const input: Record<string, unknown> = {};
  for (const key of DRAFT_KEYS) {
    const value = draftField(values, key);
    if (value !== undefined) input[key] = value;
  }
  const result = PartnerSolutionSchema.safeParse(input);
  return result.success ? {} : issuesToErrors(result.error, t);
}

// ---------- where errors show ----------

const ROW_FIELDS: Partial<Record<DraftKey, readonly string[]>> = {
  buildingBlocks: ['title', 'description', 'enablingFactors', 'lessons'],
  contacts: ['name', 'role', 'email', 'organization'],
  links: ['label', 'url'],
  organizations: ['name', 'acronym', 'type', 'role', 'country'],
  funders: ['name', 'type', 'amount', 'currency', 'year'],
  countries: ['role'],
};

/**
 * The inputs an error can point at: each field, and each input of each row. Row paths count the
 * rows the API sees (blank rows are not sent), which are mapped back to the rows on screen.
 */
export function rowIndexMap(values: DraftValues, key: DraftKey): number[] {
  const rows = values[key] as unknown as object[];
  if (!Array.isArray(rows)) return [];
  if (key === 'countries') return rows.map((_, i) => i);
  return rows.flatMap((row, i) => (blankRow(row) ? [] : [i]));
}

/** The input to show an error of the API (or of a check) at: the nearest one that exists. */
export function anchorOf(path: string, values: DraftValues): string {
  const [key, index, sub] = path.split('.');
  if (!DRAFT_KEYS.includes(key as DraftKey)) return key || 'title';
  const fields = ROW_FIELDS[key as DraftKey];
  if (fields && index !== undefined && /^\d+$/.test(index)) {
    const screen = rowIndexMap(values, key as DraftKey)[Number(index)];
    if (screen !== undefined) {
      return sub && fields.includes(sub) ? `${key}.${screen}.${sub}` : `${key}.${screen}`;
    }
  }
  return key;
}

/** Moves errors from the contract's paths to the inputs on screen; the first message per input wins. */
export function placeErrors(errors: Record<string, string>, values: DraftValues): Record<string, string> {
  const placed: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const anchor = anchorOf(path, values);
    if (!(anchor in placed)) placed[anchor] = message;
  }
  return placed;
}
