import type { QueryRunner } from 'typeorm';
import { newClient } from './setup/session';
import { TcpProxy } from './setup/tcp-proxy';
import { bootTestApp, type TestApp } from './setup/test-app';

/**
 * PostgreSQL goes away under a running API. The API reaches the tests' real PostgreSQL through a
 * TCP relay that the test cuts (connections refused, open ones dropped) and restores.
 */
describe('PostgreSQL unavailable (real PostgreSQL behind a relay that is cut and restored)', () => {
  let proxy: TcpProxy;
  let t: TestApp;

  const expectUnavailable = (res: { status: number; headers: Record<string, string>; body: unknown }) => {
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(res.body).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  };

  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_URL as string);
    proxy = new TcpProxy({ host: url.hostname, port: Number(url.port) });
    url.port = String(await proxy.open());
    // A short acquire timeout, so the exhausted-pool case below answers quickly.
    t = await bootTestApp({
      DATABASE_URL: url.toString(),
      DATABASE_ACQUIRE_TIMEOUT_MS: 500,
      SEARCH_INDEX_PREFIX: 'outage_',
    });
  });
  afterAll(async () => {
    await t.close();
    await proxy.cut();
  });

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After while the pool has no free connection', async () => {
    await t.http.get('/api/v1/stats').expect(200);
    // Every connection of the pool (10) held elsewhere: a request waits 500 ms for one, then gives up.
    const held: QueryRunner[] = [];
    try {
      for (let i = 0; i < 10; i++) {
        const runner = t.db.createQueryRunner();
        await runner.connect();
        held.push(runner);
      }
      expectUnavailable(await t.http.get('/api/v1/stats'));
    } finally {
      await Promise.all(held.map((r) => r.release()));
    }
    await t.http.get('/api/v1/stats').expect(200);
  });

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After while PostgreSQL is unreachable, and recovers when it is back', async () => {
    const client = await newClient(t.app);
    await t.http.get('/api/v1/ready').expect(200);
    await proxy.cut();
    // Reads, writes (the session lookup and CSRF check come first) and readiness all say so.
    expectUnavailable(await t.http.get('/api/v1/stats'));
    expectUnavailable(await t.http.get('/api/v1/organizations/no-such-organization'));
    expectUnavailable(
      await client.post('/api/v1/auth/login', { email: 'someone@example.org', password: 'x'.repeat(12) }),
    );
    const ready = await t.http.get('/api/v1/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'unavailable', database: 'down' });

    await proxy.open();
    await t.http.get('/api/v1/stats').expect(200);
    await t.http.get('/api/v1/organizations/no-such-organization').expect(404);
    await t.http.get('/api/v1/ready').expect(200);
  }, 60_000);
});
