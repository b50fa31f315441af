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

  async consume(...limits: RateLimit[]): Promise<void> {
    for (const { key, limit, windowSeconds } of limits) {
      const [row] = await this.db.query(
        `INSERT INTO rate_limits (key, window_start, hits)
         VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
         ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
         RETURNING hits, ceil(extract(epoch FROM window_start) + $2 - extract(epoch FROM now()))::int AS retry_after`,
        [key, windowSeconds],
      );
      if (row.hits > limit) {
        throw new AppError('RATE_LIMITED', 'Too many attempts; wait a little and try again', [], {
          'Retry-After': String(Math.max(1, row.retry_after)),
        });
      }
    }
  }

  /** Old windows are useless; drop them now and then. */
  async prune(): Promise<void> {
    await this.db.query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`);
  }
}
