import { createHash, createHmac } from 'node:crypto';
import { Meilisearch, type EnqueuedTaskPromise, type Task } from 'meilisearch';
import type { AppConfig } from '../../config/env';
import { MeiliHttpError, meiliHttpClient } from './meili-http-client';
import { SearchTaskFailedError, type SearchHealth } from './search-health';

/** The read client: a search-only key. Searches, suggestions and readiness use it. */
export const MEILI = Symbol('MEILI');
/** The write client: an admin key that cannot manage keys. Only the indexer, reindex and reconcile use it. */
export const MEILI_ADMIN = Symbol('MEILI_ADMIN');

type KeyRole = 'search' | 'admin';
type KeyConfig = Pick<AppConfig, 'MEILI_URL' | 'MEILI_MASTER_KEY' | 'SEARCH_INDEX_PREFIX'> &
  Partial<Pick<AppConfig, 'MEILI_SEARCH_KEY' | 'MEILI_ADMIN_KEY'>>;

const KEY_ACTIONS: Record<KeyRole, string[]> = {
  search: ['search'],
  admin: ['search', 'documents.*', 'indexes.*', 'settings.*', 'tasks.get', 'stats.get', 'version'],
};

/** A fixed key uid per role and index prefix, so every process (and every restart) agrees on it. */
export function meiliKeyUid(role: KeyRole, prefix: string): string {
  const hex = createHash('sha256').update(`galaxy-meili-key:${role}:${prefix}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The keys this process uses: MEILI_SEARCH_KEY / MEILI_ADMIN_KEY when given; otherwise the keys
 * Meilisearch derives from the master key for our fixed uids (a key is HMAC-SHA256(master, uid)),
 * which `ensureMeiliKeys` creates. So start-up never waits for Meilisearch to hand out a key.
 */
export function meiliKeys(config: KeyConfig): Record<KeyRole, string> {
  const derive = (role: KeyRole) =>
    createHmac('sha256', config.MEILI_MASTER_KEY).update(meiliKeyUid(role, config.SEARCH_INDEX_PREFIX)).digest('hex');
  return { search: config.MEILI_SEARCH_KEY ?? derive('search'), admin: config.MEILI_ADMIN_KEY ?? derive('admin') };
}

/**
 * Creates the derived keys in Meilisearch when missing (the only use of the master key). Keys given
 * in the environment are the operator's: nothing is created for them.
 */
export async function ensureMeiliKeys(config: KeyConfig): Promise<void> {
  const roles = (['search', 'admin'] as const).filter(
    (role) => !(role === 'search' ? config.MEILI_SEARCH_KEY : config.MEILI_ADMIN_KEY),
  );
  if (!roles.length) return;
  const master = createMeiliClient(config, config.MEILI_MASTER_KEY);
  for (const role of roles) {
    const uid = meiliKeyUid(role, config.SEARCH_INDEX_PREFIX);
    const exists = await master.getKey(uid).then(
      () => true,
      (error: unknown) => {
        if (causeOf(error) instanceof MeiliHttpError && (causeOf(error) as MeiliHttpError).status === 404) return false;
        throw error;
      },
    );
    if (exists) continue;
    await master.createKey({
      uid,
      name: `galaxy ${role}${config.SEARCH_INDEX_PREFIX ? ` (${config.SEARCH_INDEX_PREFIX}*)` : ''}`,
      description: `Galaxy's ${role === 'search' ? 'search-only' : 'indexer'} key, created from the master key`,
      actions: KEY_ACTIONS[role] as never,
      // The search key sees our indexes only. The admin key must see every index: Meilisearch hides
      // an index swap's task (it names no single index) from keys limited to some indexes.
      indexes: role === 'search' ? [`${config.SEARCH_INDEX_PREFIX}*`] : ['*'],
      expiresAt: null,
    });
  }
}

const causeOf = (error: unknown): unknown => (error as { cause?: unknown })?.cause ?? error;

export function createMeiliClient(
  config: Pick<AppConfig, 'MEILI_URL'>,
  apiKey: string,
  options: { health?: SearchHealth; failFast?: boolean } = {},
): Meilisearch {
  return new Meilisearch({
    host: config.MEILI_URL,
    apiKey,
    // The HTTP client enforces the per-request timeout: the JS client's own leaves a listener on
    // waitTask's signal for every poll (more than ten of them warn of a leak).
    httpClient: meiliHttpClient({ timeoutMs: 5_000, ...options }),
    // Poll tasks often: the time from commit to searchable is mostly this wait.
    defaultWaitOptions: { timeout: 120_000, interval: 10 },
  });
}

/** Waits for a Meilisearch task and fails unless it succeeded (waitTask alone resolves on failure too). */
export async function succeeded(enqueued: EnqueuedTaskPromise, timeout = 120_000): Promise<Task> {
  const task = await enqueued.waitTask({ timeout });
  if (task.status !== 'succeeded') {
    const message = `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error given'}`;
    // A task that failed judged its documents; one canceled (by an operator) did not.
    throw task.status === 'failed' ? new SearchTaskFailedError(message) : new Error(message);
  }
  return task;
}
