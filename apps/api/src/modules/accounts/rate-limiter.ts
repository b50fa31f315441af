import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error';
import { AccountsRepository } from './accounts.repository';

export interface RateLimit {
  /** What is limited and for whom, e.g. `login:email:a@b.org`. */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL, so limits hold across every API process. Over the limit:
 * 429 RATE_LIMITED with Retry-After.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly accounts: AccountsRepository) {}

  /** Refuses (429) when a counter is already at its limit, without counting this request. */
  async check(...limits: RateLimit[]): Promise<void> {
    for (const { key, limit, windowSeconds } of limits) {
      const window = await this.accounts.currentWindow(key, windowSeconds);
      if (window && window.hits >= limit) throw tooMany(window.retryAfter);
    }
  }

  /** Counts this request against each limit; 429 once over one. */
  async consume(...limits: RateLimit[]): Promise<void> {
    for (const { key, limit, windowSeconds } of limits) {
      const window = await this.accounts.countHit(key, windowSeconds);
      if (window.hits > limit) throw tooMany(window.retryAfter);
    }
  }

  /** Counts one more event in this window and returns the count; never refuses. */
  async tally(key: string, windowSeconds: number): Promise<number> {
    return (await this.accounts.countHit(key, windowSeconds)).hits;
  }

  /** Old windows are useless; drop them now and then. */
  async prune(): Promise<void> {
    await this.accounts.pruneCounters();
  }
}

function tooMany(retryAfter: number): AppError {
  return new AppError('RATE_LIMITED', 'Too many attempts; wait a little and try again', [], {
    'Retry-After': String(Math.max(1, retryAfter)),
  });
}
