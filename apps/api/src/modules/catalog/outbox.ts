import type { EntityManager } from 'typeorm';
import type { OutboxEntity } from './search-outbox.entity';

/**
 * Records that these rows changed, in the caller's transaction: the indexer picks them up after
 * commit, and a rolled-back write leaves nothing behind.
 */
export async function enqueueSearchSync(
  manager: EntityManager,
  entity: OutboxEntity,
  ids: readonly string[],
): Promise<void> {
  if (!ids.length) return;
  await manager.query(`INSERT INTO search_outbox (entity, entity_id) SELECT $1, unnest($2::uuid[])`, [entity, ids]);
}
