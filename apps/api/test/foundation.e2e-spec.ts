import { ProblemSchema } from '@galaxy/contracts';
import { bootTestApp, type TestApp } from './setup/test-app';

describe('API foundation (real PostgreSQL and Meilisearch)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  const expectProblem = (body: unknown, code: string) => {
    const problem = ProblemSchema.parse(body);
    expect(problem.code).toBe(code);
    return problem;
  };

  it('reports health and readiness of database, search and migrations, and which replica answered', async () => {
    const health = await t.http.get('/api/v1/health').expect(200, { status: 'ok' });
    expect(health.headers['x-served-by']).toBe(t.config.GALAXY_REPLICA_ID);
    const ready = await t.http.get('/api/v1/ready').expect(200);
    expect(ready.body).toEqual({
      status: 'ready',
      database: 'up',
      search: 'up',
      migrations: 'applied',
      replica: t.config.GALAXY_REPLICA_ID,
      role: 'all',
    });
  });

  it('stays in rotation (200, degraded) when search is unreachable: searches answer from PostgreSQL', async () => {
    const broken = await bootTestApp({ MEILI_URL: 'http://127.0.0.1:9', GALAXY_REPLICA_ID: 'api-7' });
    try {
      const ready = await broken.http.get('/api/v1/ready').expect(200);
      expect(ready.headers['x-served-by']).toBe('api-7');
      expect(ready.body).toMatchObject({ status: 'degraded', database: 'up', search: 'down', replica: 'api-7' });
    } finally {
      await broken.close();
    }
  });

  it('serves the 17 SDGs with their 169 targets in the language asked for', async () => {
    const fr = await t.http.get('/api/v1/reference/sdgs?lang=fr').expect(200);
    expect(fr.body).toHaveLength(17);
    expect(fr.body[5]).toMatchObject({ number: 6, short: 'Eau propre et assainissement' });
    expect(fr.body.flatMap((g: { targets: unknown[] }) => g.targets)).toHaveLength(169);
    const en = await t.http.get('/api/v1/reference/sdgs').expect(200);
    expect(en.body[0].short).toBe('No poverty');
  });

  it('serves countries with M49 regions and LDC/LLDC/SIDS flags, names in Arabic', async () => {
    const res = await t.http.get('/api/v1/reference/countries?lang=ar').expect(200);
    const ethiopia = res.body.find((c: { iso2: string }) => c.iso2 === 'ET');
    expect(ethiopia).toMatchObject({ m49: '231', region: '002', ldc: true, lldc: true, sids: false, name: 'إثيوبيا' });
    const regions = await t.http.get('/api/v1/reference/regions?lang=es').expect(200);
    expect(regions.body.find((r: { m49: string }) => r.m49 === '002').name).toBe('África');
  });

  it('rejects an unknown language and unknown parameters, naming the parameter', async () => {
    const bad = await t.http.get('/api/v1/reference/sdgs?lang=xx').expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = expectProblem(bad.body, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual([expect.objectContaining({ location: 'query', field: 'lang' })]);
    const unknown = await t.http.get('/api/v1/reference/sdgs?colour=blue').expect(400);
    expect(expectProblem(unknown.body, 'VALIDATION_FAILED').errors?.[0].field).toBe('colour');
  });

  it('answers unknown routes, malformed JSON and oversized bodies with problem+json', async () => {
    expectProblem((await t.http.get('/api/v1/no-such-thing').expect(404)).body, 'NOT_FOUND');
    const malformed = await t.http
      .post('/api/v1/reference/sdgs')
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    expectProblem(malformed.body, 'MALFORMED_REQUEST');
    const huge = await t.http
      .post('/api/v1/reference/sdgs')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) }))
      .expect(413);
    expectProblem(huge.body, 'PAYLOAD_TOO_LARGE');
  });

  it('compresses large answers for clients that accept it', async () => {
    const res = await t.http.get('/api/v1/reference/countries').set('Accept-Encoding', 'br, gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body).toHaveLength(248);
  });

  it('sends security headers and a request id', async () => {
    const res = await t.http.get('/api/v1/health').set('X-Request-Id', 'trace-123').expect(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBe('trace-123');
  });

  it('publishes an OpenAPI document generated from the contracts', async () => {
    const doc = await t.http.get('/api/openapi.json').expect(200);
    const sdgs = doc.body.paths['/api/v1/reference/sdgs'].get;
    const lang = sdgs.parameters.find((p: { name: string }) => p.name === 'lang');
    expect(lang.schema.enum).toEqual(['en', 'fr', 'es', 'ar', 'ru', 'zh']);
    await t.http.get('/api/docs').expect(200);
  });

  it('gives each request body its own schema in the OpenAPI document', async () => {
    const doc = await t.http.get('/api/openapi.json').expect(200);
    const bodyOf = (path: string) => {
      const ref: string = doc.body.paths[path].patch.requestBody.content['application/json'].schema.$ref;
      return doc.body.components.schemas[ref.split('/').pop() as string];
    };
    // A solution draft is updated with its version; an organization has a type and no version.
    expect(Object.keys(bodyOf('/api/v1/solutions/{id}').properties)).toContain('version');
    expect(Object.keys(bodyOf('/api/v1/organizations/{id}').properties)).toContain('type');
    expect(Object.keys(bodyOf('/api/v1/organizations/{id}').properties)).not.toContain('version');
  });
});
