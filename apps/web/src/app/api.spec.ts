import type { ErrorCode } from '@galaxy/contracts';
import { z } from 'zod';
import { apiGet, apiSend, ApiError } from './api';

/** The API as the browser sees it: each call answered in turn; what was asked is kept. */
function answer(...responses: ((request: { url: string; init?: RequestInit }) => Response)[]) {
  const calls: { url: string; method: string; token: string | null; body?: string }[] = [];
  const fetch = jest.fn(async (url: string, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    calls.push({
      url,
      method: init?.method ?? 'GET',
      token: headers.get('X-CSRF-Token'),
      body: init?.body as string | undefined,
    });
    const next = responses.shift();
    if (!next) throw new Error(`unexpected request ${url}`);
    return next({ url, init });
  });
  Object.assign(globalThis, { fetch });
  return calls;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const problem = (status: number, code: ErrorCode, headers: Record<string, string> = {}) =>
  json(status, { type: 'about:blank', title: code, status, detail: 'in English', code }, headers);

/** The CSRF endpoint: its answer sets the cookie the header must match. */
const csrf = (token: string) => () => {
  document.cookie = `galaxy_csrf=${token}; path=/`;
  return json(200, { token });
};

const Saved = z.object({ id: z.string() });

beforeEach(() => {
  document.cookie = 'galaxy_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('talking to the API', () => {
  it('reads a JSON answer against its contract', async () => {
    answer(() => json(200, { id: 'a1', extra: true }));
    await expect(apiGet('/things/a1', Saved)).resolves.toEqual({ id: 'a1' });
  });

  it('refuses an answer that does not match the contract rather than showing half of it', async () => {
    answer(() => json(200, { name: 'no id' }));
    await expect(apiGet('/things/a1', Saved)).rejects.toBeInstanceOf(z.ZodError);
  });

  it('turns a refusal into an error carrying its stable code', async () => {
    answer(() => problem(404, 'NOT_FOUND'));
    const error = await apiGet('/things/none', Saved).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('keeps the status when the answer is no problem document (a proxy error page)', async () => {
    answer(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await apiGet('/things', Saved).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: undefined });
  });

  it.each([
    ['120', '120', 120],
    ['0.2', '0.2', 1],
    ['an HTTP date 90 s ahead', new Date(Date.now() + 90_000).toUTCString(), 90],
    ['soon', 'soon', undefined],
  ])('reads Retry-After: %s as %p seconds to wait', async (_label, header, seconds) => {
    answer(() => problem(429, 'RATE_LIMITED', { 'Retry-After': header }));
    const error = (await apiGet('/things', Saved).catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('RATE_LIMITED');
    if (seconds === undefined) expect(error.retryAfter).toBeUndefined();
    else expect(Math.abs((error.retryAfter ?? -99) - seconds)).toBeLessThanOrEqual(1);
  });

  describe('sending a change', () => {
    it('asks for a CSRF token first when there is no cookie, and sends it in the header', async () => {
      const calls = answer(csrf('t1'), () => json(201, { id: 'n1' }));
      await expect(apiSend('POST', '/needs', { title: 'Floods' }, Saved)).resolves.toEqual({ id: 'n1' });
      expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /api/v1/auth/csrf', 'POST /api/v1/needs']);
      expect(calls[1].token).toBe('t1');
      expect(calls[1].body).toBe(JSON.stringify({ title: 'Floods' }));
    });

    it('uses the cookie it has without asking again', async () => {
      document.cookie = 'galaxy_csrf=t0; path=/';
      const calls = answer(() => new Response(null, { status: 204 }));
      await expect(apiSend('DELETE', '/needs/n1')).resolves.toBeUndefined();
      expect(calls).toEqual([{ url: '/api/v1/needs/n1', method: 'DELETE', token: 't0', body: undefined }]);
    });

    it('still goes through when the token expired: one new token, one more try', async () => {
      document.cookie = 'galaxy_csrf=old; path=/';
      const calls = answer(
        () => problem(403, 'CSRF_FAILED'),
        csrf('fresh'),
        () => json(200, { id: 'n1' }),
      );
      await expect(apiSend('PATCH', '/needs/n1', { version: 2 }, Saved)).resolves.toEqual({ id: 'n1' });
      expect(calls.map((c) => [c.method, c.token])).toEqual([
        ['PATCH', 'old'],
        ['GET', null],
        ['PATCH', 'fresh'],
      ]);
    });

    it('gives up after that one retry and reports the refusal', async () => {
      document.cookie = 'galaxy_csrf=old; path=/';
      answer(
        () => problem(403, 'CSRF_FAILED'),
        csrf('fresh'),
        () => problem(403, 'CSRF_FAILED'),
      );
      await expect(apiSend('POST', '/needs', {})).rejects.toMatchObject({ code: 'CSRF_FAILED' });
    });

    it('does not retry any other refusal', async () => {
      document.cookie = 'galaxy_csrf=t0; path=/';
      const calls = answer(() => problem(409, 'STALE_VERSION'));
      await expect(apiSend('PATCH', '/needs/n1', { version: 1 })).rejects.toMatchObject({ code: 'STALE_VERSION' });
      expect(calls).toHaveLength(1);
    });

    it('asks once for a token when several changes start together', async () => {
      const calls = answer(
        csrf('t1'),
        () => json(200, { id: 'a' }),
        () => json(200, { id: 'b' }),
      );
      await Promise.all([apiSend('POST', '/a', {}, Saved), apiSend('POST', '/b', {}, Saved)]);
      expect(calls.filter((c) => c.url.endsWith('/auth/csrf'))).toHaveLength(1);
      expect(calls.filter((c) => c.method === 'POST').map((c) => c.token)).toEqual(['t1', 't1']);
    });
  });
});
