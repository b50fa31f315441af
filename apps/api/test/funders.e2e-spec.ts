import { SolutionDetailSchema, SolutionWorkspaceSchema, type SolutionWorkspace } from '@galaxy/contracts';
import { freePort } from '../src/embedded/embedded-services';
import { hashPassword } from '../src/modules/accounts/passwords';
import { SearchSync } from '../src/modules/search';
import { solutionInput } from './setup/factories';
import { newClient, type Client } from './setup/session';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

const PASSWORD = 'funders-kiosk-river-7';
const RUBRIC = {
  horizontal: 3,
  effective: 2,
  sustainable: 2,
  replicable: 3,
  innovative: 1,
  nationallyOwned: 2,
  mutualBenefit: 3,
};

function completeDraft(title: string) {
  const { externalId: _e, source: _s, organizations: _o, ...fields } = solutionInput({ title });
  return fields;
}

/** A solution's funding partners: written in a draft, published, shown, exported and filterable by funder type. */
describe('solution funders (real PostgreSQL and Meilisearch)', () => {
  let t: TestApp;
  let degraded: TestApp;
  let editor: Client;
  let curator: Client;
  let orgId: string;

  const ws = (res: { body: unknown }): SolutionWorkspace => SolutionWorkspaceSchema.parse(res.body);
  const sync = async () => {
    const indexer = t.app.get(SearchSync);
    while ((await indexer.drainOnce()) > 0);
  };
  const publish = async (draft: object) => {
    let w = ws(await editor.post('/api/v1/solutions', { organizationId: orgId, ...draft }).expect(201));
    w = ws(await editor.post(`/api/v1/solutions/${w.solutionId}/submit`, { version: w.version }).expect(200));
    await curator
      .post(`/api/v1/solutions/${w.solutionId}/review`, { version: w.version, decision: 'approve', rubric: RUBRIC })
      .expect(200);
    return w.solutionId;
  };
  const titles = async (app: TestApp, query: string) => {
    const body = (await app.http.get(`/api/v1/solutions?${query}`).expect(200)).body;
    return { titles: body.items.map((i: { title: string }) => i.title).sort(), body };
  };

  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'funders_' });
    await resetCatalog(t.db);
    await t.db.query(`TRUNCATE users, rate_limits CASCADE`);
    await t.app.get(SearchSync).ensureIndexes();
    const hash = await hashPassword(PASSWORD);
    const [{ id: editorId }] = await t.db.query(
      `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ('ed@funders.example', $1, 'Ed', 'member', now()) RETURNING id`,
      [hash],
    );
    await t.db.query(
      `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ('cu@funders.example', $1, 'Cu', 'curator', now())`,
      [hash],
    );
    [{ id: orgId }] = await t.db.query(
      `INSERT INTO organizations (slug, name, type, country, description, source) VALUES ('agencia-funders', 'Agencia Funders', 'government', 'BR', 'x', 'test') RETURNING id`,
    );
    await t.db.query(
      `INSERT INTO organizations (slug, name, type, country, description, source) VALUES ('fondation-verte', 'Fondation Verte', 'foundation', 'FR', 'x', 'test')`,
    );
    await t.db.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'editor')`, [
      orgId,
      editorId,
    ]);
    editor = await (await newClient(t.app)).login('ed@funders.example', PASSWORD);
    curator = await (await newClient(t.app)).login('cu@funders.example', PASSWORD);
    // Nothing listens on this port: search answers from PostgreSQL (degraded), same database.
    degraded = await bootTestApp({ MEILI_URL: `http://127.0.0.1:${await freePort()}`, SEARCH_INDEX_PREFIX: 'gone_' });
  });
  afterAll(async () => {
    await degraded?.close();
    await t?.close();
  });

  it('refuses a bad funder in a draft with the field at fault, and changes nothing', async () => {
    const w = ws(
      await editor.post('/api/v1/solutions', { organizationId: orgId, title: 'Refused funders' }).expect(201),
    );
    const before = (
      await t.db.query(`SELECT content::text AS c, version FROM solution_revisions WHERE solution_id = $1`, [
        w.solutionId,
      ])
    )[0];
    for (const [funder, field] of [
      [{ name: 'A', type: 'foundation', amount: -10, currency: 'USD' }, 'funders.0.amount'],
      [{ name: 'A', type: 'foundation', amount: 10, currency: 'ZZZ' }, 'funders.0.currency'],
    ] as const) {
      const res = await editor
        .patch(`/api/v1/solutions/${w.solutionId}`, { version: w.version, funders: [funder] })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const after = (
      await t.db.query(`SELECT content::text AS c, version FROM solution_revisions WHERE solution_id = $1`, [
        w.solutionId,
      ])
    )[0];
    expect(after).toEqual(before);
  });

  it('publishes funders, shows them on the public page and export, and filters search by funder type', async () => {
    await publish({
      ...completeDraft('Solar pumps for smallholders'),
      funders: [
        {
          name: 'Fondation Verte',
          organization: 'fondation-verte',
          type: 'foundation',
          amount: 120000,
          currency: 'eur',
          year: 2022,
        },
        { name: 'Ministry of Agriculture', type: 'government' },
      ],
    });
    await publish({
      ...completeDraft('Drip irrigation training'),
      funders: [{ name: 'Regional Development Bank', type: 'dfi', amount: 50000, currency: 'USD' }],
    });
    await publish(completeDraft('Community seed banks'));
    await sync();

    const [hit] = (await titles(t, 'funderType=foundation')).body.items;
    const detail = SolutionDetailSchema.parse((await t.http.get(`/api/v1/solutions/${hit.slug}`).expect(200)).body);
    expect(detail.title).toBe('Solar pumps for smallholders');
    expect(detail.funders).toEqual([
      {
        name: 'Fondation Verte',
        organization: { slug: 'fondation-verte', name: 'Fondation Verte' },
        type: 'foundation',
        amount: 120000,
        currency: 'EUR',
        year: 2022,
      },
      {
        name: 'Ministry of Agriculture',
        organization: null,
        type: 'government',
        amount: null,
        currency: null,
        year: null,
      },
    ]);

    for (const app of [t, degraded]) {
      const foundation = await titles(app, 'funderType=foundation');
      expect(foundation.titles).toEqual(['Solar pumps for smallholders']);
      expect(foundation.body.degraded).toBe(app === degraded);
      expect((await titles(app, 'funderType=foundation&funderType=dfi')).titles).toEqual([
        'Drip irrigation training',
        'Solar pumps for smallholders',
      ]);
      // The other filters still combine with it.
      expect((await titles(app, 'funderType=foundation&funderType=dfi&q=irrigation')).titles).toEqual([
        'Drip irrigation training',
      ]);
      expect((await titles(app, 'funderType=dfi&sdg=6')).titles).toEqual(['Drip irrigation training']);
      expect((await titles(app, 'funderType=dfi&sdg=1')).titles).toEqual([]);
      const all = await titles(app, '');
      expect(all.titles).toHaveLength(3);
      expect(all.body.facets.funderType).toEqual({ foundation: 1, government: 1, dfi: 1 });
    }
    const bad = await t.http.get('/api/v1/solutions?funderType=bank').expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'funderType.0' });

    const json = (await t.http.get('/api/v1/solutions/export?format=json&funderType=dfi').expect(200)).text;
    expect(JSON.parse(json)).toEqual([
      expect.objectContaining({
        title: 'Drip irrigation training',
        funders: [{ name: 'Regional Development Bank', type: 'dfi', amount: 50000, currency: 'USD', year: null }],
      }),
    ]);
    const csv = (await t.http.get('/api/v1/solutions/export?format=csv&funderType=foundation').expect(200)).text;
    expect(csv).toContain('Fondation Verte:foundation:120000 EUR:2022;Ministry of Agriculture:government::');
  });
});
