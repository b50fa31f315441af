import {
  NeedInputSchema,
  NeedUpdateInputSchema,
  goalOfTarget,
  type ListingVisibility,
  type Need,
  type NeedInput,
  type NeedUpdateInput,
} from '@galaxy/contracts';
import type { TFunction } from 'i18next';
import { type ZodError } from 'zod';
import { ApiError } from '../../app/api';
import { zodFieldErrors } from '../../app/problem-feedback';
import { waitText } from '../../app/wait-text';

/** What the need form holds while someone types: strings as typed, lists as chosen. */
export interface NeedValues {
  organizationId: string;
  title: string;
  problemStatement: string;
  currentSituation: string;
  desiredOutcome: string;
  /** Goals chosen by hand; the goals of chosen targets are added when sending. */
  goals: number[];
  sdgTargets: string[];
  countries: string[];
  modalities: string[];
  languages: string[];
  timeframeStart: string;
  timeframeEnd: string;
  cash: string;
  inKind: string;
  staff: string;
  endorsed: boolean;
  focalPointName: string;
  focalPointTitle: string;
  endorsedOn: string;
  visibility: ListingVisibility;
}

export const emptyNeed = (organizationId = '', languages: string[] = []): NeedValues => ({
  organizationId,
  title: '',
  problemStatement: '',
  currentSituation: '',
  desiredOutcome: '',
  goals: [],
  sdgTargets: [],
  countries: [],
  modalities: [],
  languages,
  timeframeStart: '',
  timeframeEnd: '',
  cash: '',
  inKind: '',
  staff: '',
  endorsed: false,
  focalPointName: '',
  focalPointTitle: '',
  endorsedOn: '',
  visibility: 'public',
});

export function needValues(need: Need): NeedValues {
  return {
    organizationId: need.organization.id,
    title: need.title,
    problemStatement: need.problemStatement,
    currentSituation: need.currentSituation ?? '',
    desiredOutcome: need.desiredOutcome,
    goals: need.sdgs,
    sdgTargets: need.sdgTargets,
    countries: need.countries,
    modalities: need.modalities,
    languages: need.languages,
    timeframeStart: need.timeframeStart ?? '',
    timeframeEnd: need.timeframeEnd ?? '',
    cash: need.coContribution?.cash ?? '',
    inKind: need.coContribution?.inKind ?? '',
    staff: need.coContribution?.staff ?? '',
    endorsed: need.endorsement !== null,
    focalPointName: need.endorsement?.focalPointName ?? '',
    focalPointTitle: need.endorsement?.focalPointTitle ?? '',
    endorsedOn: need.endorsement?.endorsedOn ?? '',
    visibility: need.visibility,
  };
}

