import { Meilisearch } from 'meilisearch';
import type { AppConfig } from '../../config/env';

export const MEILI = Symbol('MEILI');

export function createMeiliClient(config: Pick<AppConfig, 'MEILI_URL' | 'MEILI_MASTER_KEY'>): Meilisearch {
  return new Meilisearch({ host: config.MEILI_URL, apiKey: config.MEILI_MASTER_KEY, timeout: 5_000 });
}
