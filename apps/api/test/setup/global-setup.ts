import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/embedded/embedded-services';
import { startEmbeddedMeilisearch } from '../../src/embedded/meilisearch';
import { startEmbeddedPostgres } from '../../src/embedded/postgres';
import { TEST_MASTER_KEY } from './test-env';

/**
 * Starts a real PostgreSQL and a real Meilisearch for this test run, on free ports and in a temp
 * directory, so tests run beside `npm start`. Test files read the URLs from the environment.
 */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'galaxy-test-'));
  const [pgPort, meiliPort] = [await freePort(), await freePort()];
  const [pg, meili] = await Promise.all([
    startEmbeddedPostgres({ dataDir: join(dir, 'postgres'), port: pgPort, database: 'galaxy_test', ephemeral: true }),
    startEmbeddedMeilisearch({ dataDir: join(dir, 'meilisearch'), port: meiliPort, masterKey: TEST_MASTER_KEY }),
  ]);
  process.env.DATABASE_URL = pg.url;
  process.env.MEILI_URL = meili.url;
  process.env.MEILI_MASTER_KEY = TEST_MASTER_KEY;
  process.env.GALAXY_TEST_DIR = dir;
  (globalThis as Record<string, unknown>).__GALAXY_SERVICES__ = { pg, meili, dir };
}
