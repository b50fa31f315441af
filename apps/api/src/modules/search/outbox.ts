import type { EntityManager } from 'typeorm';
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
