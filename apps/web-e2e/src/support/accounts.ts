import type { DevMail } from '@galaxy/contracts';
import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

export const DEMO_PASSWORD = 'galaxy-demo-password';
export const PARTNER_EMAIL = 'partner@galaxy.local';

/** A fresh address for each run: the platform is shared by every test of the run. */
export function uniqueEmail(who: string): string {
  return `${who}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
}

/** Waits for a mail to this address in the development mailbox (newest first). */
export async function waitForMail(page: Page, to: string, subject: RegExp, timeoutMs = 15_000): Promise<DevMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await page.request.get(`${baseUrl()}/api/v1/dev/mail?to=${encodeURIComponent(to)}`);
    expect(response.ok()).toBe(true);
    const mails = (await response.json()) as DevMail[];
    const mail = mails.find((m) => subject.test(m.subject));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail "${subject}" for ${to}; got: ${mails.map((m) => m.subject)}`);
    await page.waitForTimeout(250);
  }
}

/** The path and query of the mail's link to this page of the app (its host may differ from the test's). */
export function linkTo(mail: DevMail, pathname: string): string {
  const link = mail.links.map((l) => new URL(l)).find((url) => url.pathname === pathname);
  if (!link) throw new Error(`no link to ${pathname} in: ${mail.links.join(', ')}`);
  return link.pathname + link.search;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Opens the signed-in member's menu in the header (their work links and Sign out fold behind their name). */
export async function openAccountMenu(page: Page): Promise<void> {
  const button = page.getByRole('banner').locator('.account-button');
  await button.waitFor();
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.locator('#account-links').waitFor();
}
