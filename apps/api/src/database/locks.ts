import type { DataSource, EntityManager } from 'typeorm';

/**
 * Advisory lock keys of the singleton jobs, in one place so that no two jobs share one by mistake
 * (search-sync.ts keeps 734_201 for reindex/reconcile, bootstrap.ts 734_200 for migrations).
 */
export const JOB_LOCKS = {
  verificationReminders: 7_200_518,
  matchReminders: 7_200_519,
} as const;

/**
 * Takes the transaction-scoped advisory lock `key` if no one holds it, without waiting: how a job
 * that runs on every replica makes sure only one of them does each round. The lock is released
 * when the transaction ends. Returns whether this transaction got it.
 */
export async function tryTransactionLock(m: EntityManager, key: number): Promise<boolean> {
  const [row] = (await m.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [key])) as { locked: boolean }[];
  return row.locked;
}

/**
 * Runs `work` only if no other process (worker, replica, CLI) holds the session advisory lock `key`,
 * holding it on a connection of its own for the whole run, transactions and mails included; a process
 * that dies releases it with its connection. Returns what `work` returned, or `{ skipped: true }`
 * when another process was running it (no waiting).
 */
export async function runAlone<T>(
  db: DataSource,
  key: number,
  work: () => Promise<T>,
): Promise<{ skipped: false; result: T } | { skipped: true }> {
  const runner = db.createQueryRunner('master');
  await runner.connect();
  try {
    const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [key])) as {
      locked: boolean;
    }[];
    if (!locked) return { skipped: true };
    try {
      return { skipped: false, result: await work() };
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1)`, [key]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}
