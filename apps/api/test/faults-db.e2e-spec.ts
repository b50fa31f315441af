import { UniqueOrganizationNames1795800000000 } from '../src/database/migrations/1795800000000-unique-organization-names';
import { DataSource } from 'typeorm';
import { databaseAppError } from '../src/common/database-errors';
import { dataSourceOptions } from '../src/database/data-source';
import { hashPassword } from '../src/modules/accounts/passwords';
import { solutionInput } from './setup/factories';
import { newClient, type Client } from './setup/session';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

const PASSWORD = 'faulty-harbour-lantern-4';
const RUBRIC = {
  horizontal: 3,
  effective: 2,
  sustainable: 2,
  replicable: 3,
  innovative: 1,
  nationallyOwned: 2,
  mutualBenefit: 3,
};

/** Status codes, counted: `{ 201: 1, 409: 7 }`. */
const tally = (answers: { status: number }[]) =>
  answers.reduce<Record<number, number>>((t, a) => ({ ...t, [a.status]: (t[a.status] ?? 0) + 1 }), {});

/** Database faults and races: no hang, no 5xx, one winner. Real PostgreSQL throughout. */
describe('database faults and races (real PostgreSQL)', () => {
  let t: TestApp;
  const org = {} as Record<'recipient' | 'provider', string>;
  let recipient: Client;

  const user = async (email: string, role = 'member') =>
    (
      await t.db.query(
        `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
        [email, await hashPassword(PASSWORD), email.split('@')[0], role],
      )
    )[0].id as string;
  const organization = async (name: string, country: string) =>
    (
      await t.db.query(
        `INSERT INTO organizations (slug, name, type, country, description, source)
         VALUES ($1, $2, 'government', $3, 'x', 'test') RETURNING id`,
        [name.toLowerCase().replace(/ /g, '-'), name, country],
      )
    )[0].id as string;

  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'faults_db_' });
    await resetCatalog(t.db);
    await t.db.query(`TRUNCATE users, rate_limits, needs, offers, matches CASCADE`);
    org.recipient = await organization('Ministry of Water Malawi', 'MW');
    org.provider = await organization('Zambia Water Utility', 'ZM');
    await t.db.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'editor')`, [
      org.recipient,
      await user('chikondi@ministry.example'),
    ]);
    recipient = await (await newClient(t.app)).login('chikondi@ministry.example', PASSWORD);
  });
  afterAll(() => t.close());

  it('answers 12 concurrent stale updates of a match by a party with 409 STALE_VERSION, and keeps answering', async () => {
    const [need] = await t.db.query(
      `INSERT INTO needs (organization_id, title, problem_statement, desired_outcome, sdgs, countries, modalities, languages)
       VALUES ($1, 'Safe water', 'Kiosks break down.', 'Water for all.', '{6}', '{MW}', '{training}', '{en}') RETURNING id`,
      [org.recipient],
    );
    const [match] = await t.db.query(
      `INSERT INTO matches (need_id, provider_id, stage) VALUES ($1, $2, 'introduced') RETURNING id`,
      [need.id, org.provider],
    );
    // More requests than the pool has connections, all waiting on the same row lock.
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        recipient.patch(`/api/v1/matches/${match.id}`, { version: 999, commitment: 'Two engineers' }),
      ),
    );
    for (const res of answers) {
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({
        code: 'STALE_VERSION',
        errors: [{ location: 'body', field: 'version' }],
        current: { id: match.id, version: 1, stage: 'introduced' },
      });
    }
    // Nothing changed, and the API still answers database routes.
    const [after] = await t.db.query(`SELECT version, stage FROM matches WHERE id = $1`, [match.id]);
    expect(after).toEqual({ version: 1, stage: 'introduced' });
    await recipient.get(`/api/v1/matches/${match.id}`).expect(200);
    await t.http.get('/api/v1/ready').expect(200);
  }, 30_000);

  it('lets exactly one of 8 concurrent registrations of one name through; the others get 409 naming the field', async () => {
    await user('registrar@basin.example');
    const registrar = await (await newClient(t.app)).login('registrar@basin.example', PASSWORD);
    const body = { name: 'Lake Basin Authority', type: 'government', description: 'Manages the lake basin.' };
    const answers = await Promise.all(Array.from({ length: 8 }, () => registrar.post('/api/v1/organizations', body)));
    expect(tally(answers)).toEqual({ 201: 1, 409: 7 });
    for (const res of answers.filter((a) => a.status === 409)) {
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'CONFLICT', errors: [{ location: 'body', field: 'name' }] });
    }
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM organizations WHERE lower(name) = 'lake basin authority'`,
    );
    expect(count).toBe(1);
    // Later, in other letters' case, or by renaming another organization: the same answer.
    const again = await registrar.post('/api/v1/organizations', { ...body, name: 'LAKE BASIN AUTHORITY' }).expect(409);
    expect(again.body).toMatchObject({ code: 'CONFLICT', errors: [{ field: 'name' }] });
    const other = (
      await registrar.post('/api/v1/organizations', { ...body, name: 'River Basin Authority' }).expect(201)
    ).body;
    const rename = await registrar.patch(`/api/v1/organizations/${other.id}`, { name: 'Lake Basin Authority' });
    expect(rename.status).toBe(409);
    expect(rename.body).toMatchObject({ code: 'CONFLICT', errors: [{ location: 'body', field: 'name' }] });
    await t.http.get(`/api/v1/organizations/${other.slug}`).expect(200);
  });

  it('creates one account from 8 concurrent sign-ups with one address, and answers the others as any later sign-up', async () => {
    const signup = async () =>
      (await newClient(t.app)).post('/api/v1/auth/signup', {
        email: 'twice@signup.example',
        password: 'copper-lantern-meadow-58',
        name: 'Twice',
      });
    const answers = await Promise.all(Array.from({ length: 8 }, signup));
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM users WHERE email = 'twice@signup.example'`,
    );
    expect(count).toBe(1);
    // Those that lost the race hear what a sign-up with an address that has an account hears.
    const later = await signup();
    expect(later.status).toBeLessThan(500);
    const [winner, ...losers] = [...answers].sort((a, b) => a.status - b.status);
    expect(winner.status).toBeLessThan(300);
    for (const res of losers)
      expect({ status: res.status, code: res.body.code }).toEqual({ status: later.status, code: later.body.code });
  });

  it('creates one organization when 50 concurrent approvals name the same new partner', async () => {
    const editorId = await user('editor@ministry.example');
    await user('curator@galaxy.example', 'curator');
    const curator = await (await newClient(t.app)).login('curator@galaxy.example', PASSWORD);
    // 50 submitted solutions, each naming the same partner that does not exist yet.
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const { externalId: _e, ...content } = solutionInput({
        organizations: [
          { name: 'Ministry of Water Malawi', type: 'government', country: 'MW', role: 'implementing' },
          { name: 'Blue River Partnership', type: 'ngo', country: 'KE', role: 'supporting' },
        ],
      });
      const [row] = await t.db.query(
        `INSERT INTO solution_revisions (solution_id, organization_id, number, state, content, version, author_id, submitted_at)
         VALUES (gen_random_uuid(), $1, 1, 'submitted', $2, 1, $3, now()) RETURNING solution_id`,
        [org.recipient, JSON.stringify(content), editorId],
      );
      ids.push(row.solution_id);
    }
    const answers = await Promise.all(
      ids.map((id) =>
        curator.post(`/api/v1/solutions/${id}/review`, { version: 1, decision: 'approve', rubric: RUBRIC }),
      ),
    );
    expect(tally(answers)).toEqual({ 200: 50 });
    const partners: { id: string }[] = await t.db.query(
      `SELECT id FROM organizations WHERE lower(name) = 'blue river partnership'`,
    );
    expect(partners).toHaveLength(1);
    const [{ count }] = await t.db.query(
      `SELECT count(DISTINCT solution_id)::int AS count FROM solution_organizations WHERE organization_id = $1`,
      [partners[0].id],
    );
    expect(count).toBe(50);
  }, 60_000);

  it('migrates a database that holds organizations of one name: all stay, the later ones renamed, and go to search again', async () => {
    const migration = new UniqueOrganizationNames1795800000000();
    const runner = t.db.createQueryRunner();
    try {
      await migration.down(runner);
      const first = await organization('Coastal Fisheries Board', 'GH');
      await t.db.query(
        `INSERT INTO organizations (slug, name, type, description, source, created_at)
         VALUES ('coastal-fisheries-board-2', 'COASTAL Fisheries Board', 'ngo', 'x', 'test', now() + interval '1 second')`,
      );
      await t.db.query(`DELETE FROM search_outbox`);
      await migration.up(runner);
      const rows = await t.db.query(
        `SELECT id, name FROM organizations WHERE name ILIKE 'coastal fisheries board%' ORDER BY created_at`,
      );
      expect(rows).toEqual([
        { id: first, name: 'Coastal Fisheries Board' },
        { id: expect.any(String), name: 'COASTAL Fisheries Board (coastal-fisheries-board-2)' },
      ]);
      expect(await t.db.query(`SELECT entity, entity_id AS id FROM search_outbox`)).toEqual([
        { entity: 'organization', id: rows[1].id },
      ]);
    } finally {
      await runner.release();
    }
    // The index is back: the database refuses a duplicate whoever writes it.
    await expect(organization('coastal fisheries BOARD', 'GH')).rejects.toMatchObject({ code: '23505' });
  });

  it('runs the API on connections whose statements and idle transactions PostgreSQL cuts short', async () => {
    expect(await t.db.query(`SHOW statement_timeout`)).toEqual([{ statement_timeout: '30s' }]);
    expect(await t.db.query(`SHOW idle_in_transaction_session_timeout`)).toEqual([
      { idle_in_transaction_session_timeout: '15s' },
    ]);
    // The same settings, short, on a pool of their own: PostgreSQL enforces them, and the API says 503.
    const db = await new DataSource(
      dataSourceOptions(
        t.config.DATABASE_URL,
        {},
        {
          acquireTimeoutMs: 2_000,
          statementTimeoutMs: 200,
          idleInTransactionTimeoutMs: 300,
        },
      ),
    ).initialize();
    try {
      const slow = await db.query(`SELECT pg_sleep(2)`).catch((error: unknown) => error);
      expect(slow).toMatchObject({ code: '57014' });
      expect(databaseAppError(slow)).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
      const runner = db.createQueryRunner();
      await runner.startTransaction();
      await new Promise((r) => setTimeout(r, 800));
      const idle = await runner.query(`SELECT 1`).catch((error: unknown) => error);
      expect(idle).toBeInstanceOf(Error);
      expect(databaseAppError(idle)).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
      await runner.release().catch(() => undefined);
    } finally {
      await db.destroy();
    }
  });
});
