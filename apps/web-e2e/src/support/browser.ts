import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const baseUrl = (): string => {
  const url = process.env.GALAXY_E2E_URL;
  if (!url) throw new Error('GALAXY_E2E_URL is not set: the global setup did not start the platform');
  return url;
};

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PageOptions {
  /** UI language remembered from an earlier visit (as the language switcher stores it). */
  lang?: string;
  /** A phone-sized window, e.g. { width: 360, height: 740 }. */
  viewport?: { width: number; height: number };
}

export async function newPage(
  browser: Browser,
  { lang, viewport }: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-US', ...(viewport && { viewport }) });
  if (lang) await context.addInitScript((l) => window.localStorage.setItem('galaxy.lang', l), lang);
  const page = await context.newPage();
  return { context, page };
}

/** The path and query of the page's address, e.g. "/solutions?q=water&sdg=6". */
export function pathAndQuery(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/**
 * Runs axe on the page and returns the violations, readable in a failing assertion. In axe's legacy
 * mode: the app has no frames, and the default mode opens a second page for every check only to
 * merge the frames' results (seconds per check on a loaded machine). Rules axe marks experimental
 * (e.g. label-content-name-mismatch, WCAG 2.5.3) run only when named; they are enabled in the same
 * run (a rule enabled by name runs whatever its tags), not in a second pass over the page.
 */
export async function accessibilityViolations(page: Page, experimentalRules: string[] = []): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ rules: Object.fromEntries(experimentalRules.map((id) => [id, { enabled: true }])) })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
