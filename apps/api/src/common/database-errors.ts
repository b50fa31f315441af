import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { AppError } from './app-error';

/** What a client is told to wait before trying again while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs that say "not now" rather than "not this": the server is unreachable, shutting down,
 * out of connections, or cut a statement or transaction short (our own timeouts, a deadlock).
 */
const TRANSIENT_SQLSTATE = [
  /^08/, // connection exception
  /^53/, // insufficient resources (too many connections, out of memory, disk full)
  /^57P0[1-5]$/, // admin shutdown, crash shutdown, cannot connect now, database dropped, idle session timeout
  /^57014$/, // query canceled: statement_timeout
  /^25P03$/, // idle_in_transaction_session_timeout
  /^55P03$/, // lock not available
  /^40001$|^40P01$/, // serialization failure, deadlock detected
];

/** Socket errors on the way to the server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** node-postgres and its pool say these in words only. */
const DRIVER_MESSAGES = [
  /^timeout exceeded when trying to connect$/, // pool acquire timeout
  /^Connection terminated/, // unexpectedly, due to connection timeout
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^timeout expired$/,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  constraint?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The error and what it wraps: TypeORM's QueryFailedError holds the driver's error, pg-pool sets `cause`. */
function* chain(error: unknown): Generator<ErrorLike> {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const e = current as ErrorLike;
    yield e;
    // Connecting to a host with several addresses fails with an AggregateError of socket errors.
    if (Array.isArray(e.errors)) for (const inner of e.errors) if (inner && typeof inner === 'object') yield inner;
    current = e.driverError ?? e.cause;
  }
}

/** The database could not answer this request now: a 503 with Retry-After, not a 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM releases a transaction's runner when its connection fails under it (the server closed an
  // idle transaction, shut down, or the network dropped): the next statement finds it released.
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (/^[0-9A-Z]{5}$/.test(code) && TRANSIENT_SQLSTATE.some((pattern) => pattern.test(code))) return true;
    if (NETWORK_CODES.has(code)) return true;
    if (typeof e.message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(e.message as string)))
      return true;
  }
  return false;
}

/** The unique constraint a write ran into (PostgreSQL 23505), if that is what failed. */
export function uniqueViolation(error: unknown): { constraint: string } | undefined {
  for (const e of chain(error)) {
    if (e.code === '23505') return { constraint: typeof e.constraint === 'string' ? e.constraint : '' };
  }
  return undefined;
}

/** Which input a unique constraint guards, so a conflict names the field at fault. */
const UNIQUE_INPUTS: Record<string, { field: string; message: string }> = {
  organizations_name_unique_idx: { field: 'name', message: 'An organization with this name exists already' },
  users_email_key: { field: 'email', message: 'An account with this email exists already' },
  matches_live_idx: { field: 'organizationId', message: 'Already on the shortlist' },
};

/**
 * Database errors a client should see as such: unavailability (503 DATABASE_UNAVAILABLE with
 * Retry-After) and a lost race on a unique constraint (409 CONFLICT, with the field when known).
 * Anything else is not the client's business (undefined: a 500).
 */
export function databaseAppError(error: unknown): AppError | undefined {
  if (isDatabaseUnavailable(error)) {
    return new AppError('DATABASE_UNAVAILABLE', 'The database is unavailable or busy; try again in a few seconds', [], {
      'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS),
    });
  }
  const unique = uniqueViolation(error);
  if (unique) {
    const input = UNIQUE_INPUTS[unique.constraint];
    return new AppError(
      'CONFLICT',
      input?.message ?? 'This conflicts with something that exists already',
      input ? [{ location: 'body', field: input.field, message: input.message }] : [],
    );
  }
  return undefined;
}
