import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OutboxEntity } from './search-outbox.entity';

/**
 * The dependency rules of re-indexing: documents that copy fields of another record, and how to
 * find them. Solution documents carry the names, acronyms, slugs and types of their organizations;
 * need and offer documents the id, slug and name of theirs. (Organization documents count published
 * solutions: that rule runs the other way and lives in the indexer, see SearchSync.applyRows.)
 */
const COPIES_OF: Partial<Record<OutboxEntity, { entity: OutboxEntity; ids: string }[]>> = {
  organization: [
    {
      entity: 'solution',
      ids: `SELECT solution_id FROM solution_organizations WHERE organization_id = ANY($1::uuid[])`,
    },
    { entity: 'need', ids: `SELECT id FROM needs WHERE organization_id = ANY($1::uuid[])` },
    { entity: 'offer', ids: `SELECT id FROM offers WHERE organization_id = ANY($1::uuid[])` },
  ],
};

/**
 * Records that these rows changed, in the caller's transaction: the indexer picks them up after
 * commit, and a rolled-back write leaves nothing behind. Every document that copies their fields is
 * queued with them (an organization renamed: its solutions, needs and offers), so none shows the
 * old value for longer than the sync lag.
 */
export async function enqueueSearchSync(
  manager: EntityManager,
  entity: OutboxEntity,
  ids: readonly string[],
): Promise<void> {
  if (!ids.length) return;
  await enqueueOwnDocuments(manager, entity, ids);
  for (const copy of COPIES_OF[entity] ?? []) {
    await manager.query(
      `INSERT INTO search_outbox (entity, entity_id) SELECT DISTINCT $2, id FROM (${copy.ids}) d(id)`,
      [ids, copy.entity],
    );
  }
}

/**
 * Queues only these rows' own documents, for a change no other document copies: an organization's
 * solution count or verification level.
 */
export async function enqueueOwnDocuments(
  manager: EntityManager,
  entity: OutboxEntity,
  ids: readonly string[],
): Promise<void> {
  if (!ids.length) return;
  await manager.query(`INSERT INTO search_outbox (entity, entity_id) SELECT $1, unnest($2::uuid[])`, [entity, ids]);
}

/** An outbox row the indexer holds a lease on. */
export interface ClaimedRow {
  id: string;
  entity: OutboxEntity;
  entity_id: string;
}

/** The indexer's side of `search_outbox`: claims with leases, outcomes, and the replay after a rebuild. */
@Injectable()
export class SearchOutboxRepository {
  constructor(private readonly db: DataSource) {}

  /** Leases up to `limit` pending rows (of these kinds, or any) to this process for `leaseSeconds`. */
  async claim(limit: number, leaseSeconds: number, entities?: readonly OutboxEntity[]): Promise<ClaimedRow[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, rowCount]. Claiming counts no attempt.
    const [claimed]: [ClaimedRow[], number] = await this.db.query(
      `UPDATE search_outbox SET locked_until = now() + make_interval(secs => $2)
       WHERE id IN (
         SELECT id FROM search_outbox
         WHERE processed_at IS NULL AND dead_at IS NULL AND available_at <= now()
           AND (locked_until IS NULL OR locked_until < now()) AND ($3::text[] IS NULL OR entity = ANY($3))
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, entity, entity_id`,
      [limit, leaseSeconds, entities ?? null],
    );
    return claimed;
  }

  /** Organization documents count published solutions: queue those linked to these solutions. */
  async enqueueOrganizationsOfSolutions(solutionIds: readonly string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO search_outbox (entity, entity_id)
       SELECT DISTINCT 'organization', organization_id FROM solution_organizations WHERE solution_id = ANY($1::uuid[])`,
      [solutionIds],
    );
  }

  async markDone(rows: readonly ClaimedRow[]): Promise<void> {
    await this.db.query(
      `UPDATE search_outbox SET processed_at = now(), locked_until = NULL WHERE id = ANY($1::bigint[])`,
      [rows.map((r) => r.id)],
    );
  }

  /** Hands rows back untouched (not their fault), noting why. */
  async release(rows: readonly ClaimedRow[], error: unknown): Promise<void> {
    await this.db.query(`UPDATE search_outbox SET locked_until = NULL, last_error = $2 WHERE id = ANY($1::bigint[])`, [
      rows.map((r) => r.id),
      String(error).slice(0, 2000),
    ]);
  }

  /** A definite failure: count it, back off (base × 2^attempts, capped), dead-letter after maxAttempts. */
  async countFailure(
    rows: readonly ClaimedRow[],
    error: unknown,
    retry: { maxAttempts: number; baseMs: number; maxMs: number },
  ): Promise<void> {
    await this.db.query(
      `UPDATE search_outbox SET locked_until = NULL, last_error = $2, attempts = attempts + 1,
         available_at = now() + make_interval(secs => least($4::float8, $5::float8 * power(2, attempts)) / 1000),
         dead_at = CASE WHEN attempts + 1 >= $3 THEN now() END
       WHERE id = ANY($1::bigint[])`,
      [rows.map((r) => r.id), String(error).slice(0, 2000), retry.maxAttempts, retry.maxMs, retry.baseMs],
    );
  }

  async counts(): Promise<{ pending: number; dead: number }> {
    const [row]: { pending: number; dead: number }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE processed_at IS NULL AND dead_at IS NULL)::int AS pending,
              count(*) FILTER (WHERE dead_at IS NOT NULL)::int AS dead
       FROM search_outbox`,
    );
    return row;
  }

  /** The newest row's id: what a rebuild started after covers. */
  async mark(): Promise<string> {
    const [{ mark }]: { mark: string }[] = await this.db.query(
      `SELECT coalesce(max(id), 0)::text AS mark FROM search_outbox`,
    );
    return mark;
  }

  /**
   * After a rebuild: rows up to the mark are covered by it (done); returns the ids changed after it,
   * which may have reached only the old index.
   */
  async settleRebuild(entities: readonly OutboxEntity[], mark: string): Promise<string[]> {
    await this.db.query(
      `UPDATE search_outbox SET processed_at = now(), locked_until = NULL
       WHERE entity = ANY($1) AND id <= $2::bigint AND processed_at IS NULL AND dead_at IS NULL`,
      [entities, mark],
    );
    const changed: { entity_id: string }[] = await this.db.query(
      `SELECT DISTINCT entity_id FROM search_outbox WHERE entity = ANY($1) AND id > $2::bigint`,
      [entities, mark],
    );
    return changed.map((r) => r.entity_id);
  }

  /** Runs `work` holding a session advisory lock, or fails at once when another process holds it. */
  async withLock<T>(key: number, work: () => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [key]);
      if (!locked) throw new Error('another process is reindexing or reconciling; try again when it is done');
      try {
        return await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [key]);
      }
    } finally {
      await runner.release();
    }
  }
}
