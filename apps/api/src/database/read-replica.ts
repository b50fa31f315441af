import type { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '../common/database-errors';

/** application_name of the connections to the primary and to the read replica (pg_stat_activity tells them apart). */
export const PRIMARY_APPLICATION_NAME = 'galaxy';
export const REPLICA_APPLICATION_NAME = 'galaxy-replica';

/** Whether this DataSource has a read replica (DATABASE_REPLICA_URL). */
export const hasReadReplica = (db: DataSource): boolean =>
  Boolean((db.options as { replication?: unknown }).replication);

/**
 * Runs a read-only statement on the read replica when there is one (DATABASE_REPLICA_URL), else on
 * the primary: for reads that may lag the primary by the replication delay — the search fallback, the
 * exports, the stats. Everything else (writes, transactions, reads after the caller's own write) uses
 * the DataSource as usual, which goes to the primary (`replication.defaultMode: 'master'`). A replica
 * that cannot be reached is not an outage: the statement runs on the primary instead.
 */
export async function queryReadOnly<T = unknown>(db: DataSource, sql: string, params?: unknown[]): Promise<T> {
  if (!hasReadReplica(db)) return db.query(sql, params) as Promise<T>;
  let runner;
  try {
    runner = db.createQueryRunner('slave');
    return (await runner.query(sql, params)) as T;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return db.query(sql, params) as Promise<T>;
  } finally {
    await runner?.release();
  }
}