/** The goals sent: those chosen, and those of the chosen targets. */
export function goalsOf(values: Pick<NeedValues, 'goals' | 'sdgTargets'>): number[] {
  return [...new Set([...values.goals, ...values.sdgTargets.map(goalOfTarget)])].sort((a, b) => a - b);
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

function shared(values: NeedValues) {
  return {
    title: values.title.trim(),
    problemStatement: values.problemStatement.trim(),
    desiredOutcome: values.desiredOutcome.trim(),
    sdgs: goalsOf(values),
    sdgTargets: values.sdgTargets,
    countries: values.countries,
    modalities: values.modalities as NeedInput['modalities'],
    languages: values.languages as NeedInput['languages'],
    coContribution: { cash: optional(values.cash), inKind: optional(values.inKind), staff: optional(values.staff) },
    visibility: values.visibility,
  };
}

export function needInput(values: NeedValues): NeedInput {
  return {
    organizationId: values.organizationId,
    ...shared(values),
    currentSituation: optional(values.currentSituation),
    timeframeStart: optional(values.timeframeStart),
    timeframeEnd: optional(values.timeframeEnd),
    endorsement: values.endorsed
      ? {
          focalPointName: values.focalPointName.trim(),
          focalPointTitle: optional(values.focalPointTitle),
          endorsedOn: values.endorsedOn,
        }
      : undefined,
  };
}

/** Every field, so the need becomes what the form shows; emptied optional fields are cleared. */
export function needUpdate(values: NeedValues, version: number): NeedUpdateInput {
  return {
    version,
    ...shared(values),
    currentSituation: optional(values.currentSituation) ?? null,
    timeframeStart: optional(values.timeframeStart) ?? null,
    timeframeEnd: optional(values.timeframeEnd) ?? null,
    endorsement: values.endorsed
      ? {
          focalPointName: values.focalPointName.trim(),
          focalPointTitle: optional(values.focalPointTitle),
          endorsedOn: values.endorsedOn,
        }
      : null,
  };
}

// ---- fields, steps and errors --------------------------------------------------------------------

export const NEED_STEPS = [
  { id: 'problem', fields: ['organizationId', 'title', 'problemStatement', 'currentSituation', 'desiredOutcome'] },
  { id: 'targets', fields: ['sdgTargets', 'sdgs'] },
  { id: 'scope', fields: ['countries', 'modalities', 'languages', 'timeframeStart', 'timeframeEnd'] },
  { id: 'contribution', fields: ['cash', 'inKind', 'staff', 'focalPointName', 'focalPointTitle', 'endorsedOn'] },
  { id: 'visibility', fields: ['visibility'] },
  { id: 'review', fields: [] },
] as const;
export type NeedStepId = (typeof NEED_STEPS)[number]['id'];
export const NEED_STEP_IDS: NeedStepId[] = NEED_STEPS.map((s) => s.id);
export const NEED_FIELDS: string[] = NEED_STEPS.flatMap((s) => [...s.fields]);

export function stepOfNeedField(field: string): NeedStepId {
  return NEED_STEPS.find((s) => (s.fields as readonly string[]).includes(field))?.id ?? 'review';
}

/**
 * The form's field for a path of the contract ("endorsement.focalPointName" → "focalPointName",
 * "sdgTargets.2" → "sdgTargets"); undefined for what the form does not show.
 */
export function needFieldOfPath(path: string): string | undefined {
  const [head, sub] = path.split('.');
  if (head === 'coContribution') return sub && ['cash', 'inKind', 'staff'].includes(sub) ? sub : 'cash';
  if (head === 'endorsement')
    return sub && ['focalPointName', 'focalPointTitle', 'endorsedOn'].includes(sub) ? sub : 'focalPointName';
  return NEED_FIELDS.includes(head ?? '') ? head : undefined;
}

/** Translated messages per form field, from the contract's own checks. */
export function schemaErrors(
  error: ZodError,
  t: TFunction,
  fieldOfPath: (path: string) => string | undefined,
): Record<string, string> {
  const issues = error.issues.flatMap((issue) => {
    const field = fieldOfPath(issue.path.map(String).join('.'));
    return field ? [{ ...issue, path: [field] }] : [];
  });
  const fields = zodFieldErrors({ issues } as unknown as ZodError, t);
  for (const issue of issues) {
    const field = String(issue.path[0]);
    if (issue.code === 'too_small' && issue.origin === 'array') fields[field] = t('workspace.error.chooseOne');
    if (issue.code === 'custom' && field === 'timeframeEnd') fields[field] = t('listings.error.endBeforeStart');
    if (issue.code === 'invalid_format' && (field === 'timeframeStart' || field === 'timeframeEnd'))
      fields[field] = t('listings.error.month');
    if (issue.code === 'invalid_format' && field === 'endorsedOn') fields[field] = t('listings.error.date');
  }
  return fields;
}

export function checkNeed(values: NeedValues, t: TFunction, version?: number): Record<string, string> {
  const parsed =
    version === undefined
      ? NeedInputSchema.safeParse(needInput(values))
      : NeedUpdateInputSchema.safeParse(needUpdate(values, version));
  return parsed.success ? {} : schemaErrors(parsed.error, t, needFieldOfPath);
}

/** A refused request: per-field errors from the API's dotted paths, and a message for the rest. */
export function serverErrors(
  error: unknown,
  t: TFunction,
  fieldOfPath: (path: string) => string | undefined,
): { fields: Record<string, string>; message?: string } {
  if (!(error instanceof ApiError)) return { fields: {}, message: t('problem.network') };
  const fields: Record<string, string> = {};
  let unplaced = false;
  for (const e of error.problem?.errors ?? []) {
    const field = fieldOfPath(e.field);
    if (field && e.field !== 'version') fields[field] ??= t('form.error.invalid');
    else unplaced = true;
  }
  switch (error.code) {
    case 'VALIDATION_FAILED':
      return { fields, message: unplaced || Object.keys(fields).length === 0 ? t('problem.invalidInput') : undefined };
    case 'STALE_VERSION':
      return { fields: {}, message: t('problem.staleVersion') };
    case 'INVALID_TRANSITION':
      return { fields: {}, message: t('problem.invalidTransition') };
    case 'UNAUTHENTICATED':
      return { fields: {}, message: t('problem.unauthenticated') };
    case 'FORBIDDEN':
      return { fields: {}, message: t('problem.forbidden') };
    case 'NOT_FOUND':
      return { fields: {}, message: t('problem.notFound') };
    case 'RATE_LIMITED':
      return { fields: {}, message: t('problem.rateLimited', { when: waitText(error.retryAfter) }) };
    case 'CSRF_FAILED':
      return { fields: {}, message: t('problem.csrf') };
    default:
      return { fields, message: t('problem.server') };
  }
}
