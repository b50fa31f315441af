import { InvitationPreviewSchema, OrganizationAdminViewSchema, SearchDeadLettersSchema } from '@galaxy/contracts';
import { SearchSync } from '../src/modules/search';
import { hashPassword } from '../src/modules/accounts/passwords';
import { lastMailTo, newClient, tokenOf, type Client } from './setup/session';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

const PASSWORD = 'lantern-cobalt-meadow-4';

/** What users tripped over (issue 19), as the API answers it. */
describe('field error codes, visitors on /auth/me, invitations, similar names, dead letters', () => {
  let t: TestApp;
  let org: { id: string; slug: string };

  const user = async (email: string, role = 'member'): Promise<Client> => {
    await t.db.query(
      `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ($1, $2, $3, $4, now())`,
      [email, await hashPassword(PASSWORD), email.split('@')[0], role],
    );
    return (await newClient(t.app)).login(email, PASSWORD);
  };

  let admin: Client;
  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'ux_' });
    await resetCatalog(t.db);
    await t.db.query(`TRUNCATE users, rate_limits CASCADE`);
    admin = await user('founder@kilimo.example');
    [org] = await t.db.query(
      `INSERT INTO organizations (slug, name, type, description, source)
       VALUES ('kilimo-bora', 'Kilimo Bora Smallholder Network', 'ngo', 'Farmers helping farmers.', 'test')
       RETURNING id, slug`,
    );
    await t.db.query(
      `INSERT INTO memberships (organization_id, user_id, role)
       SELECT $1, id, 'admin' FROM users WHERE email = 'founder@kilimo.example'`,
      [org.id],
    );
    await t.db.query(
      `INSERT INTO organizations (slug, name, type, description, source) VALUES
         ('agence-cooperation', 'Agence de Coopération Sud-Sud', 'government', 'x', 'test'),
         ('ministry-health', 'Ministry of Health', 'government', 'x', 'test')`,
    );
  });
  afterAll(() => t.close());

  describe('field errors carry stable codes', () => {
    it('names why a password is refused: too short, common, or made of the person’s own details', async () => {
      const client = await newClient(t.app);
      const short = await client
        .post('/api/v1/auth/signup', { email: 'b@example.org', password: 'short', name: 'B' })
        .expect(400);
      expect(short.body.errors).toEqual([
        expect.objectContaining({ field: 'password', code: 'PASSWORD_TOO_SHORT', limit: 10 }),
      ]);
      const common = await client
        .post('/api/v1/auth/signup', { email: 'b@example.org', password: 'password123', name: 'B' })
        .expect(400);
      expect(common.body.errors).toEqual([expect.objectContaining({ field: 'password', code: 'PASSWORD_COMMON' })]);
      const personal = await admin
        .post('/api/v1/auth/change-password', { currentPassword: PASSWORD, newPassword: 'founder@kilimo.example' })
        .expect(400);
      expect(personal.body.errors).toEqual([
        expect.objectContaining({ field: 'newPassword', code: 'PASSWORD_PERSONAL' }),
      ]);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM users WHERE email = 'b@example.org'`))[0].n).toBe(0);
    });

    it('gives every other field error a code too', async () => {
      const client = await newClient(t.app);
      const res = await client
        .post('/api/v1/auth/signup', { email: 'not-an-address', password: PASSWORD, name: '', role: 'admin' })
        .expect(400);
      const byField = Object.fromEntries(
        res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      );
      expect(byField).toEqual({ email: 'INVALID_EMAIL', name: 'REQUIRED', role: 'UNKNOWN_FIELD' });
    });
  });

  it('answers a visitor’s GET /auth/me with { me: null }, and a member’s with who they are', async () => {
    const visitor = await newClient(t.app);
    expect((await visitor.get('/api/v1/auth/me').expect(200)).body).toEqual({ me: null });
    expect((await admin.get('/api/v1/auth/me').expect(200)).body.email).toBe('founder@kilimo.example');
  });

  describe('invitations', () => {
    const invite = async (email: string) => {
      const view = OrganizationAdminViewSchema.parse(
        (await admin.post(`/api/v1/organizations/${org.id}/invitations`, { email, role: 'editor' }).expect(201)).body,
      );
      const mail = await lastMailTo(t.app, email);
      return { invitation: view.invitations.find((i) => i.email === email)!, token: tokenOf(mail.link) };
    };

    it('shows the link’s holder the organization, address, role and expiry, and nothing once it is used', async () => {
      const { token } = await invite('lina@example.org');
      const visitor = await newClient(t.app);
      const preview = InvitationPreviewSchema.parse(
        (await visitor.get(`/api/v1/invitations/${token}`).expect(200)).body,
      );
      expect(preview).toMatchObject({
        organization: { id: org.id, slug: org.slug, name: 'Kilimo Bora Smallholder Network' },
        email: 'lina@example.org',
        role: 'editor',
      });
      expect(new Date(preview.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
      expect(Object.keys(preview).sort()).toEqual(['email', 'expiresAt', 'organization', 'role']);
      expect((await visitor.get(`/api/v1/invitations/${'x'.repeat(40)}`).expect(404)).body.code).toBe('NOT_FOUND');
      const lina = await user('lina@example.org');
      await lina.post(`/api/v1/invitations/${token}/accept`).expect(200);
      await visitor.get(`/api/v1/invitations/${token}`).expect(404);
    });

    it('lets an administrator revoke an invitation: the link stops working', async () => {
      const { invitation, token } = await invite('omar@example.org');
      await admin.delete(`/api/v1/organizations/${org.id}/invitations/${invitation.id}`).expect(204);
      await admin.delete(`/api/v1/organizations/${org.id}/invitations/${invitation.id}`).expect(404);
      await (await newClient(t.app)).get(`/api/v1/invitations/${token}`).expect(404);
      const view = (await admin.get(`/api/v1/organizations/${org.id}/manage`).expect(200)).body;
      expect(view.invitations.map((i: { email: string }) => i.email)).not.toContain('omar@example.org');
      const omar = await user('omar@example.org');
      expect((await omar.post(`/api/v1/invitations/${token}/accept`).expect(400)).body.errors[0].code).toBe(
        'TOKEN_INVALID',
      );
    });

    it('lets an administrator resend an invitation with a new link; the old one stops working', async () => {
      const { invitation, token: first } = await invite('zara@example.org');
      await t.db.query(`UPDATE invitations SET expires_at = now() + interval '1 day' WHERE id = $1`, [invitation.id]);
      const view = OrganizationAdminViewSchema.parse(
        (await admin.post(`/api/v1/organizations/${org.id}/invitations/${invitation.id}/resend`).expect(200)).body,
      );
      const again = view.invitations.find((i) => i.id === invitation.id)!;
      expect(new Date(again.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
      const mails = (await admin.get(`/api/v1/dev/mail?to=zara@example.org`).expect(200)).body as { links: string[] }[];
      const second = mails.map((m) => tokenOf(m.links[0])).find((tk) => tk !== first)!;
      expect(second).toBeDefined();
      await (await newClient(t.app)).get(`/api/v1/invitations/${first}`).expect(404);
      await (await newClient(t.app)).get(`/api/v1/invitations/${second}`).expect(200);
    });

    it('refuses revoke and resend to members who are not administrators, changing nothing', async () => {
      const { invitation } = await invite('kofi@example.org');
      const stranger = await user('stranger@example.org');
      const before = await t.db.query(`SELECT token_hash, expires_at FROM invitations WHERE id = $1`, [invitation.id]);
      await stranger.post(`/api/v1/organizations/${org.id}/invitations/${invitation.id}/resend`).expect(403);
      await stranger.delete(`/api/v1/organizations/${org.id}/invitations/${invitation.id}`).expect(403);
      expect(await t.db.query(`SELECT token_hash, expires_at FROM invitations WHERE id = $1`, [invitation.id])).toEqual(
        before,
      );
    });
  });

  describe('similar organization names', () => {
    const similar = async (name: string) =>
      (await t.http.get(`/api/v1/organizations/similar?name=${encodeURIComponent(name)}`).expect(200)).body.items as {
        name: string;
        slug: string;
        sameName: boolean;
      }[];

    it('finds the same name whatever its case, accents and punctuation', async () => {
      expect(await similar('kilimo-bora smallholder NETWORK!')).toEqual([
        expect.objectContaining({ slug: 'kilimo-bora', name: 'Kilimo Bora Smallholder Network', sameName: true }),
      ]);
      expect(await similar('Agence de cooperation sud sud')).toEqual([
        expect.objectContaining({ slug: 'agence-cooperation', sameName: true }),
      ]);
    });

    it('finds close names, and nothing for a different one', async () => {
      expect(await similar('Kilimo Bora Smallholders Network')).toEqual([
        expect.objectContaining({ slug: 'kilimo-bora', sameName: false }),
      ]);
      expect(await similar('Pacific Ocean Research Institute')).toEqual([]);
    });

    it('validates the name', async () => {
      const res = await t.http.get('/api/v1/organizations/similar?name=a').expect(400);
      expect(res.body.errors[0]).toMatchObject({ location: 'query', field: 'name', code: 'TOO_SHORT', limit: 3 });
      await t.http.get('/api/v1/organizations/similar').expect(400);
    });
  });

  describe('search-sync dead letters', () => {
    let curator: Client;
    beforeAll(async () => {
      curator = await user('curator@example.org', 'curator');
      await t.db.query(`DELETE FROM search_outbox`);
      await t.db.query(
        `INSERT INTO search_outbox (entity, entity_id, attempts, last_error, dead_at) VALUES
           ('organization', $1, 10, 'MeiliSearchApiError: index not found', now() - interval '1 hour'),
           ('solution', gen_random_uuid(), 10, 'TimeoutError: task 42 did not finish', now())`,
        [org.id],
      );
    });

    it('shows staff what failed, why, when and after how many attempts', async () => {
      const body = SearchDeadLettersSchema.parse(
        (await curator.get('/api/v1/admin/search-dead-letters').expect(200)).body,
      );
      expect(body.total).toBe(2);
      expect(body.items[1]).toMatchObject({
        entity: 'organization',
        entityId: org.id,
        label: 'Kilimo Bora Smallholder Network',
        lastError: 'MeiliSearchApiError: index not found',
        attempts: 10,
      });
      expect(body.items[0]).toMatchObject({ entity: 'solution', label: null });
      await admin.get('/api/v1/admin/search-dead-letters').expect(403);
      await (await newClient(t.app)).get('/api/v1/admin/search-dead-letters').expect(401);
    });

    it('retries one, then all; the indexer then syncs them', async () => {
      const { items } = (await curator.get('/api/v1/admin/search-dead-letters').expect(200)).body;
      const orgRow = items.find((i: { entity: string }) => i.entity === 'organization');
      expect((await curator.post(`/api/v1/admin/search-dead-letters/${orgRow.id}/retry`).expect(200)).body).toEqual({
        retried: 1,
      });
      await curator.post(`/api/v1/admin/search-dead-letters/${orgRow.id}/retry`).expect(404);
      const [row] = await t.db.query(`SELECT dead_at, attempts, processed_at FROM search_outbox WHERE id = $1`, [
        orgRow.id,
      ]);
      expect(row).toMatchObject({ dead_at: null, attempts: 0, processed_at: null });
      // Queued again for real: the indexer takes it and marks it done.
      await t.app.get(SearchSync).ensureIndexes();
      await t.app.get(SearchSync).drainAll();
      const [done] = await t.db.query(`SELECT processed_at FROM search_outbox WHERE id = $1`, [orgRow.id]);
      expect(done.processed_at).not.toBeNull();
      expect((await curator.post('/api/v1/admin/search-dead-letters/retry').expect(200)).body).toEqual({ retried: 1 });
      expect((await curator.get('/api/v1/admin/search-dead-letters').expect(200)).body.total).toBe(0);
      await curator.post('/api/v1/admin/search-dead-letters/abc/retry').expect(400);
    });
  });
});
