import { Injectable } from '@nestjs/common';
import type { SearchDeadLetter, SearchDeadLetters } from '@galaxy/contracts';
import { DataSource } from 'typeorm';

interface DeadRow {
  id: string;
  entity: SearchDeadLetter['entity'];
  entity_id: string;
  label: string | null;
  last_error: string | null;
  attempts: number;
  created_at: Date;
  dead_at: Date;
}

const toDeadLetter = (r: DeadRow): SearchDeadLetter => ({
  id: String(r.id),
  entity: r.entity,
  entityId: r.entity_id,
  label: r.label,
  lastError: r.last_error,
  attempts: r.attempts,
  createdAt: new Date(r.created_at).toISOString(),
  deadAt: new Date(r.dead_at).toISOString(),
});

/**
 * The rows of `search_outbox` that the indexer marked dead, read and put back in its queue. Only
 * this: which rows die, and when, stays the indexer's business.
 */
@Injectable()
export class SearchDeadLettersRepository {
  constructor(private readonly db: DataSource) {}

  async list(page: number, pageSize: number): Promise<SearchDeadLetters> {
    const rows: DeadRow[] = await this.db.query(
      `SELECT o.id, o.entity, o.entity_id, o.last_error, o.attempts, o.created_at, o.dead_at,
              CASE o.entity
                WHEN 'solution' THEN (SELECT title FROM solutions WHERE id = o.entity_id)
                WHEN 'organization' THEN (SELECT name FROM organizations WHERE id = o.entity_id)
                WHEN 'need' THEN (SELECT title FROM needs WHERE id = o.entity_id)
                WHEN 'offer' THEN (SELECT title FROM offers WHERE id = o.entity_id)
              END AS label
       FROM search_outbox o WHERE o.dead_at IS NOT NULL
       ORDER BY o.dead_at DESC, o.id DESC LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize],
    );
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM search_outbox WHERE dead_at IS NOT NULL`,
    );
    return { items: rows.map(toDeadLetter), total };
  }

  /**
   * Puts dead rows back in the queue as new (no attempts, available now); the last error stays, for
   * whoever looks next. Returns how many were dead.
   */
  async retry(id?: string): Promise<number> {
    const [rows]: [unknown[], number] = await this.db.query(
      `UPDATE search_outbox SET dead_at = NULL, attempts = 0, available_at = now(), locked_until = NULL
       WHERE dead_at IS NOT NULL AND ($1::bigint IS NULL OR id = $1::bigint) RETURNING id`,
      [id ?? null],
    );
    return rows.length;
  }
}
