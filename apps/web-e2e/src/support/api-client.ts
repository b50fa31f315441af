import type { Browser, BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD } from './accounts';
import { baseUrl } from './browser';

export type Call = <T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) => Promise<T>;

/** An API client as a person would be in the app: session cookie plus the CSRF header. */
export async function apiClient(browser: Browser): Promise<{ context: BrowserContext; call: Call }> {
  const context = await browser.newContext({ baseURL: baseUrl() });
  const csrf = async () => (await context.cookies()).find((c) => c.name === 'galaxy_csrf')?.value ?? '';
  const call: Call = async <T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown): Promise<T> => {
    const response = await context.request.fetch(`/api/v1${path}`, {
      method,
      headers: method === 'GET' ? {} : { 'X-CSRF-Token': await csrf() },
      ...(data === undefined ? {} : { data }),
    });
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    return (response.status() === 204 ? undefined : await response.json()) as T;
  };
  await call('GET', '/auth/csrf');
  return { context, call };
}

/** The same client, signed in. */
export async function signedInClient(browser: Browser, email: string, password = DEMO_PASSWORD) {
  const client = await apiClient(browser);
  await client.call('POST', '/auth/login', { email, password });
  return client;
}
