import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';

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
  constructor(private readonly db: DataSource) {}

  /** Refuses (429) when a counter is already at its limit, without counting this request. */
  async check(...limits: RateLimit[]): Promise<void> {
    for (const { key, limit, windowSeconds } of limits) {
      const [row] = await this.db.query(
        `SELECT hits, ceil(extract(epoch FROM window_start) + $2 - extract(epoch FROM now()))::int AS retry_after
         FROM rate_limits WHERE key = $1 AND window_start = to_timestamp(floor(extract(epoch FROM now()) / $2) * $2)`,
        [key, windowSeconds],
      );
      if (row && row.hits >= limit) throw tooMany(row.retry_after);
    }
  }

  /** Counts this request against each limit; 429 once over one. */
  async consume(...limits: RateLimit[]): Promise<void> {
    for (const { key, limit, windowSeconds } of limits) {
      const [row] = await this.db.query(
        `INSERT INTO rate_limits (key, window_start, hits)
         VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
         ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
         RETURNING hits, ceil(extract(epoch FROM window_start) + $2 - extract(epoch FROM now()))::int AS retry_after`,
        [key, windowSeconds],
      );
      if (row.hits > limit) throw tooMany(row.retry_after);
    }
  }

  /** Counts one more event in this window and returns the count; never refuses. */
  async tally(key: string, windowSeconds: number): Promise<number> {
    const [row] = await this.db.query(
      `INSERT INTO rate_limits (key, window_start, hits)
       VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
       RETURNING hits`,
      [key, windowSeconds],
    );
    return row.hits;
  }

  /** Old windows are useless; drop them now and then. */
  async prune(): Promise<void> {
    await this.db.query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`);
  }
}

function tooMany(retryAfter: number): AppError {
  return new AppError('RATE_LIMITED', 'Too many attempts; wait a little and try again', [], {
    'Retry-After': String(Math.max(1, retryAfter)),
  });
}
