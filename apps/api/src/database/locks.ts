import type { EntityManager } from 'typeorm';

/**
 * Takes the transaction-scoped advisory lock `key` if no one holds it, without waiting: how a job
 * that runs on every replica makes sure only one of them does each round. The lock is released
 * when the transaction ends. Returns whether this transaction got it.
 */
export async function tryTransactionLock(m: EntityManager, key: number): Promise<boolean> {
  const [row] = (await m.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [key])) as { locked: boolean }[];
  return row.locked;
}
