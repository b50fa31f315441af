import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, pathAndQuery } from './support/browser';
import { eventually } from './support/wait';

describe('the partner directory and profiles', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('filters partners by type, opens a profile with its solutions, and links back to the solutions', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/partners');
    await page.getByRole('heading', { level: 1, name: 'Partner directory' }).waitFor();
    await page.locator('.partner-card').first().waitFor();
    const everyone = await page.locator('.results-count').innerText();

    await page.getByRole('checkbox', { name: /^Government ?, \d+$/ }).click();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('type') === 'government');
    await page.waitForFunction((before) => document.querySelector('.results-count')?.textContent !== before, everyone);
    const cards = page.locator('.partner-card');
    for (let i = 0; i < (await cards.count()); i++) {
      expect(await cards.nth(i).locator('.card-meta-line').first().innerText()).toMatch(/^Government/);
    }

    // Sorting by the number of solutions puts a partner with solutions first.
    await page.getByLabel('Sort by').selectOption('solutions');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('sort') === 'solutions');
    // The address changes first and the page is drawn for it in a router transition: until then the
    // list is the previous one, settled. Once the sort shows, the list is the one being read again.
    await eventually(async () => expect(await page.getByLabel('Sort by').inputValue()).toBe('solutions'));
    await page.locator('.results-list[aria-busy="false"]').waitFor();
    const first = cards.first();
    const name = (await first.locator('.card-title a').innerText()).trim();
    await first.locator('.card-title a').click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(pathAndQuery(page)).toMatch(/^\/partners\/[a-z0-9-]+$/);
    await eventually(async () => expect(await page.title()).toBe(`${name} · Galaxy`));
    const facts = page.getByRole('complementary', { name: 'Facts about this partner' });
    expect(await facts.innerText()).toContain('Government');
    await page.getByRole('heading', { level: 2, name: 'About' }).waitFor();
    const solutions = page.locator('.solution-card');
    await solutions.first().waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /^Its( \d+)? solutions?$/ }).count()).toBe(1);

    // A solution of this partner lists the partner among its organizations.
    await solutions.first().locator('.card-title a').click();
    await page.getByRole('heading', { level: 2, name: 'Organizations' }).waitFor();
    expect(await page.getByRole('link', { name }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('shows the 404 page for an unknown partner', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/partners/no-such-partner');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await context.close();
  });
});
