import { SolutionInputSchema, type SolutionInput } from '@galaxy/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, type RunningService } from '../src/embedded/embedded-services';
import { startEmbeddedMeilisearch } from '../src/embedded/meilisearch';
import { CatalogWriter } from '../src/modules/solutions/catalog-writer';
import { SearchIndexes, SearchSync } from '../src/modules/search';
import { solutionInput, waitFor } from './setup/factories';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';
import { TEST_MASTER_KEY } from './setup/test-env';

const parse = (inputs: SolutionInput[]) => inputs.map((i) => SolutionInputSchema.parse(i));

async function indexedIds(indexes: SearchIndexes): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await indexes
      .adminIndex('solutions')
      .getDocuments<{ id: string }>({ fields: ['id'], limit: 1000, offset });
    ids.push(...page.results.map((d) => d.id));
    if (page.results.length < 1000) return ids.sort();
  }
}

async function publishedIds(t: TestApp): Promise<string[]> {
  const rows: { id: string }[] = await t.db.query(
    `SELECT id FROM solutions WHERE curation_status = 'published' ORDER BY id`,
  );
  return rows.map((r) => r.id).sort();
}

describe('search sync under stress', () => {
  let t: TestApp;
  let sync: SearchSync;
  let writer: CatalogWriter;
  let indexes: SearchIndexes;

  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'resilience_', INDEXER_ENABLED: true });
    await resetCatalog(t.db);
    sync = t.app.get(SearchSync);
    writer = t.app.get(CatalogWriter);
    indexes = t.app.get(SearchIndexes);
    await writer.writeSolutions(parse(Array.from({ length: 300 }, () => solutionInput())), { publish: true });
    await waitFor(async () => (await sync.pending()).pending === 0, 60_000, 'the outbox to drain');
  });
  afterAll(() => t.close());

  it('loses nothing when solutions are written and unpublished during a full reindex', async () => {
    const writes = (async () => {
      for (let i = 0; i < 10; i++) {
        await writer.writeSolutions(
          parse(Array.from({ length: 5 }, () => solutionInput({ title: `Written during reindex ${i}` }))),
          {
            publish: true,
          },
        );
        await t.db.transaction(async (m) => {
          const [row] = await m.query(
            `SELECT id FROM solutions WHERE curation_status = 'published' ORDER BY random() LIMIT 1`,
          );
          await m.query(`UPDATE solutions SET curation_status = 'archived' WHERE id = $1`, [row.id]);
          await m.query(`INSERT INTO search_outbox (entity, entity_id) VALUES ('solution', $1)`, [row.id]);
        });
      }
    })();
    const [reports] = await Promise.all([sync.reindex(), writes]);
    expect(reports.find((r) => r.kind === 'solutions')?.documents).toBeGreaterThan(290);
    await waitFor(async () => (await sync.pending()).pending === 0, 30_000, 'the outbox to drain');
    expect(await indexedIds(indexes)).toEqual(await publishedIds(t));
  });

  it('repairs drift: a document missing from the index and one that should not be there', async () => {
    const [victim] = await publishedIds(t);
    await indexes.adminIndex('solutions').deleteDocument(victim).waitTask();
    await indexes
      .adminIndex('solutions')
      .addDocuments([{ id: '00000000-0000-4000-8000-000000000000', title: 'ghost', hash: 'x' }])
      .waitTask();
    const reports = await sync.reconcileAll();
    expect(reports.find((r) => r.kind === 'solutions')).toMatchObject({ upserted: 1, deleted: 1 });
    expect(await indexedIds(indexes)).toEqual(await publishedIds(t));
  });
});

describe('search while Meilisearch is down', () => {
  let meili: RunningService;
  let dir: string;
  let port: number;
  let t: TestApp;

  const startMeili = async () => {
    meili = await startEmbeddedMeilisearch({ dataDir: dir, port, masterKey: TEST_MASTER_KEY });
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'galaxy-meili-down-'));
    port = await freePort();
    await startMeili();
    t = await bootTestApp({
      MEILI_URL: `http://127.0.0.1:${port}`,
      SEARCH_INDEX_PREFIX: 'down_',
      INDEXER_ENABLED: true,
    });
    await resetCatalog(t.db);
    await t.app.get(CatalogWriter).writeSolutions(
      parse([
        solutionInput({
          title: 'Cassava processing for women cooperatives',
          sdgs: [2, 5],
          sdgTargets: ['2.3', '5.a'],
          themes: ['agriculture', 'gender'],
        }),
        solutionInput({ title: 'Water kiosks in informal settlements' }),
      ]),
      { publish: true },
    );
    await waitFor(async () => (await t.app.get(SearchSync).pending()).pending === 0, 30_000, 'the outbox to drain');
  });
  afterAll(async () => {
    await t.close();
    await meili.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers from PostgreSQL with degraded: true, reports it, and catches up when Meilisearch returns', async () => {
    await meili.stop();
    const res = await t.http.get('/api/v1/solutions?q=cassava&sdg=2').expect(200);
    expect(res.body).toMatchObject({ degraded: true, total: 1 });
    expect(res.body.items[0].title).toBe('Cassava processing for women cooperatives');
    expect(res.body.facets.sdg).toEqual({ '2': 1, '5': 1 });
    const orgs = await t.http.get('/api/v1/organizations').expect(200);
    expect(orgs.body.degraded).toBe(true);
    // Needs too, with several values of a facet matching any of them, as in Meilisearch.
    const [{ id: orgId }] = await t.db.query(
      `INSERT INTO organizations (slug, name, type, country, description, source)
       VALUES ('down-ministry', 'Down Ministry', 'government', 'KE', 'x', 'test') RETURNING id`,
    );
    for (const [title, sdgs, countries] of [
      ['Rural water points', [6], ['KE']],
      ['Solar mini-grids', [7], ['KE']],
      ['School meals', [2], ['PE']],
    ] as const)
      await t.db.query(
        `INSERT INTO needs (organization_id, title, problem_statement, desired_outcome, sdgs, countries, modalities, languages)
         VALUES ($1, $2, 'x', 'y', $3, $4, '{training}', '{en}')`,
        [orgId, title, sdgs, countries],
      );
    const needs = async (query: string) => {
      const body = (await t.http.get(`/api/v1/needs?${query}`).expect(200)).body;
      expect(body.degraded).toBe(true);
      return (body.items as { title: string }[]).map((i) => i.title).sort();
    };
    expect(await needs('sdg=6&sdg=7')).toEqual(['Rural water points', 'Solar mini-grids']);
    expect(await needs('sdg=6,2&region=002')).toEqual(['Rural water points']);
    expect(await needs('country=KE&country=PE&region=142')).toEqual([]);
    expect(await needs('country=KE&country=PE&region=419')).toEqual(['School meals']);
    expect((await t.http.get('/api/v1/ready').expect(200)).body).toMatchObject({ status: 'degraded', search: 'down' });

    // Writes do not depend on Meilisearch: this one waits in the outbox.
    await t.app
      .get(CatalogWriter)
      .writeSolutions(parse([solutionInput({ title: 'Fish smoking ovens that save fuel' })]), { publish: true });
    expect((await t.app.get(SearchSync).pending()).pending).toBeGreaterThan(0);

    await startMeili();
    await waitFor(
      async () => (await t.app.get(SearchSync).pending()).pending === 0,
      60_000,
      'the outbox to drain after recovery',
    );
    const after = await t.http.get('/api/v1/solutions?q=fish%20smoking').expect(200);
    expect(after.body).toMatchObject({ degraded: false, total: 1 });
    await t.http.get('/api/v1/ready').expect(200);
  });
});
