import { ProblemSchema } from '@galaxy/contracts';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { randomUUID } from 'node:crypto';
import { freePort } from '../src/embedded/embedded-services';
import { hashPassword } from '../src/modules/accounts/passwords';
import { newClient, type Client } from './setup/session';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

const PASSWORD = 'hostile-input-lantern-4';

/** Sends bytes as they are (no client library to tidy the URL) and returns the raw answer. */
function raw(port: number, text: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = answer.split('\r\n\r\n');
      resolve({
        status: Number(head.split(' ')[1]),
        type: /content-type: *([^\r\n]+)/i.exec(head)?.[1] ?? '',
        body: rest.join('\r\n\r\n'),
      });
    });
  });
}

const problem = (res: { status: number; headers: Record<string, string>; body: unknown }, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  return ProblemSchema.parse(res.body);
};

describe('hostile input: control characters, lone surrogates and malformed requests are 4xx problem+json', () => {
  let t: TestApp;
  let degraded: TestApp;
  let editor: Client;
  let curator: Client;
  let orgId: string;
  let port: number;
  const counts = async () =>
    (
      await t.db.query(`SELECT (SELECT count(*) FROM organizations) o, (SELECT count(*) FROM needs) n,
        (SELECT count(*) FROM offers) f, (SELECT count(*) FROM solutions) s, (SELECT count(*) FROM solution_revisions) r`)
    )[0];

  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'hostile_' });
    await resetCatalog(t.db);
    await t.db.query(`TRUNCATE users, rate_limits, needs, offers, matches CASCADE`);
    const hash = await hashPassword(PASSWORD);
    const [{ id: editorId }] = await t.db.query(
      `INSERT INTO users (email, password_hash, name, email_verified_at) VALUES ('ed@hostile.example', $1, 'Ed', now()) RETURNING id`,
      [hash],
    );
    await t.db.query(
      `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ('cu@hostile.example', $1, 'Cu', 'curator', now())`,
      [hash],
    );
    [{ id: orgId }] = await t.db.query(
      `INSERT INTO organizations (slug, name, type, country, description, source) VALUES ('hostile-org', 'Hostile Org', 'ngo', 'KE', 'x', 'test') RETURNING id`,
    );
    await t.db.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'admin')`, [
      orgId,
      editorId,
    ]);
    editor = await (await newClient(t.app)).login('ed@hostile.example', PASSWORD);
    curator = await (await newClient(t.app)).login('cu@hostile.example', PASSWORD);
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    // Nothing listens on this port: search answers from PostgreSQL (degraded).
    degraded = await bootTestApp({ MEILI_URL: `http://127.0.0.1:${await freePort()}`, SEARCH_INDEX_PREFIX: 'gone_' });
  });
  afterAll(async () => {
    await degraded.close();
    await t.close();
  });

  it.each([
    ['U+0000', 'Water\u0000kiosks'],
    ['a lone surrogate', 'Water \ud800 kiosks'],
    ['U+0002 (a highlight marker to the search engine)', 'Water \u0002kiosks\u0003'],
  ])('refuses %s in every kind of text field, naming the field, and stores nothing', async (_what, bad) => {
    const before = await counts();
    const draft = problem(
      await editor.post('/api/v1/solutions', { organizationId: orgId, title: bad, summary: `ok\n${bad}` }),
      400,
    );
    expect(draft.code).toBe('VALIDATION_FAILED');
    expect(draft.errors?.map((e) => e.field).sort()).toEqual(['summary', 'title']);

    const org = problem(
      await editor.post('/api/v1/organizations', { name: bad, type: 'ngo', description: 'A fine description' }),
      400,
    );
    expect(org.errors).toEqual([expect.objectContaining({ location: 'body', field: 'name' })]);

    const need = problem(
      await editor.post('/api/v1/needs', {
        organizationId: orgId,
        title: 'Safe water',
        problemStatement: bad,
        desiredOutcome: 'Water for all',
        sdgs: [6],
        countries: ['KE'],
        modalities: ['training'],
        languages: ['en'],
      }),
      400,
    );
    expect(need.errors?.map((e) => e.field)).toEqual(['problemStatement']);

    const offer = problem(
      await editor.post('/api/v1/offers', {
        organizationId: orgId,
        title: bad,
        description: 'Training',
        modalities: ['training'],
        sdgs: [6],
        costModel: 'free',
        languages: ['en'],
      }),
      400,
    );
    expect(offer.errors?.map((e) => e.field)).toEqual(['title']);

    const message = problem(await curator.post(`/api/v1/matches/${randomUUID()}/messages`, { body: bad }), 400);
    expect(message.errors?.map((e) => e.field)).toEqual(['body']);
    expect(await counts()).toEqual(before);
  });

  it('keeps line breaks and tabs in multi-line text, but not in a single line', async () => {
    const res = await editor.post('/api/v1/solutions', {
      organizationId: orgId,
      title: 'Water kiosks',
      summary: 'First line\n\tsecond line\r\nthird',
    });
    expect(res.status).toBe(201);
    const line = problem(await editor.post('/api/v1/solutions', { organizationId: orgId, title: 'Two\nlines' }), 400);
    expect(line.errors?.[0]).toMatchObject({ field: 'title', message: expect.stringContaining('single line') });
  });

  it('refuses U+0000 in a path or a query, in search, degraded search and both exports, before anything streams', async () => {
    for (const [app, path, field] of [
      [t, '/api/v1/solutions/%00', 'idOrSlug'],
      [t, '/api/v1/solutions?q=%00', 'q'],
      [degraded, '/api/v1/solutions?q=%00', 'q'],
      [degraded, '/api/v1/organizations?q=water%00', 'q'],
      [t, '/api/v1/solutions/export?q=%00', 'q'],
      [t, '/api/v1/solutions/export?format=json&q=%00', 'q'],
      [t, '/api/v1/needs?q=%01', 'q'],
    ] as const) {
      const res = await app.http.get(path);
      const body = problem(res, 400);
      expect(body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(body.errors?.[0].field).toBe(field);
    }
  });

  it('refuses to verify an organization that does not exist, and queues nothing for search', async () => {
    const outbox = async () => (await t.db.query(`SELECT count(*)::int AS n FROM search_outbox`))[0].n;
    const queued = await outbox();
    const res = await curator.post(`/api/v1/organizations/${randomUUID()}/verification`, { level: 'staff' });
    expect(problem(res, 404).code).toBe('NOT_FOUND');
    expect(await outbox()).toBe(queued);
  });

  it('reads the first batch of an export before answering, so a failing query is a problem, not a cut-off 200', async () => {
    // A real fault: the table the export reads is gone for a moment.
    await t.db.query(`ALTER TABLE solutions RENAME TO solutions_away`);
    try {
      for (const format of ['json', 'csv']) {
        const res = await t.http.get(`/api/v1/solutions/export?format=${format}`);
        expect(problem(res, 500).code).toBe('INTERNAL_ERROR');
      }
    } finally {
      await t.db.query(`ALTER TABLE solutions_away RENAME TO solutions`);
    }
    const ok = await t.http.get('/api/v1/solutions/export?format=json').expect(200);
    expect(JSON.parse(ok.text)).toEqual([]);
  });

  it('answers Fastify and Node refusals as problem+json with a stable code', async () => {
    const badUrl = await raw(port, 'GET /api/v1/solutions/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(badUrl.status).toBe(400);
    expect(badUrl.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(badUrl.body)).toMatchObject({ code: 'MALFORMED_REQUEST', status: 400 });

    const longParam = await raw(
      port,
      `GET /api/v1/solutions/${'a'.repeat(150)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    );
    expect(longParam.status).toBe(414);
    expect(JSON.parse(longParam.body)).toMatchObject({ code: 'URI_TOO_LONG' });

    const headers = await raw(
      port,
      `GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
    );
    expect(headers.status).toBe(431);
    expect(headers.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(headers.body)).toMatchObject({ code: 'HEADERS_TOO_LARGE', status: 431 });

    const garbage = await raw(port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(garbage.status).toBe(400);
    expect(JSON.parse(garbage.body)).toMatchObject({ code: 'MALFORMED_REQUEST' });

    const before = await counts();
    const json = problem(
      await editor.agent
        .post('/api/v1/solutions')
        .set('X-CSRF-Token', (await editor.get('/api/v1/auth/csrf')).body.token)
        .set('Content-Type', 'application/json')
        .send('{"organizationId": '),
      400,
    );
    expect(json.code).toBe('MALFORMED_REQUEST');
    const media = await editor.agent
      .post('/api/v1/solutions')
      .set('X-CSRF-Token', (await editor.get('/api/v1/auth/csrf')).body.token)
      .set('Content-Type', 'application/xml')
      .send('<solution/>');
    expect(problem(media, 415).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const large = await editor.post('/api/v1/solutions', { organizationId: orgId, title: 'x'.repeat(1_100_000) });
    expect(problem(large, 413).code).toBe('PAYLOAD_TOO_LARGE');
    expect(await counts()).toEqual(before);
  });
});
