import 'reflect-metadata';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { PRIMARY_APPLICATION_NAME, REPLICA_APPLICATION_NAME } from './read-replica';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** How long anything may wait on the database, in milliseconds (0: no limit). */
export interface DatabaseLimits {
  /** Waiting for a pool connection (or for a new one to connect): an exhausted pool fails fast, never hangs. */
  acquireTimeoutMs: number;
  /** PostgreSQL `statement_timeout`. */
  statementTimeoutMs: number;
  /** PostgreSQL `idle_in_transaction_session_timeout`: a transaction left open releases its locks. */
  idleInTransactionTimeoutMs: number;
}

/**
 * The CLI, migrations, seed and benchmarks run long statements on purpose: they only get the acquire
 * timeout. The API passes its configured limits (see `apiDatabaseLimits`).
 */
const TOOL_LIMITS: DatabaseLimits = { acquireTimeoutMs: 30_000, statementTimeoutMs: 0, idleInTransactionTimeoutMs: 0 };

export function apiDatabaseLimits(config: {
  DATABASE_ACQUIRE_TIMEOUT_MS: number;
  DATABASE_STATEMENT_TIMEOUT_MS: number;
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: number;
}): DatabaseLimits {
  return {
    acquireTimeoutMs: config.DATABASE_ACQUIRE_TIMEOUT_MS,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    idleInTransactionTimeoutMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}

/**
 * One definition of the database connection, shared by Nest, the CLI and the tests. With a
 * `replicaUrl` (DATABASE_REPLICA_URL) TypeORM keeps a second pool to the read replica; everything
 * still goes to the primary (`defaultMode: 'master'`) except what asks for the replica by name
 * (`queryReadOnly` in read-replica.ts), so no read after the caller's own write can see the past.
 */
export function dataSourceOptions(
  databaseUrl: string,
  overrides: Partial<DataSourceOptions> = {},
  limits: DatabaseLimits = TOOL_LIMITS,
  replicaUrl?: string,
): DataSourceOptions {
  const connection = replicaUrl
    ? {
        replication: {
          master: { url: databaseUrl, applicationName: PRIMARY_APPLICATION_NAME },
          slaves: [{ url: replicaUrl, applicationName: REPLICA_APPLICATION_NAME }],
          defaultMode: 'master' as const,
        },
      }
    : { url: databaseUrl, applicationName: PRIMARY_APPLICATION_NAME };
  return {
    type: 'postgres',
    ...connection,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    extra: {
      max: 10,
      // node-postgres: applies both to connecting and to waiting for a free client of the pool.
      connectionTimeoutMillis: limits.acquireTimeoutMs,
      // Sent as start-up parameters of every connection (0 or absent: the server's default, none).
      ...(limits.statementTimeoutMs ? { statement_timeout: limits.statementTimeoutMs } : {}),
      ...(limits.idleInTransactionTimeoutMs
        ? { idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs }
        : {}),
    },
    ...overrides,
  } as DataSourceOptions;
}
