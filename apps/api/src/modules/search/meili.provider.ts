import { Meilisearch, type EnqueuedTaskPromise, type Task } from 'meilisearch';
import type { AppConfig } from '../../config/env';
import { meiliHttpClient } from './meili-http-client';

export const MEILI = Symbol('MEILI');

export function createMeiliClient(config: Pick<AppConfig, 'MEILI_URL' | 'MEILI_MASTER_KEY'>): Meilisearch {
  return new Meilisearch({
    host: config.MEILI_URL,
    apiKey: config.MEILI_MASTER_KEY,
    // The HTTP client enforces the per-request timeout: the JS client's own leaves a listener on
    // waitTask's signal for every poll (more than ten of them warn of a leak).
    httpClient: meiliHttpClient({ timeoutMs: 5_000 }),
    // Poll tasks often: the time from commit to searchable is mostly this wait.
    defaultWaitOptions: { timeout: 120_000, interval: 10 },
  });
}

/** Waits for a Meilisearch task and fails unless it succeeded (waitTask alone resolves on failure too). */
export async function succeeded(enqueued: EnqueuedTaskPromise, timeout = 120_000): Promise<Task> {
  const task = await enqueued.waitTask({ timeout });
  if (task.status !== 'succeeded') {
    throw new Error(
      `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error given'}`,
    );
  }
  return task;
}
