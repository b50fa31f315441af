import { ErrorCode, FieldErrorCode } from '@galaxy/contracts';

export interface FieldError {
  /** Where the input was: body, query, params, header or file. */
  location: string;
  /** Dotted path to the offending input, e.g. `countries.0.role`; empty for the whole input. */
  field: string;
  /** What is wrong, for clients to translate (without one, clients say what the field needs). */
  code?: FieldErrorCode;
  /** The bound that was crossed (a length, a count). */
  limit?: number;
  message: string;
}

/** An error the client can branch on: a stable code, an HTTP status and, when useful, field errors. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
    /** Extra problem members, e.g. `current` for STALE_VERSION. */
    readonly extensions: { current?: unknown } = {},
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static forbidden(message = 'You are not allowed to do this'): AppError {
    return new AppError('FORBIDDEN', message);
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} was not found`);
  }
}

export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOKEN_INVALID: 400,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  EMAIL_NOT_VERIFIED: 403,
  EMAIL_TAKEN: 409,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  STALE_VERSION: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
  XML_MALFORMED: 400,
  XML_DTD_FORBIDDEN: 400,
  IATI_WRONG_ROOT: 400,
  IATI_UNKNOWN_CODE: 400,
  URI_TOO_LONG: 414,
  HEADERS_TOO_LARGE: 431,
  REQUEST_TIMEOUT: 408,
};
