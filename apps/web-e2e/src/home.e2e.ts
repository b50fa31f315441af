import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, pathAndQuery } from './support/browser';
import { eventually } from './support/wait';

describe('the home page: search, goals with counts, newest solutions, world map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows each SDG tile with its live count of solutions, linking to that goal’s solutions', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    const water = page.locator('.sdg-tile', { hasText: 'Clean water and sanitation' });
    await water.locator('.sdg-count').waitFor();
    const stats = (await (await page.request.get('/api/v1/stats')).json()) as { bySdg: Record<string, number> };
    expect(await water.locator('.sdg-count').innerText()).toBe(`${stats.bySdg['6']} solutions`);
    expect(await page.locator('.sdg-tile .sdg-count').count()).toBe(17);
    expect(await water.getByRole('link').getAttribute('href')).toBe('/solutions?sdg=6');
    await water.getByRole('link').click();
    await page.getByRole('checkbox', { name: /6\. Clean water and sanitation/ }).waitFor();
    expect(pathAndQuery(page)).toBe('/solutions?sdg=6');
    expect(await page.getByRole('checkbox', { name: /6\. Clean water and sanitation/ }).isChecked()).toBe(true);
    await context.close();
  });

  it('lists the six newest solutions and sends a search to the solutions page', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    const newest = page.locator('section', { has: page.getByRole('heading', { name: 'Newest solutions' }) });
    await newest.locator('.solution-card').nth(5).waitFor();
    expect(await newest.locator('.solution-card').count()).toBe(6);
    await page.getByLabel('Search the solutions').fill('irrigation');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { level: 1, name: 'Search solutions' }).waitFor();
    expect(pathAndQuery(page)).toBe('/solutions?q=irrigation');
    await page.locator('.results-list .solution-card').first().waitFor();
    expect(await page.locator('.results-list mark').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('draws the world map of solutions by country, with a text alternative linking each country', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    const map = page.getByRole('img', { name: 'World map of the number of solutions by country' });
    await map.waitFor();
    expect(await map.locator('path').count()).toBeGreaterThan(150);
    // Countries are coloured once the country list has arrived too, which may be after the figures.
    await eventually(async () => expect(await map.locator('path.map-country-active').count()).toBeGreaterThan(100));
    // The text alternative: the most active countries, and every country in a table.
    const top = page.getByRole('list', { name: 'Most active countries' });
    expect(await top.getByRole('listitem').count()).toBe(10);
    await page.getByText(/^All \d+ countries, as a table$/).click();
    const table = page.getByRole('table', { name: 'Number of solutions by country' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(100);
    const firstTop = top.getByRole('link').first();
    expect(await firstTop.getAttribute('href')).toMatch(/^\/solutions\?country=[A-Z]{2}$/);
    // Clicking a country on the map opens its solutions.
    await map.locator('path', { has: page.locator('title', { hasText: /^Brazil: / }) }).click();
    await page.locator('.results-list .solution-card').first().waitFor();
    expect(pathAndQuery(page)).toBe('/solutions?country=BR');
    expect(await page.locator('.chip', { hasText: 'Country: Brazil' }).count()).toBe(1);
    await context.close();
  });
});
