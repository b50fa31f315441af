import type { Browser } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage } from './support/browser';

describe('the shell: layout, languages, accessibility', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows the 17 SDGs on the home page, with landmarks and a skip link', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.sdg-tile').nth(16).waitFor();
    expect(await page.locator('.sdg-tile').count()).toBe(17);
    expect(await page.locator('.sdg-tile').nth(5).innerText()).toContain('Clean water and sanitation');
    for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const) {
      expect(await page.getByRole(role).count()).toBeGreaterThan(0);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('switches to Arabic right-to-left, and remembers the choice on the next visit', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByLabel('Language').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await page.locator('.sdg-tile', { hasText: 'المياه النظيفة' }).waitFor();
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.getByRole('heading', { level: 1, name: 'حلول من الجنوب، من أجل الجنوب' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('folds the navigation behind a Menu button on a phone', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const menu = page.getByRole('button', { name: 'Menu' });
    const partners = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Partners' });
    expect(await partners.isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    await partners.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('Language').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Escape folds it and gives the focus back to the button.
    await partners.focus();
    await page.keyboard.press('Escape');
    await partners.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('site-menu');
    // Following a link folds it too.
    await menu.click();
    await partners.click();
    await page.getByRole('heading', { level: 1, name: 'Partner directory' }).waitFor();
    await partners.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('shows a helpful 404 page for an unknown address', async () => {
    const { context, page } = await newPage(browser);
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(200); // the SPA answers, then says the page does not exist
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Solutions from the South, for the South' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });
});
