import { hashPassword } from '../src/modules/accounts/passwords';
import { newClient, type Client } from './setup/session';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

const PASSWORD = 'faulty-harbour-lantern-4';

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
});
