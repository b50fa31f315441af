import { CatalogWriter } from '../src/modules/solutions/catalog-writer';
import { planImport, readRecords, runImport } from '../src/modules/solutions/importer';
import { solutionInput } from './setup/factories';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

describe('importing solutions (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'import_' });
    await resetCatalog(t.db);
  });
  afterAll(() => t.close());

  const count = async (table: string) => (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('writes the valid records, reports the invalid ones, and updates instead of duplicating on re-import', async () => {
    const records = [
      solutionInput({ externalId: 'imp-1', title: 'Seed banks for drought-tolerant varieties' }),
      { ...solutionInput({ externalId: 'imp-2' }), sdgs: [99] },
      solutionInput({
        externalId: 'imp-3',
        organizations: [{ name: 'Imported Agency', type: 'cooperation_agency', role: 'implementing', country: 'BR' }],
      }),
    ];
    const json = JSON.stringify(records);
    const first = planImport(readRecords(json, 'json').records);
    expect(first.invalid.map((r) => r.row)).toEqual([2]);
    const written = await runImport(t.app.get(CatalogWriter), first, true);
    expect(written).toMatchObject({ created: 2, updated: 0 });
    expect(await count('solutions')).toBe(2);
    expect(await count('solution_countries')).toBe(4);

    // Same file again, one title changed: updates, no duplicates, countries not doubled.
    records[0] = { ...records[0], title: 'Community seed banks for drought-tolerant varieties' };
    const again = await runImport(
      t.app.get(CatalogWriter),
      planImport(readRecords(JSON.stringify(records), 'json').records),
      true,
    );
    expect(again).toMatchObject({ created: 0, updated: 2 });
    expect(await count('solutions')).toBe(2);
    expect(await count('solution_countries')).toBe(4);
    const [row] = await t.db.query(`SELECT title, version FROM solutions WHERE external_id = 'imp-1'`);
    expect(row).toEqual({ title: 'Community seed banks for drought-tolerant varieties', version: 2 });
    const orgs = await t.db.query(`SELECT name FROM organizations WHERE name = 'Imported Agency'`);
    expect(orgs).toHaveLength(1);
  });

  it('writes nothing of a record the database refuses: the whole batch rolls back', async () => {
    const before = await count('solutions');
    const plan = planImport([solutionInput({ externalId: 'imp-bad' })]);
    // A record the contract accepts but a database constraint refuses must leave no partial rows:
    // a temporary constraint plays that part.
    await t.db.query(`ALTER TABLE solutions ADD CONSTRAINT test_no_imports CHECK (external_id <> 'imp-bad')`);
    try {
      await expect(runImport(t.app.get(CatalogWriter), plan, true)).rejects.toThrow();
    } finally {
      await t.db.query(`ALTER TABLE solutions DROP CONSTRAINT test_no_imports`);
    }
    expect(await count('solutions')).toBe(before);
    expect(
      (
        await t.db.query(
          `SELECT count(*)::int AS n FROM search_outbox WHERE entity_id NOT IN (SELECT id FROM solutions) AND entity = 'solution'`,
        )
      )[0].n,
    ).toBe(0);
  });
});
