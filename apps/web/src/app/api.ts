import { CsrfSchema, ProblemSchema, type ErrorCode, type Problem } from '@galaxy/contracts';
import type { ZodType } from 'zod';

/** An API error with the problem+json body the API sent, so callers branch on `problem.code`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    /** Seconds to wait before trying again, from Retry-After (429). */
    readonly retryAfter?: number,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }

  get code(): ErrorCode | undefined {
    return this.problem?.code;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const problem = ProblemSchema.safeParse(body);
  return new ApiError(
    response.status,
    problem.success ? problem.data : undefined,
    retryAfterSeconds(response.headers.get('Retry-After')),
  );
}

/** Retry-After is either a number of seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** GETs JSON from the API and checks it against the contract schema. */
export async function apiGet<T>(path: string, schema: ZodType<T>, signal?: AbortSignal): Promise<T> {
  const response = await fetch(`/api/v1${path}`, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) throw await toApiError(response);
  return schema.parse(await response.json());
}

// ---------- unsafe requests: double-submit CSRF ----------

const CSRF_COOKIE = 'galaxy_csrf';

function readCsrfCookie(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

let pendingToken: Promise<string> | undefined;

/** Asks the API for a token; its answer also sets the cookie, which is what the header must match. */
function refreshCsrfToken(): Promise<string> {
  pendingToken ??= apiGet('/auth/csrf', CsrfSchema)
    .then(({ token }) => readCsrfCookie() ?? token)
    .finally(() => {
      pendingToken = undefined;
    });
  return pendingToken;
}

async function csrfToken(): Promise<string> {
  return readCsrfCookie() ?? refreshCsrfToken();
}

export type UnsafeMethod = 'POST' | 'PATCH' | 'DELETE';

/**
 * Sends a POST, PATCH or DELETE with the CSRF header, and checks the answer against the schema
 * (none for 202/204 answers). A CSRF failure (cookie gone or replaced) is retried once with a fresh
 * token; any other failure is thrown as an ApiError carrying the problem's code.
 */
export async function apiSend<T = void>(
  method: UnsafeMethod,
  path: string,
  body?: unknown,
  schema?: ZodType<T>,
): Promise<T> {
  const attempt = async (token: string) =>
    fetch(`/api/v1${path}`, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'X-CSRF-Token': token,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  let response = await attempt(await csrfToken());
  if (!response.ok) {
    let error = await toApiError(response);
    if (error.code === 'CSRF_FAILED') {
      response = await attempt(await refreshCsrfToken());
      if (!response.ok) error = await toApiError(response);
    }
    if (!response.ok) throw error;
  }
  if (!schema) return undefined as T;
  return schema.parse(await response.json());
}
