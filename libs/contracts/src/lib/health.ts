import { z } from 'zod';

/**
 * `GET /api/v1/ready`: 200 while this process can serve (database up, migrations applied), 503
 * otherwise, so a load balancer takes it out of rotation. Search down is `degraded` (200): every
 * replica shares one Meilisearch, and searches answer from PostgreSQL meanwhile.
 */
export const ReadinessSchema = z.object({
  status: z.enum(['ready', 'degraded', 'unavailable']),
  database: z.enum(['up', 'down']),
  search: z.enum(['up', 'down']),
  migrations: z.enum(['applied', 'pending', 'unknown']),
  /** Which process answered (GALAXY_REPLICA_ID) and its role. */
  replica: z.string(),
  role: z.enum(['api', 'worker', 'all']),
});
export type Readiness = z.infer<typeof ReadinessSchema>;
