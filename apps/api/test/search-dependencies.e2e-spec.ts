import { OrganizationUpdateInputSchema, SolutionInputSchema } from '@galaxy/contracts';
import { CatalogWriter } from '../src/modules/catalog/catalog-writer';
import { enqueueSearchSync, SearchSync } from '../src/modules/search';
import { OrganizationAdminService } from '../src/modules/organizations/organization-admin.service';
import { solutionInput, waitFor } from './setup/factories';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

/**
 * The dependency rules of re-indexing: documents that copy another record's fields follow it. A
 * renamed organization's solutions and listings are found by the new name within the sync lag, not
 * when the reconciler next runs (every 15 minutes).
 */
describe('re-indexing what copies a renamed organization (real PostgreSQL and Meilisearch, indexer running)', () => {
  let t: TestApp;
  let organizationId: string;

  const total = async (path: string): Promise<number> => (await t.http.get(path).expect(200)).body.total as number;

  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'dependencies_', INDEXER_ENABLED: true });
    await resetCatalog(t.db);
    await t.db.query(`TRUNCATE needs, offers CASCADE`);
    const sync = t.app.get(SearchSync);
    // The start-up reconcile has run, so only the outbox can bring the new name to the index.
    await waitFor(async () => sync.stats.reconciles >= 1, 30_000, 'the start-up reconcile');
    const writer = t.app.get(CatalogWriter);
    await writer.writeSolutions(
      [
        SolutionInputSchema.parse(
          solutionInput({
            title: 'Rainwater harvesting for schools',
            organizations: [{ name: 'Aquifer Trust', type: 'ngo', country: 'KE', role: 'implementing' }],
          }),
        ),
      ],
      { publish: true },
    );
    [{ id: organizationId }] = await t.db.query(`SELECT id FROM organizations WHERE name = 'Aquifer Trust'`);
    await t.db.transaction(async (m) => {
      const [need] = await m.query(
        `INSERT INTO needs (organization_id, title, problem_statement, desired_outcome, sdgs, countries, modalities, languages)
         VALUES ($1, 'Clean water for rural clinics', 'Clinics lack safe water.', 'Every clinic has safe water.',
                 '{6}', '{KE}', '{training}', '{en}') RETURNING id`,
        [organizationId],
      );
      const [offer] = await m.query(
        `INSERT INTO offers (organization_id, title, description, sdgs, eligible_countries, modalities, languages, cost_model)
         VALUES ($1, 'Training in borehole maintenance', 'Hands-on courses for technicians.', '{6}', '{KE}', '{training}', '{en}', 'free')
         RETURNING id`,
        [organizationId],
      );
      await enqueueSearchSync(m, 'need', [need.id]);
      await enqueueSearchSync(m, 'offer', [offer.id]);
    });
    await waitFor(
      async () =>
        (await total('/api/v1/solutions?q=Aquifer')) === 1 &&
        (await total('/api/v1/needs?q=Aquifer')) === 1 &&
        (await total('/api/v1/offers?q=Aquifer')) === 1,
      30_000,
      'the first documents',
    );
  });
  afterAll(() => t.close());

  it('finds the solutions, needs and offers of a renamed organization by its new name, and not by the old one', async () => {
    await t.app
      .get(OrganizationAdminService)
      .update(organizationId, OrganizationUpdateInputSchema.parse({ name: 'Groundwater Alliance' }));
    await waitFor(
      async () =>
        (await total('/api/v1/solutions?q=Groundwater%20Alliance')) === 1 &&
        (await total('/api/v1/needs?q=Groundwater%20Alliance')) === 1 &&
        (await total('/api/v1/offers?q=Groundwater%20Alliance')) === 1,
      20_000,
      'the new name in every document that copies it',
    );
    const solutions = await t.http.get('/api/v1/solutions?q=Groundwater%20Alliance').expect(200);
    expect(solutions.body.items[0].organizations).toEqual([expect.objectContaining({ name: 'Groundwater Alliance' })]);
    expect(await total('/api/v1/solutions?q=Aquifer')).toBe(0);
    expect(await total('/api/v1/needs?q=Aquifer')).toBe(0);
    expect(await total('/api/v1/offers?q=Aquifer')).toBe(0);
  });
});
