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
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const FieldErrorSchema = z.object({
  location: z.string(),
  field: z.string(),
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
