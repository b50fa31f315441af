import { SolutionInputSchema, type SolutionInput } from '@galaxy/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, type RunningService } from '../src/embedded/embedded-services';
import { startEmbeddedMeilisearch } from '../src/embedded/meilisearch';
import { CatalogWriter } from '../src/modules/catalog/catalog-writer';
import { SearchIndexes, SearchSync } from '../src/modules/search';
import { solutionInput, waitFor } from './setup/factories';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';
import { TEST_MASTER_KEY } from './setup/test-env';

const parse = (inputs: SolutionInput[]) => inputs.map((i) => SolutionInputSchema.parse(i));

/** id → content hash of every document in the live solutions index (read with the admin key). */
async function indexed(indexes: SearchIndexes): Promise<Map<string, string>> {
  const docs = new Map<string, string>();
  for (let offset = 0; ; offset += 1000) {
    const page = await indexes
      .adminIndex('solutions')
      .getDocuments<{ id: string; hash: string }>({ fields: ['id', 'hash'], limit: 1000, offset });
    for (const d of page.results) docs.set(d.id, d.hash);
    if (page.results.length < 1000) return docs;
  }
}

describe('the outbox through a Meilisearch outage', () => {
  let meili: RunningService | undefined;
  let dir: string;
  let port: number;
  let t: TestApp;
  let sync: SearchSync;
  let writer: CatalogWriter;

  const startMeili = async () => {
    meili = await startEmbeddedMeilisearch({ dataDir: dir, port, masterKey: TEST_MASTER_KEY });
  };
  const published = async (): Promise<string[]> =>
    (await t.db.query(`SELECT id FROM solutions WHERE curation_status = 'published' ORDER BY id`)).map(
      (r: { id: string }) => r.id,
    );
  const unpublish = (id: string) =>
    t.db.transaction(async (m) => {
      await m.query(`UPDATE solutions SET curation_status = 'archived' WHERE id = $1`, [id]);
      await m.query(`INSERT INTO search_outbox (entity, entity_id) VALUES ('solution', $1)`, [id]);
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'galaxy-meili-outage-'));
    port = await freePort();
    await startMeili();
    t = await bootTestApp({
      MEILI_URL: `http://127.0.0.1:${port}`,
      SEARCH_INDEX_PREFIX: 'outage_',
      INDEXER_ENABLED: true,
      // A compressed retry clock: 20 ms doubling to 100 ms, so ten retry cycles take about a second.
      SEARCH_RETRY_BASE_MS: 20,
      SEARCH_RETRY_MAX_MS: 100,
      SEARCH_RECONCILE_RETRY_MS: 200,
    });
    await resetCatalog(t.db);
    sync = t.app.get(SearchSync);
    writer = t.app.get(CatalogWriter);
    await writer.writeSolutions(parse(Array.from({ length: 20 }, () => solutionInput())), { publish: true });
    await waitFor(async () => (await sync.pending()).pending === 0, 30_000, 'the outbox to drain');
    // The start-up reconcile has run (and left the index equal to the database).
    await waitFor(async () => sync.stats.reconciles >= 1, 30_000, 'the start-up reconcile');
  });
  afterAll(async () => {
    await t.close();
    await meili?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps writes pending (never dead-lettered) while search is down, then drains and reconciles on recovery', async () => {
    const indexes = t.app.get(SearchIndexes);
    // Drift that only a reconcile can see: a change that reached PostgreSQL without an outbox row.
    const [drifted] = await published();
    await t.db.query(`UPDATE solutions SET title = 'Changed behind the outbox' WHERE id = $1`, [drifted]);

    const [, second, third] = await published();
    await meili?.stop();
    meili = undefined;
    const before = sync.stats.outageRetries;
    await writer.writeSolutions(
      parse(Array.from({ length: 5 }, (_, i) => solutionInput({ title: `Published during the outage ${i}` }))),
      { publish: true },
    );
    await unpublish(second);
    await unpublish(third);

    // More than ten retry cycles against the dead server: still pending, no attempt counted, none dead.
    await waitFor(async () => sync.stats.outageRetries - before > 12, 30_000, 'more than ten retry cycles');
    const [rows] = await t.db.query(
      `SELECT count(*) FILTER (WHERE processed_at IS NULL)::int AS pending,
              count(*) FILTER (WHERE dead_at IS NOT NULL)::int AS dead,
              coalesce(max(attempts), 0)::int AS attempts
       FROM search_outbox`,
    );
    expect(rows).toMatchObject({ dead: 0, attempts: 0 });
    expect(rows.pending).toBeGreaterThanOrEqual(7);
    // Readers do not wait on the dead server: the circuit is open, search answers from PostgreSQL.
    const down = await t.http.get('/api/v1/solutions?q=outage').expect(200);
    expect(down.body).toMatchObject({ degraded: true, total: 5 });

    const reconcilesBefore = sync.stats.reconciles;
    await startMeili();
    const expected = async () => {
      const docs = await t.app.get(SearchSync)['documents'].solutionsPage(null, 10_000);
      return new Map(docs.map((d) => [d.id, d.hash]));
    };
    // Index == database (ids and content), within bounded time.
    await waitFor(
      async () => {
        const [want, have] = await Promise.all([expected(), indexed(indexes).catch(() => new Map())]);
        return want.size === have.size && [...want].every(([id, hash]) => have.get(id) === hash);
      },
      30_000,
      'the index to equal the database after recovery',
    );
    // The repair came from the automatic reconcile on recovery (no outbox row named the drifted one).
    await waitFor(async () => sync.stats.reconciles > reconcilesBefore, 30_000, 'the reconcile on recovery');
    // Organization documents follow (their loop gathers changes for a while).
    await waitFor(async () => (await sync.pending()).pending === 0, 30_000, 'the outbox to drain');
    expect((await sync.pending()).dead).toBe(0);
    const after = await t.http.get('/api/v1/solutions?q=outage').expect(200);
    expect(after.body).toMatchObject({ degraded: false, total: 5 });
    const changed = await t.http.get('/api/v1/solutions?q=changed%20behind%20the%20outbox').expect(200);
    expect(changed.body.items.map((i: { id: string }) => i.id)).toEqual([drifted]);
  });
});

describe('least-privilege Meilisearch keys', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'keys_', INDEXER_ENABLED: true });
    await resetCatalog(t.db);
    await t.app.get(CatalogWriter).writeSolutions(parse([solutionInput({ title: 'Least privilege kiosks' })]), {
      publish: true,
    });
    await waitFor(async () => (await t.app.get(SearchSync).pending()).pending === 0, 30_000, 'the outbox to drain');
  });
  afterAll(() => t.close());

  it('searches with a search-only key and writes with an admin key that cannot manage keys', async () => {
    const indexes = t.app.get(SearchIndexes);
    const res = await t.http.get('/api/v1/solutions?q=least%20privilege').expect(200);
    expect(res.body).toMatchObject({ degraded: false, total: 1 });

    const refused = { cause: { status: 403 } };
    // The read client can search, nothing else.
    await expect(indexes.client.index('keys_solutions').addDocuments([{ id: 'x' }])).rejects.toMatchObject(refused);
    await expect(indexes.client.index('keys_solutions').getDocuments({ limit: 1 })).rejects.toMatchObject(refused);
    await expect(indexes.client.getKeys()).rejects.toMatchObject(refused);
    // The admin key cannot see or create keys.
    await expect(indexes.admin.getKeys()).rejects.toMatchObject(refused);
    // Neither is the master key.
    expect([indexes.client.config.apiKey, indexes.admin.config.apiKey]).not.toContain(TEST_MASTER_KEY);
  });
});
