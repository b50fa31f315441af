import request from 'supertest';
import { lastMailTo, newClient } from './setup/session';
import { bootTestApp, type TestApp } from './setup/test-app';
import { hashPassword } from '../src/modules/accounts/passwords';

const PASSWORD = 'hostile-kiosk-river-7';

/** A client of one app that says, in X-Forwarded-For, that it comes from `from`. */
const login = (t: TestApp, email: string, password: string, from: string) =>
  request(t.app.getHttpServer())
    .post('/api/v1/auth/login')
    .set('Cookie', 'galaxy_csrf=c')
    .set('X-CSRF-Token', 'c')
    .set('X-Forwarded-For', from)
    .send({ email, password });

async function addUser(t: TestApp, email: string): Promise<void> {
  await t.db.query(
    `INSERT INTO users (email, password_hash, name, email_verified_at) VALUES ($1, $2, 'Owner', now())`,
    [email, await hashPassword(PASSWORD)],
  );
}

describe('hostile clients: forged addresses, login throttling, the development mailbox', () => {
  describe('without TRUST_PROXY (the default): X-Forwarded-For is ignored', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'hostile_' });
      await t.db.query(`TRUNCATE users, rate_limits CASCADE`);
    });
    afterAll(() => t.close());

    it('a password spray over many accounts, each try from a "new address", gets 429', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 32; i++) {
        const res = await login(t, `sprayed${i}@example.org`, 'Winter2026!', `203.0.113.${i + 1}`);
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
      expect(statuses.slice(30)).toEqual([429, 429]);
    });

    it('the contact relay (10 an hour) cannot be dodged by a changing X-Forwarded-For', async () => {
      const [org] = await t.db.query(
        `INSERT INTO organizations (slug, name, type, description, source, contact_email)
         VALUES ('hostile-relay', 'Hostile relay', 'ngo', 'x', 'test', 'desk@relay.example') RETURNING id`,
      );
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const res = await request(t.app.getHttpServer())
          .post(`/api/v1/organizations/${org.id}/contact`)
          .set('Cookie', 'galaxy_csrf=c')
          .set('X-CSRF-Token', 'c')
          .set('X-Forwarded-For', `198.51.100.${i + 1}`)
          .send({ name: 'Spammer', email: 'spam@example.org', message: `Buy now, offer number ${i}.` });
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(202));
      expect(statuses.slice(10)).toEqual([429, 429]);
      await t.db.query(`DELETE FROM organizations WHERE id = $1`, [org.id]);
    });

    it('shows the development mailbox, as the server listens on loopback (127.0.0.1 by default)', async () => {
      expect(t.config.HOST).toBe('127.0.0.1');
      await t.http.get('/api/v1/dev/mail').expect(200);
    });
  });

  describe('with TRUST_PROXY=loopback: the right-most address not trusted is the client', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'hostile_', TRUST_PROXY: ['loopback'] });
      await t.db.query(`TRUNCATE users, rate_limits CASCADE`);
      await addUser(t, 'owner@example.org');
    });
    afterAll(() => t.close());

    const sessionIp = async (): Promise<string> =>
      (await t.db.query(`SELECT ip FROM sessions ORDER BY created_at DESC LIMIT 1`))[0].ip;

    it('takes the right-most untrusted address of X-Forwarded-For', async () => {
      await login(t, 'owner@example.org', PASSWORD, '203.0.113.9, 198.51.100.7').expect(200);
      expect(await sessionIp()).toBe('198.51.100.7');
      await login(t, 'owner@example.org', PASSWORD, '203.0.113.9, 127.0.0.1').expect(200);
      expect(await sessionIp()).toBe('203.0.113.9');
    });

    it("an attacker's wrong passwords slow the attacker's address, never the owner elsewhere", async () => {
      const attacker = '198.51.100.66';
      for (let i = 0; i < 10; i++) await login(t, 'owner@example.org', `guess-number-${i}`, attacker).expect(401);
      for (let i = 0; i < 3; i++) {
        const limited = await login(t, 'owner@example.org', PASSWORD, attacker).expect(429);
        expect(limited.body.code).toBe('RATE_LIMITED');
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      }
      // The owner, from their own address, signs in at once.
      await login(t, 'owner@example.org', PASSWORD, '203.0.113.50').expect(200);
      // Another account from the attacker's address is not blocked by this account's counter.
      await addUser(t, 'neighbour@example.org');
      await login(t, 'neighbour@example.org', PASSWORD, attacker).expect(200);
    });

    it('mails the owner a link that lifts the limit, once', async () => {
      const mail = await lastMailTo(t.app, 'owner@example.org', 'Failed sign-ins to your Galaxy account');
      expect(mail.link).toMatch(/\/login\?unlock=/);
      const token = new URL(mail.link).searchParams.get('unlock') as string;
      // The owner behind the attacker's address (one office network) is limited too, until the link.
      const shared = '198.51.100.66';
      await login(t, 'owner@example.org', PASSWORD, shared).expect(429);
      const client = await newClient(t.app);
      const unlock = (token: string) =>
        client.agent
          .post('/api/v1/auth/unlock-login')
          .set('X-CSRF-Token', client.csrf)
          .set('X-Forwarded-For', shared)
          .send({ token });
      await unlock(token).expect(204);
      await login(t, 'owner@example.org', PASSWORD, shared).expect(200);
      const again = await unlock(token).expect(400);
      expect(again.body).toMatchObject({ code: 'TOKEN_INVALID', errors: [{ field: 'token' }] });
      // A made-up token is refused the same way and clears nothing.
      await unlock('x'.repeat(43)).expect(400);
    });
  });

  describe('the development mailbox exists only on loopback, never in production', () => {
    it('is absent when the server listens on every interface', async () => {
      const t = await bootTestApp({ HOST: '0.0.0.0' });
      try {
        await t.http.get('/api/v1/dev/mail').expect(404);
        await t.http.get('/dev/mail').expect(404);
      } finally {
        await t.close();
      }
    });

    it('is absent in production', async () => {
      const t = await bootTestApp({ NODE_ENV: 'production', HOST: '127.0.0.1' });
      try {
        await t.http.get('/api/v1/dev/mail').expect(404);
        await t.http.get('/dev/mail').expect(404);
      } finally {
        await t.close();
      }
    });
  });
});
