import { MeSchema } from '@galaxy/contracts';
import { CookieAccessInfo } from 'cookiejar';
import request from 'supertest';
import { lastMailTo, newClient, tokenOf } from './setup/session';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

const PASSWORD = 'tomato-kiosk-river-7';

describe('accounts (real PostgreSQL, real SMTP mailbox)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'accounts_' });
    await resetCatalog(t.db);
    await t.db.query(`TRUNCATE users, rate_limits CASCADE`);
  });
  afterAll(() => t.close());

  /** Signs up (which answers 202 and signs nobody in), then signs in. */
  const signup = async (email: string, name = 'Amina Diallo') => {
    const client = await newClient(t.app);
    await client.post('/api/v1/auth/signup', { email, password: PASSWORD, name }).expect(202);
    await client.login(email, PASSWORD);
    return { client, me: MeSchema.parse((await client.get('/api/v1/auth/me').expect(200)).body) };
  };

  it('signs up, emails a verification link, and verifies the address', async () => {
    const { client, me } = await signup('Amina@Example.org');
    expect(me).toMatchObject({
      email: 'amina@example.org',
      emailVerified: false,
      role: 'member',
      locale: 'en',
      memberships: [],
    });
    const mail = await lastMailTo(t.app, 'amina@example.org');
    expect(mail.subject).toContain('Confirm your email');
    expect(mail.text).toContain('valid for 72 hours');
    expect(mail.language).toBe('en');
    expect(mail.link).toMatch(/\/verify-email\?token=/);
    const verified = await client.post('/api/v1/auth/verify-email', { token: tokenOf(mail.link) }).expect(200);
    expect(verified.body.emailVerified).toBe(true);
    await client.post('/api/v1/auth/verify-email', { token: tokenOf(mail.link) }).expect(400);
    const [row] = await t.db.query(`SELECT password_hash FROM users WHERE email = 'amina@example.org'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses unsafe requests without the CSRF token, and changes nothing', async () => {
    const client = await newClient(t.app);
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM users`))[0].n;
    const res = await client.agent
      .post('/api/v1/auth/signup')
      .send({ email: 'csrf@example.org', password: PASSWORD, name: 'X' })
      .expect(403);
    expect(res.body.code).toBe('CSRF_FAILED');
    await client.agent.post('/api/v1/auth/signup').set('X-CSRF-Token', 'forged').send({}).expect(403);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM users`))[0].n).toBe(before);
  });

  it('refuses short and common passwords, naming the field', async () => {
    const client = await newClient(t.app);
    const short = await client
      .post('/api/v1/auth/signup', { email: 'b@example.org', password: 'short', name: 'B' })
      .expect(400);
    expect(short.body.errors[0]).toMatchObject({ field: 'password' });
    const common = await client
      .post('/api/v1/auth/signup', { email: 'b@example.org', password: 'password123', name: 'B' })
      .expect(400);
    expect(common.body.errors[0]).toMatchObject({ field: 'password' });
    const extra = await client
      .post('/api/v1/auth/signup', { email: 'c@example.org', password: PASSWORD, name: 'C', role: 'admin' })
      .expect(400);
    expect(extra.body.errors[0].field).toBe('role');
  });

  it('answers a sign-up with a taken address as it answers a new one, and tells the owner by mail', async () => {
    const anonymous = await newClient(t.app);
    const users = async () => (await t.db.query(`SELECT count(*)::int AS n FROM users`))[0].n;
    const before = await users();
    const fresh = await anonymous
      .post('/api/v1/auth/signup', { email: 'fresh@example.org', password: PASSWORD, name: 'Fresh' })
      .expect(202);
    const taken = await (
      await newClient(t.app)
    )
      .post('/api/v1/auth/signup', { email: 'Amina@example.org', password: 'another-long-phrase-3', name: 'B' })
      .expect(202);
    expect(taken.body).toEqual(fresh.body);
    expect(String(taken.headers['set-cookie'] ?? '')).not.toMatch(/galaxy_session=/);
    expect(String(fresh.headers['set-cookie'] ?? '')).not.toMatch(/galaxy_session=/);
    expect(await users()).toBe(before + 1);
    const note = await lastMailTo(t.app, 'amina@example.org', 'Someone tried to sign up to Galaxy with your address');
    expect(note.link).toMatch(/\/login\?email=amina%40example\.org$/);
    expect(note.text).toMatch(/\/forgot-password\?email=/);
    expect((await lastMailTo(t.app, 'fresh@example.org')).subject).toContain('Confirm your email');
    // The owner's password and name are untouched.
    await (await newClient(t.app)).login('amina@example.org', PASSWORD);
  });

  it('binds the CSRF token to the session: a token from another session is refused', async () => {
    const amina = await (await newClient(t.app)).login('amina@example.org', PASSWORD);
    const fresh = await (await newClient(t.app)).login('fresh@example.org', PASSWORD);
    const visitor = await newClient(t.app);
    const session = amina.agent.jar.getCookie('galaxy_session', CookieAccessInfo.All)?.value;
    // Amina's session cookie with a token that is not her session's: refused, nothing changes.
    const attempt = (csrf: string) =>
      request(t.app.getHttpServer())
        .patch('/api/v1/auth/me')
        .set('Cookie', `galaxy_session=${session}; galaxy_csrf=${csrf}`)
        .set('X-CSRF-Token', csrf)
        .send({ name: 'Changed' });
    for (const foreign of [fresh.csrf, visitor.csrf]) {
      const refused = await attempt(foreign).expect(403);
      expect(refused.body.code).toBe('CSRF_FAILED');
    }
    expect((await amina.get('/api/v1/auth/me').expect(200)).body.name).toBe('Amina Diallo');
    // Signing in replaced the token read before: the session's own works.
    expect(amina.csrf).not.toBe(visitor.csrf);
    await attempt(amina.csrf).expect(200);
    await amina.patch('/api/v1/auth/me', { name: 'Amina Diallo' }).expect(200);
  });

  it('logs in and out with a server-side session in an httpOnly cookie', async () => {
    const client = await newClient(t.app);
    const wrong = await client
      .post('/api/v1/auth/login', { email: 'amina@example.org', password: 'wrong password!' })
      .expect(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    const ok = await client.post('/api/v1/auth/login', { email: 'amina@example.org', password: PASSWORD }).expect(200);
    expect(String(ok.headers['set-cookie'])).toMatch(/galaxy_session=[^;]+;.*HttpOnly/i);
    await client.get('/api/v1/auth/me').expect(200);
    await client.post('/api/v1/auth/logout').expect(204);
    // Signed out is an answer, not an error.
    expect((await client.get('/api/v1/auth/me').expect(200)).body).toEqual({ me: null });
  });

  it('resets a forgotten password by email, signing out other sessions', async () => {
    const other = await (await newClient(t.app)).login('amina@example.org', PASSWORD);
    const client = await newClient(t.app);
    await client.post('/api/v1/auth/forgot-password', { email: 'nobody@example.org' }).expect(202);
    await client.post('/api/v1/auth/forgot-password', { email: 'amina@example.org' }).expect(202);
    const mail = await lastMailTo(t.app, 'amina@example.org');
    expect(mail.subject).toContain('Reset');
    await client
      .post('/api/v1/auth/reset-password', { token: tokenOf(mail.link), password: 'new-mangrove-harbour-9' })
      .expect(204);
    expect((await other.get('/api/v1/auth/me').expect(200)).body).toEqual({ me: null });
    await (await newClient(t.app)).login('amina@example.org', 'new-mangrove-harbour-9');
    const reused = await client
      .post('/api/v1/auth/reset-password', { token: tokenOf(mail.link), password: 'another-long-phrase-3' })
      .expect(400);
    expect(reused.body.code).toBe('TOKEN_INVALID');
  });

  it('limits failed sign-ins per account and address (counters kept in PostgreSQL), answering 429 with Retry-After', async () => {
    const client = await newClient(t.app);
    for (let i = 0; i < 10; i++)
      await client.post('/api/v1/auth/login', { email: 'target@example.org', password: 'guess-' + i }).expect(401);
    const limited = await client
      .post('/api/v1/auth/login', { email: 'target@example.org', password: 'guess' })
      .expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not count successful sign-ins against the limit', async () => {
    await signup('often@example.org', 'Often Back');
    const client = await newClient(t.app);
    for (let i = 0; i < 12; i++)
      await client.post('/api/v1/auth/login', { email: 'often@example.org', password: PASSWORD }).expect(200);
  });

  it('registers an organization once the email is verified; the registrant becomes its admin', async () => {
    const { client } = await signup('org.founder@example.org', 'Kwame Mensah');
    const body = {
      name: 'Ghana Cooperation Agency',
      type: 'cooperation_agency',
      country: 'GH',
      description: 'Shares know-how.',
    };
    expect((await client.post('/api/v1/organizations', body).expect(403)).body.code).toBe('EMAIL_NOT_VERIFIED');
    await client
      .post('/api/v1/auth/verify-email', { token: tokenOf((await lastMailTo(t.app, 'org.founder@example.org')).link) })
      .expect(200);
    const massAssignment = await client.post('/api/v1/organizations', { ...body, verification: 'staff' }).expect(400);
    expect(massAssignment.body.errors[0].field).toBe('verification');
    const org = (await client.post('/api/v1/organizations', body).expect(201)).body;
    expect(org).toMatchObject({
      name: 'Ghana Cooperation Agency',
      verification: 'unverified',
      members: [{ role: 'admin' }],
    });
    const me = (await client.get('/api/v1/auth/me').expect(200)).body;
    expect(me.memberships).toEqual([expect.objectContaining({ organizationId: org.id, role: 'admin' })]);
    // The public profile never shows the private contact email.
    await client.patch(`/api/v1/organizations/${org.id}`, { contactEmail: ' Desk@Agency.example ' }).expect(200);
    // An optional detail can be cleared again with null.
    const cleared = await client
      .patch(`/api/v1/organizations/${org.id}`, { website: 'https://agency.example' })
      .expect(200);
    expect(cleared.body.website).toBe('https://agency.example');
    expect(
      (await client.patch(`/api/v1/organizations/${org.id}`, { website: null }).expect(200)).body.website,
    ).toBeNull();
    const pub = (await client.get(`/api/v1/organizations/${org.slug}`).expect(200)).body;
    expect(JSON.stringify(pub)).not.toContain('desk@agency.example');
    // A visitor writes through the relay; the message reaches the private address.
    const visitor = await newClient(t.app);
    await visitor
      .post(`/api/v1/organizations/${org.id}/contact`, {
        name: 'Rosa',
        email: 'rosa@ministry.example',
        message: 'Could we visit your programme next year?',
      })
      .expect(202);
    const relayed = await lastMailTo(t.app, 'desk@agency.example');
    expect(relayed.text).toContain('Could we visit your programme next year?');
  });

  it('invites a member by email; the invitee accepts; the last admin cannot be removed', async () => {
    const admin = await (await newClient(t.app)).login('org.founder@example.org', PASSWORD);
    const [org] = await t.db.query(`SELECT id FROM organizations WHERE name = 'Ghana Cooperation Agency'`);
    await admin
      .post(`/api/v1/organizations/${org.id}/invitations`, { email: 'editor@example.org', role: 'editor' })
      .expect(201);
    const invitation = await lastMailTo(t.app, 'editor@example.org');
    expect(invitation.link).toMatch(/\/invitations\/accept\?token=/);
    const { client: editor } = await signup('editor@example.org', 'Lina Haddad');
    await editor.post(`/api/v1/invitations/${tokenOf(invitation.link)}/accept`).expect(200);
    const view = (await admin.get(`/api/v1/organizations/${org.id}/manage`).expect(200)).body;
    const editorMember = view.members.find((m: { email: string }) => m.email === 'editor@example.org');
    expect(editorMember.role).toBe('editor');
    expect(
      (await editor.patch(`/api/v1/organizations/${org.id}`, { description: 'Hijacked' }).expect(403)).body.code,
    ).toBe('FORBIDDEN');
    const founder = view.members.find((m: { email: string }) => m.email === 'org.founder@example.org');
    expect(
      (await admin.delete(`/api/v1/organizations/${org.id}/members/${founder.userId}`).expect(409)).body.code,
    ).toBe('CONFLICT');
    await admin.patch(`/api/v1/organizations/${org.id}/members/${editorMember.userId}`, { role: 'admin' }).expect(200);
    await admin.delete(`/api/v1/organizations/${org.id}/members/${founder.userId}`).expect(204);
  });

  it('writes mails in the language the person chose: at sign-up, then wherever they change it', async () => {
    const client = await newClient(t.app);
    const wrong = await client
      .post('/api/v1/auth/signup', { email: 'awa@ministere.example', password: PASSWORD, name: 'Awa', locale: 'wo' })
      .expect(400);
    expect(wrong.body.errors[0].field).toBe('locale');
    await client
      .post('/api/v1/auth/signup', { email: 'awa@ministere.example', password: PASSWORD, name: 'Awa', locale: 'fr' })
      .expect(202);
    await client.login('awa@ministere.example', PASSWORD);
    const me = MeSchema.parse((await client.get('/api/v1/auth/me').expect(200)).body);
    expect(me.locale).toBe('fr');

    const confirmation = await lastMailTo(t.app, 'awa@ministere.example');
    expect(confirmation).toMatchObject({
      subject: 'Confirmez votre adresse e-mail pour Galaxy',
      language: 'fr',
    });
    expect(confirmation.text).toContain('Bienvenue sur Galaxy.');
    expect(confirmation.text).toContain('(valable 72 heures)');
    await client.post('/api/v1/auth/verify-email', { token: tokenOf(confirmation.link) }).expect(200);

    // An invitation to an address without an account is written in the inviter's language, its role in words.
    const org = (
      await client
        .post('/api/v1/organizations', {
          name: 'Agence sénégalaise de coopération',
          type: 'government',
          description: 'x',
        })
        .expect(201)
    ).body;
    await client
      .post(`/api/v1/organizations/${org.id}/invitations`, { email: 'moussa@ministere.example', role: 'editor' })
      .expect(201);
    const invitation = await lastMailTo(t.app, 'moussa@ministere.example');
    expect(invitation.subject).toBe('Awa vous invite à rejoindre Agence sénégalaise de coopération sur Galaxy');
    expect(invitation.text).toContain('en tant qu’éditeur');
    expect(invitation.text).toContain('(lien valable 14 jours ;');

    // The language switcher saves the choice; a wrong code is refused, naming the field, and changes nothing.
    const refused = await client.patch('/api/v1/auth/me', { locale: 'pt' }).expect(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ location: 'body', field: 'locale' }] });
    expect((await client.get('/api/v1/auth/me').expect(200)).body.locale).toBe('fr');
    expect((await client.patch('/api/v1/auth/me', { locale: 'ar' }).expect(200)).body.locale).toBe('ar');
    expect((await client.get('/api/v1/auth/me').expect(200)).body.locale).toBe('ar');

    await client.post('/api/v1/auth/forgot-password', { email: 'awa@ministere.example' }).expect(202);
    const reset = await lastMailTo(t.app, 'awa@ministere.example', 'إعادة تعيين كلمة المرور في غالاكسي');
    expect(reset.language).toBe('ar');
    expect(reset.text).toContain('الرابط صالح لمدة ساعة واحدة');
    expect(reset.link).toMatch(/\/reset-password\?token=/);
  });
});
