import { z } from 'zod';

/** Stable error codes: clients branch on these, never on message text. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'TOKEN_INVALID',
  'FORBIDDEN',
  'CSRF_FAILED',
  'EMAIL_NOT_VERIFIED',
  'EMAIL_TAKEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CONFLICT',
  'STALE_VERSION',
  'INVALID_TRANSITION',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'XML_MALFORMED',
  'XML_DTD_FORBIDDEN',
  'IATI_WRONG_ROOT',
  'IATI_UNKNOWN_CODE',
  'URI_TOO_LONG',
  'HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/**
 * Stable codes of field errors: clients translate these, never the English `message`. Unknown
 * codes (a newer API) read as INVALID.
 */
export const FIELD_ERROR_CODES = [
  'REQUIRED',
  'TOO_SHORT',
  'TOO_LONG',
  'TOO_FEW',
  'TOO_MANY',
  'TOO_SMALL',
  'TOO_BIG',
  'INVALID_EMAIL',
  'INVALID_URL',
  'INVALID_FORMAT',
  'INVALID_CHOICE',
  'INVALID_TYPE',
  'UNKNOWN_FIELD',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_COMMON',
  'PASSWORD_PERSONAL',
  'PASSWORD_WEAK',
  'ALREADY_MEMBER',
  'TOKEN_INVALID',
  'INVALID',
] as const;
export const FieldErrorCodeSchema = z.enum(FIELD_ERROR_CODES);
export type FieldErrorCode = z.infer<typeof FieldErrorCodeSchema>;

export const FieldErrorSchema = z.object({
  location: z.string(),
  field: z.string(),
  /** What is wrong, as a stable code: every validation error has one; clients fall back on the field. */
  code: z.string().optional(),
  /** The bound that was crossed, for TOO_SHORT, TOO_LONG, TOO_FEW, TOO_MANY… */
  limit: z.number().optional(),
  message: z.string(),
});

/** RFC 9457 problem details, with Galaxy's stable `code` and per-field `errors`. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  code: ErrorCodeSchema,
  errors: z.array(FieldErrorSchema).optional(),
  requestId: z.string().optional(),
  /** STALE_VERSION: the current state on the server, so the client can merge the user's changes into it. */
  current: z.unknown().optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
