import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';

describe('the statistics page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('charts solutions by goal, region, type of cooperation and year, and partners by type, as tables too', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/stats');
    await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
    expect(await page.title()).toBe('Statistics · Galaxy');
    const stats = (await (await page.request.get('/api/v1/stats')).json()) as {
      bySdg: Record<string, number>;
      byModality: Record<string, number>;
    };

    // Each chart is a table: a screen reader reads rows of label and figure.
    const bySdg = page.getByRole('table', { name: 'Solutions by Sustainable Development Goal' });
    await bySdg.waitFor();
    expect(await bySdg.locator('tbody tr').count()).toBe(17);
    const water = bySdg.getByRole('row', { name: /^6\. Clean water and sanitation/ });
    expect(await water.getByRole('cell').innerText()).toBe(String(stats.bySdg['6']));
    // Bars in the goals' colours.
    expect(await water.locator('.bar').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(38, 189, 226)',
    );

    const byRegion = page.getByRole('table', { name: 'Solutions by region' });
    expect(await byRegion.locator('tbody tr').count()).toBe(5);
    const byModality = page.getByRole('table', { name: 'Solutions by type of cooperation' });
    expect(
      await byModality
        .getByRole('row', { name: /^South-South/ })
        .getByRole('cell')
        .innerText(),
    ).toBe(new Intl.NumberFormat('en').format(stats.byModality['south-south']));
    expect(
      await page.getByRole('table', { name: 'Partner organizations by type' }).locator('tbody tr').count(),
    ).toBeGreaterThan(5);

    // The year chart's figures are a click away as a table.
    await page.getByText('Show the figures as a table').click();
    const byYear = page.getByRole('table', { name: 'Solutions by starting year' });
    await byYear.waitFor();
    expect(await byYear.locator('tbody tr').count()).toBeGreaterThan(5);
    await context.close();
  });
});
