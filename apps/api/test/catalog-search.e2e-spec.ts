import { SolutionSearchResultSchema, type SolutionSearchResult } from '@galaxy/contracts';
import { CatalogWriter } from '../src/modules/catalog/catalog-writer';
import { SearchSync } from '../src/modules/search';
import { solutionInput, waitFor } from './setup/factories';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';
import { SolutionInputSchema } from '@galaxy/contracts';

const parse = (inputs: ReturnType<typeof solutionInput>[]) => inputs.map((i) => SolutionInputSchema.parse(i));

describe('catalog search (real PostgreSQL and Meilisearch)', () => {
  let t: TestApp;
  let sync: SearchSync;
  let writer: CatalogWriter;

  const search = async (qs: string): Promise<SolutionSearchResult> => {
    const res = await t.http.get(`/api/v1/solutions${qs}`).expect(200);
    return SolutionSearchResultSchema.parse(res.body);
  };
  const dbCount = async (sql: string, params: unknown[] = []): Promise<number> =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n FROM solutions s WHERE s.curation_status = 'published' AND ${sql}`,
        params,
      )
    )[0].n;

  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'catalog_', INDEXER_ENABLED: true });
    await resetCatalog(t.db);
    sync = t.app.get(SearchSync);
    writer = t.app.get(CatalogWriter);
    await writer.writeSolutions(
      parse([
        solutionInput({
          title: 'Renewable energy for rural health centres',
          sdgs: [7, 3],
          sdgTargets: ['7.1', '3.8'],
          themes: ['energy', 'health'],
          countries: [
            { country: 'ET', role: 'recipient' },
            { country: 'CN', role: 'provider' },
          ],
        }),
        solutionInput({
          title: 'Solar mini-grids for island communities',
          sdgs: [7],
          sdgTargets: ['7.2'],
          themes: ['energy'],
          countries: [
            { country: 'FJ', role: 'recipient' },
            { country: 'IN', role: 'provider' },
          ],
        }),
        solutionInput({
          language: 'fr',
          title: 'Gestion communautaire de l’eau potable au Sénégal',
          summary: 'Des comités villageois gèrent les forages et la qualité de l’eau potable.',
          countries: [
            { country: 'SN', role: 'recipient' },
            { country: 'MA', role: 'provider' },
          ],
        }),
        solutionInput({
          language: 'zh',
          title: '农村沼气池推广',
          summary: '在农村家庭推广沼气池，提供清洁炊事能源。',
          challenge: '农村家庭依赖柴火做饭。',
          towardsSolution: '中国专家培训当地技术员建造沼气池。',
          resultsImpact: '一万多户家庭用上清洁能源。',
          sdgs: [7],
          sdgTargets: ['7.1'],
          themes: ['energy'],
          countries: [
            { country: 'ET', role: 'recipient' },
            { country: 'CN', role: 'provider' },
            { country: 'LK', role: 'provider' },
          ],
        }),
        solutionInput({
          title: 'Digital census with tablets',
          sdgs: [17],
          sdgTargets: ['17.18'],
          themes: ['statistics', 'digital'],
          modality: 'triangular',
          countries: [
            { country: 'DJ', role: 'recipient' },
            { country: 'EG', role: 'provider' },
            { country: 'DE', role: 'triangular_partner' },
          ],
          organizations: [
            {
              name: 'Economic and Social Commission for Western Asia',
              acronym: 'ESCWA',
              type: 'un_entity',
              role: 'supporting',
            },
          ],
        }),
        solutionInput({
          title: 'Drip irrigation for smallholders',
          sdgs: [2, 6],
          sdgTargets: ['2.3', '6.4'],
          themes: ['agriculture'],
          projectStatus: 'completed',
          startYear: 2015,
          endYear: 2019,
          countries: [
            { country: 'BO', role: 'recipient' },
            { country: 'BR', role: 'provider' },
          ],
        }),
        ...Array.from({ length: 8 }, (_, i) =>
          solutionInput({ title: `Water kiosks network ${i}`, startYear: 2012 + i }),
        ),
      ]),
      { publish: true },
    );
    // A draft: must never be searchable or readable publicly.
    await writer.writeSolutions(parse([solutionInput({ title: 'Secret draft about water' })]), { publish: false });
    await waitFor(async () => (await sync.pending()).pending === 0, 30_000, 'the outbox to drain');
  });
  afterAll(() => t.close());

  it('returns every published solution, and facet counts that agree with the database', async () => {
    const all = await search('?pageSize=100');
    expect(all.degraded).toBe(false);
    expect(all.total).toBe(await dbCount('true'));
    expect(all.items.map((i) => i.title)).not.toContain('Secret draft about water');
    for (const sdg of ['2', '3', '6', '7', '17']) {
      expect(all.facets.sdg[sdg]).toBe(await dbCount('$1 = ANY(s.sdgs)', [Number(sdg)]));
    }
    expect(all.facets.modality).toEqual({ 'south-south': await dbCount(`modality = 'south-south'`), triangular: 1 });
    expect(all.facets.language).toMatchObject({ fr: 1, zh: 1 });
    expect(all.facets.region['002']).toBe(all.items.filter((i) => i.regions.includes('002')).length);
  });

  it('filters by SDG, country (ISO or M49), region and LDC, each agreeing with the database', async () => {
    const water = await search('?sdg=6&pageSize=100');
    expect(water.total).toBe(await dbCount('6 = ANY(s.sdgs)'));
    expect(water.items.every((i) => i.sdgs.includes(6))).toBe(true);
    const energy = await search('?sdg=7&sdg=17');
    expect(energy.total).toBe(await dbCount('s.sdgs && ARRAY[7,17]::smallint[]'));
    const ethiopiaIso = await search('?country=ET');
    const ethiopiaM49 = await search('?country=231');
    expect(ethiopiaIso.total).toBe(2);
    expect(ethiopiaM49.items.map((i) => i.id).sort()).toEqual(ethiopiaIso.items.map((i) => i.id).sort());
    const oceania = await search('?region=009');
    expect(oceania.items.map((i) => i.title)).toEqual(['Solar mini-grids for island communities']);
    const sids = await search('?sids=true');
    expect(sids.items.map((i) => i.title)).toEqual(expect.arrayContaining(['Solar mini-grids for island communities']));
    const combined = await search('?sdg=7&country=ET&language=zh');
    expect(combined.items.map((i) => i.title)).toEqual(['农村沼气池推广']);
  });

  it('counts a facet in which something is chosen as if nothing were chosen in it (values combine with "or")', async () => {
    const all = await search('?pageSize=1');
    const one = await search('?sdg=6&pageSize=1');
    // Choosing SDG 6 leaves the SDG counts as they were: they say what choosing another would add.
    expect(one.facets.sdg).toEqual(all.facets.sdg);
    // Other facets are counted within the choice.
    expect(one.facets.language).toEqual({ en: await dbCount(`6 = ANY(s.sdgs) AND language = 'en'`), fr: 1 });
    const both = await search('?sdg=6&sdg=7&pageSize=1');
    expect(both.total).toBe(
      one.facets.sdg['6'] + one.facets.sdg['7'] - (await dbCount('s.sdgs @> ARRAY[6,7]::smallint[]')),
    );
  });

  it('finds through typos, and in Chinese and French', async () => {
    const typo = await search('?q=renewabel%20energy');
    expect(typo.items[0].title).toBe('Renewable energy for rural health centres');
    expect(typo.items[0].highlight?.title).toContain('<mark>Renewable</mark>');
    const chinese = await search(`?q=${encodeURIComponent('沼气')}`);
    expect(chinese.items[0].title).toBe('农村沼气池推广');
    const french = await search(`?q=${encodeURIComponent('eau potable')}`);
    expect(french.items[0].title).toBe('Gestion communautaire de l’eau potable au Sénégal');
    const byCountryName = await search(`?q=${encodeURIComponent('Sénégal')}`);
    expect(byCountryName.items.map((i) => i.language)).toContain('fr');
  });

  it('paginates within bounds and sorts', async () => {
    const first = await search('?pageSize=5&page=1&sort=title');
    const second = await search('?pageSize=5&page=2&sort=title');
    expect(first.items).toHaveLength(5);
    expect(second.items[0].title.localeCompare(first.items[4].title)).toBeGreaterThanOrEqual(0);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(10);
    const newest = await search('?sort=newest&pageSize=100');
    expect(newest.total).toBe(first.total);
  });

  it.each([
    ['sdg=18', 'sdg.0'],
    ['pageSize=1000', 'pageSize'],
    ['country=XX', 'country.0'],
    ['region=999', 'region.0'],
    ['sort=random', 'sort'],
    ['target=6.99', 'target.0'],
    ['page=0', 'page'],
    ['ldc=yes', 'ldc'],
    ['colour=red', 'colour'],
  ])('rejects %s with 400 naming %s', async (qs, field) => {
    const res = await t.http.get(`/api/v1/solutions?${qs}`).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('shows a published solution by slug or id with organizations and related solutions; drafts are not found', async () => {
    const { items } = await search(`?q=${encodeURIComponent('Digital census')}`);
    const bySlug = await t.http.get(`/api/v1/solutions/${items[0].slug}`).expect(200);
    expect(bySlug.body).toMatchObject({
      title: 'Digital census with tablets',
      modality: 'triangular',
      regions: expect.arrayContaining(['002', '015', '014']),
      ldc: true,
      organizations: [expect.objectContaining({ acronym: 'ESCWA', role: 'supporting', type: 'un_entity' })],
    });
    await t.http.get(`/api/v1/solutions/${items[0].id}`).expect(200);
    const [draft] = await t.db.query(`SELECT id, slug FROM solutions WHERE curation_status = 'draft'`);
    expect((await t.http.get(`/api/v1/solutions/${draft.slug}`).expect(404)).body.code).toBe('NOT_FOUND');
    const water = await t.http.get(`/api/v1/solutions/${(await search('?q=kiosks')).items[0].slug}`).expect(200);
    expect(water.body.related.length).toBeGreaterThan(0);
    expect(water.body.related.every((r: { sdgs: number[] }) => r.sdgs.includes(6))).toBe(true);
  });

  it('makes a write searchable and removes an unpublished one', async () => {
    const [{ id }] = (
      await writer.writeSolutions(parse([solutionInput({ title: 'Mangrove restoration by fishers' })]), {
        publish: true,
      })
    ).ids.map((i) => ({ id: i }));
    await waitFor(async () => (await search('?q=mangrove')).total === 1, 10_000, 'the new solution to be searchable');
    await t.db.transaction(async (m) => {
      await m.query(`UPDATE solutions SET curation_status = 'archived' WHERE id = $1`, [id]);
      await m.query(`INSERT INTO search_outbox (entity, entity_id) VALUES ('solution', $1)`, [id]);
    });
    await waitFor(async () => (await search('?q=mangrove')).total === 0, 10_000, 'the archived solution to disappear');
    await t.http.get(`/api/v1/solutions/${id}`).expect(404);
  });

  it('exports the filtered catalog as CSV and JSON', async () => {
    const json = await t.http.get('/api/v1/solutions/export?format=json&sdg=6').expect(200);
    expect(json.headers['content-disposition']).toContain('galaxy-solutions.json');
    const records = JSON.parse(json.text);
    expect(records).toHaveLength(await dbCount('6 = ANY(s.sdgs)'));
    expect(records[0]).not.toHaveProperty('hash');
    const csv = await t.http.get('/api/v1/solutions/export?format=csv&language=fr').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toMatch(/^id,slug,title,summary,language,sdgs/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('SN:recipient;MA:provider');
    await t.http.get('/api/v1/solutions/export?format=xml').expect(400);
  });

  it('counts solutions and organizations for the stats page', async () => {
    const stats = (await t.http.get('/api/v1/stats').expect(200)).body;
    expect(stats.solutions).toBe(await dbCount('true'));
    expect(stats.bySdg['7']).toBe(await dbCount('7 = ANY(s.sdgs)'));
    expect(stats.byModality.triangular).toBe(1);
    expect(stats.byCountry.ET).toBe(2);
    expect(stats.byOrganizationType.un_entity).toBe(1);
  });

  it('lists partner organizations and shows one with its published solutions', async () => {
    await waitFor(async () => (await sync.pending()).pending === 0, 10_000, 'the outbox to drain');
    const list = (await t.http.get('/api/v1/organizations?q=ESCWA').expect(200)).body;
    expect(list.items[0]).toMatchObject({ acronym: 'ESCWA', solutionCount: 1 });
    const detail = (await t.http.get(`/api/v1/organizations/${list.items[0].slug}`).expect(200)).body;
    expect(detail.solutions.map((s: { title: string }) => s.title)).toEqual(['Digital census with tablets']);
    const utility = (await t.http.get('/api/v1/organizations?type=government').expect(200)).body;
    // The archived mangrove solution no longer counts.
    expect(utility.items[0]).toMatchObject({
      name: 'Test Water Utility',
      solutionCount: await dbCount(`s.title NOT LIKE 'Digital census%'`),
    });
    await t.http.get('/api/v1/organizations/no-such-org').expect(404);
  });
});
