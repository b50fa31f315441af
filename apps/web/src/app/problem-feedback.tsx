import type { FieldErrorCode } from '@galaxy/contracts';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ZodError } from 'zod';
import { ResendVerificationButton } from '../components/ResendVerificationButton';
import { ApiError } from './api';
import { waitText } from './wait-text';

/** What a form shows after a failed attempt: a message at the top and errors next to fields. */
export interface FormFeedback {
  message?: ReactNode;
  fields?: Record<string, string>;
}

/** The top-level name of a field path ("expertiseSdgs.0" → "expertiseSdgs"). */
const fieldName = (path: string): string => path.split('.')[0] ?? path;

interface LooseIssue {
  code: string;
  path: PropertyKey[];
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  params?: { code?: FieldErrorCode; limit?: number };
}

/** One translated message per invalid field, from the contract schema's own checks. */
export function zodFieldErrors(error: ZodError, t: TFunction): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues as LooseIssue[]) {
    const name = fieldName(issue.path.map(String).join('.'));
    if (name in fields) continue;
    fields[name] = issueMessage(issue, t);
  }
  return fields;
}

function issueMessage(issue: LooseIssue, t: TFunction): string {
  const isText = issue.origin === 'string';
  switch (issue.code) {
    case 'custom':
      // The contract's own checks name their code (e.g. PASSWORD_TOO_SHORT), as the API's do.
      return fieldCodeMessage({ code: issue.params?.code, limit: issue.params?.limit }, '', t);
    case 'too_small':
      if (isText && Number(issue.minimum) <= 1) return t('form.error.required');
      return isText ? t('form.error.tooShort', { count: Number(issue.minimum) }) : t('form.error.required');
    case 'too_big':
      return isText
        ? t('form.error.tooLong', { count: Number(issue.maximum) })
        : t('form.error.tooMany', { count: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('form.error.email');
      if (issue.format === 'url') return t('form.error.url');
      return t('form.error.invalid');
    case 'invalid_value':
    case 'invalid_type':
      return t('form.error.choose');
    default:
      return t('form.error.invalid');
  }
}

/**
 * The default reading of a failed request, by the problem's stable code (never its English text).
 * Forms add or replace what is specific to them.
 */
export function problemFeedback(error: unknown, t: TFunction): FormFeedback {
  if (!(error instanceof ApiError)) return { message: t('problem.network') };
  const serverFields: Record<string, string> = {};
  for (const e of error.problem?.errors ?? []) {
    const name = fieldName(e.field);
    if (name && !(name in serverFields)) serverFields[name] = fieldCodeMessage(e, name, t);
  }
  switch (error.code) {
    case 'VALIDATION_FAILED':
      return { fields: serverFields };
    case 'RATE_LIMITED':
      return { message: t('problem.rateLimited', { when: waitText(error.retryAfter) }) };
    case 'CSRF_FAILED':
      return { message: t('problem.csrf') };
    case 'UNAUTHENTICATED':
      return {
        message: (
          <>
            {t('problem.unauthenticated')}{' '}
            <Link to={`/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`}>
              {t('auth.signIn')}
            </Link>
          </>
        ),
      };
    case 'INVALID_CREDENTIALS':
      return { message: t('problem.invalidCredentials') };
    case 'EMAIL_TAKEN':
      return {
        fields: { email: t('problem.emailTakenField') },
        message: (
          <>
            {t('problem.emailTaken')} <Link to="/login">{t('auth.signIn')}</Link> {t('problem.or')}{' '}
            <Link to="/forgot-password">{t('auth.resetPassword')}</Link>
          </>
        ),
      };
    case 'EMAIL_NOT_VERIFIED':
      return {
        message: (
          <>
            {t('problem.emailNotVerified')} <ResendVerificationButton />
          </>
        ),
      };
    case 'TOKEN_INVALID':
      return { message: t('problem.tokenInvalid') };
    case 'FORBIDDEN':
      return { message: t('problem.forbidden') };
    case 'NOT_FOUND':
      return { message: t('problem.notFound') };
    case 'CONFLICT':
      return { message: t('problem.conflict') };
    case 'STALE_VERSION':
      return { message: t('problem.staleVersion') };
    case 'INVALID_TRANSITION':
      return { message: t('problem.invalidTransition') };
    case 'PAYLOAD_TOO_LARGE':
      return { message: t('problem.tooLarge') };
    default:
      return { message: t('problem.server') };
  }
}

/**
 * What a field error's stable code means, in the UI language (the API's `message` is English and
 * never shown). Without a code the field's own needs are said.
 */
export function fieldCodeMessage(error: { code?: string; limit?: number }, field: string, t: TFunction): string {
  const count = error.limit;
  switch (error.code as FieldErrorCode | undefined) {
    case 'REQUIRED':
      return t('form.error.required');
    case 'TOO_SHORT':
    case 'PASSWORD_TOO_SHORT':
      return count ? t('form.error.tooShort', { count }) : t('form.error.invalid');
    case 'TOO_LONG':
      return count ? t('form.error.tooLong', { count }) : t('form.error.invalid');
    case 'TOO_MANY':
      return count ? t('form.error.tooMany', { count }) : t('form.error.invalid');
    case 'TOO_FEW':
      return count ? t('form.error.tooFew', { count }) : t('form.error.required');
    case 'INVALID_EMAIL':
      return t('form.error.email');
    case 'INVALID_URL':
      return t('form.error.url');
    case 'INVALID_CHOICE':
    case 'INVALID_TYPE':
      return t('form.error.choose');
    case 'PASSWORD_COMMON':
      return t('form.error.passwordCommon');
    case 'PASSWORD_PERSONAL':
      return t('form.error.passwordPersonal');
    case 'PASSWORD_WEAK':
      return t('form.error.weakPassword');
    case 'ALREADY_MEMBER':
      return t('organization.alreadyMember');
    case 'TOKEN_INVALID':
      return t('problem.tokenInvalid');
    default:
      return serverFieldMessage(field, t);
  }
}

/** The API names the field but not what is wrong: we say what that field needs. */
function serverFieldMessage(field: string, t: TFunction): string {
  if (field === 'password' || field === 'newPassword') return t('form.error.weakPassword');
  if (field === 'email' || field === 'contactEmail') return t('form.error.email');
  if (field === 'website') return t('form.error.url');
  return t('form.error.invalid');
}
