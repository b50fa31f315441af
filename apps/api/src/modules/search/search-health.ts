import { request } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Logger } from '@nestjs/common';
import { MeiliHttpError, SearchTaskFailedError, SearchUnavailableError } from './search-errors';

export { SearchTaskFailedError, SearchUnavailableError };

export const SEARCH_HEALTH = Symbol('SEARCH_HEALTH');

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
]);

/**
 * True when an error says Meilisearch could not be used (not reachable, timed out, 5xx, refused our
 * key) rather than that it judged a document: such an error must not count against outbox rows.
 */
export function isSearchUnavailable(error: unknown): boolean {
  return isSearchUnreachable(error) || [401, 403, 408, 429].includes(httpStatusOf(error) ?? 0);
}

function httpStatusOf(error: unknown): number | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++)
    if (e instanceof MeiliHttpError) return e.status;
  return undefined;
}

/** True when Meilisearch did not answer at all, timed out or failed (5xx): the circuit opens on these. */
export function isSearchUnreachable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof SearchTaskFailedError) return false;
    if (e instanceof SearchUnavailableError) return true;
    if (e instanceof MeiliHttpError) return e.status === 0 || e.status >= 500;
    const { code, name, message } = e as { code?: string; name?: string; message?: string };
    if (code && NETWORK_CODES.has(code)) return true;
    if (name === 'MeilisearchTaskTimeOutError' || name === 'MeilisearchRequestTimeOutError') return true;
    if (/did not answer within|request aborted|socket hang up/i.test(message ?? '')) return true;
  }
  return false;
}

export interface SearchHealthOptions {
  /** Meilisearch's base URL; its /health needs no key. */
  url: string;
  /** First wait between probes while down; doubles up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * What this process knows of Meilisearch's health: a circuit breaker. Once a request finds it
 * unreachable, readers stop waiting on it (they answer from PostgreSQL at once) and a probe asks
 * /health with capped backoff until it answers; then listeners hear of the recovery (the indexer
 * reconciles). Shared by the read client, the indexer and readiness.
 */
export class SearchHealth {
  private readonly logger = new Logger('SearchHealth');
  private down = false;
  private probeTimer?: NodeJS.Timeout;
  private probeDelay: number;
  private closed = false;
  private readonly recoveredListeners: (() => void)[] = [];
  /** Times Meilisearch was seen going down, and coming back (for tests and drills). */
  readonly counts = { down: 0, up: 0, probes: 0 };

  constructor(private readonly options: SearchHealthOptions) {
    this.probeDelay = options.baseDelayMs;
  }

  get available(): boolean {
    return !this.down;
  }

  onRecovered(listener: () => void): void {
    this.recoveredListeners.push(listener);
  }

  /** Looks at a failed request: when Meilisearch did not answer (or answered 5xx), opens the circuit. Returns that verdict. */
  reportFailure(error: unknown): boolean {
    if (!isSearchUnreachable(error)) return false;
    if (!this.down && !this.closed) {
      this.down = true;
      this.counts.down++;
      this.probeDelay = this.options.baseDelayMs;
      this.logger.warn(
        `Meilisearch unavailable (${String(error).slice(0, 200)}); answering from PostgreSQL until it is back`,
      );
      this.scheduleProbe();
    }
    return true;
  }

  /** A request succeeded: Meilisearch is up. */
  reportSuccess(): void {
    if (!this.down) return;
    this.down = false;
    this.counts.up++;
    clearTimeout(this.probeTimer);
    this.probeTimer = undefined;
    this.logger.log('Meilisearch is back');
    for (const listener of this.recoveredListeners) listener();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.probeTimer);
  }

  onApplicationShutdown(): void {
    this.close();
  }

  private scheduleProbe(): void {
    if (this.closed) return;
    this.probeTimer = setTimeout(() => void this.probe(), this.probeDelay);
    this.probeTimer.unref();
    this.probeDelay = Math.min(this.options.maxDelayMs, this.probeDelay * 2);
  }

  private async probe(): Promise<void> {
    if (!this.down || this.closed) return;
    this.counts.probes++;
    if (await healthy(this.options.url, 2_000)) this.reportSuccess();
    else this.scheduleProbe();
  }
}

/** GET /health on Meilisearch (no key needed), through node:http (fetch is slow on loopback here). */
export function healthy(baseUrl: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const url = new URL('/health', baseUrl);
    const req = (url.protocol === 'https:' ? httpsRequest : request)(url, { method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300));
      res.on('error', () => resolve(false));
    });
    req.on('error', () => resolve(false));
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.end();
  });
}
