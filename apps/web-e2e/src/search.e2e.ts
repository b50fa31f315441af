import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, pathAndQuery } from './support/browser';
import { eventually } from './support/wait';

/** Waits until the address has these search parameters (in any order) and no others. */
async function waitForQuery(page: Page, expected: Record<string, string>): Promise<void> {
  await page.waitForFunction((want) => {
    const have = Object.fromEntries(new URLSearchParams(window.location.search));
    return JSON.stringify(Object.entries(have).sort()) === JSON.stringify(Object.entries(want).sort());
  }, expected);
}

const resultCount = (page: Page) => page.locator('.results-count').innerText();

/**
 * Types into the search box letter by letter, as someone typing quickly does, with the page's
 * clock stopped until the last letter: on a loaded machine a pause between two keys could
 * otherwise outlast the debounce and search for half a word. (Needs `page.clock.install()` before
 * the page loaded.)
 */
async function typeQuickly(page: Page, text: string, delay: number): Promise<void> {
  await page.clock.pauseAt(Date.now() + 1_000);
  await page.getByLabel('Search by problem, sector, country or keyword').pressSequentially(text, { delay });
  await page.clock.resume();
}

describe('searching solutions', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('searches as you type, filters by SDG, opens a solution, and comes back to the same results', async () => {
    const { context, page } = await newPage(browser);
    await page.clock.install();
    await page.goto('/solutions');
    await page.locator('.results-list .solution-card').first().waitFor();
    const all = await resultCount(page);
    const historyBefore = await page.evaluate(() => window.history.length);

    // Typing: results follow, and the address too, without one history entry per key.
    await typeQuickly(page, 'water', 60);
    await waitForQuery(page, { q: 'water' });
    await page.waitForFunction((before) => document.querySelector('.results-count')?.textContent !== before, all);
    expect(await page.evaluate(() => window.history.length)).toBe(historyBefore);
    expect(await page.locator('.results-list mark').count()).toBeGreaterThan(0);
    const forWater = await resultCount(page);
    expect(forWater).toMatch(/^\d[\d,]* solutions found$/);

    // Filtering by a goal: a checkbox in the facet, with its count.
    const sdg6 = page.getByRole('checkbox', { name: /^6\. Clean water and sanitation ?, \d+$/ });
    await sdg6.click();
    await waitForQuery(page, { q: 'water', sdg: '6' });
    await page.waitForFunction((before) => document.querySelector('.results-count')?.textContent !== before, forWater);
    await page.locator('.results-list[aria-busy="false"]').waitFor();
    const filtered = await resultCount(page);
    await page.getByRole('button', { name: /^Goal 6: Clean water and sanitation/ }).waitFor();
    const cards = page.locator('.results-list .solution-card');
    const shown = await cards.count();
    expect(shown).toBeGreaterThan(0);
    for (let i = 0; i < shown; i++) {
      expect(await cards.nth(i).locator('.sdg-badge', { hasText: 'Goal 6:' }).count()).toBe(1);
    }
    // The download links carry the same filters.
    const csv = await page.getByRole('link', { name: 'CSV (spreadsheet)' }).getAttribute('href');
    expect(csv).toBe('/api/v1/solutions/export?q=water&sdg=6&format=csv');

    // Opening a solution: its page has the title and the narrative sections.
    const title = await cards.first().locator('.card-title').innerText();
    await cards.first().getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/solutions\/[a-z0-9-]+$/);
    for (const section of ['Summary', 'The challenge', 'Towards a solution', 'Results and impact']) {
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    }
    expect(await page.title()).toBe(`${title} · Galaxy`);

    // Back: the same filtered results.
    await page.goBack();
    await waitForQuery(page, { q: 'water', sdg: '6' });
    await page.locator('.results-list .solution-card').first().waitFor();
    expect(await resultCount(page)).toBe(filtered);
    expect(await page.getByRole('checkbox', { name: /^6\. Clean water and sanitation/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Search by problem, sector, country or keyword').inputValue()).toBe('water');

    // Back once more undoes the filter (facet clicks are history entries; typing was not).
    await page.goBack();
    await waitForQuery(page, { q: 'water' });
    await page.waitForFunction((want) => document.querySelector('.results-count')?.textContent === want, forWater);
    await context.close();
  });

  it('explains an empty result and offers to remove the filters', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/solutions?q=zzqxwv&sdg=14&status=ongoing');
    await page.getByRole('heading', { name: 'No solution matches this search' }).waitFor();
    expect(await page.locator('.results-count').innerText()).toBe('No solutions found');
    await page.getByText(/Remove a filter or two/).waitFor();
    await page.locator('.empty-state').getByRole('button', { name: 'Clear all filters' }).click();
    await waitForQuery(page, { q: 'zzqxwv' });
    // The address changes first; the page is drawn for it in a router transition.
    await eventually(async () => expect(await page.locator('.chip').count()).toBe(0));
    await context.close();
  });

  it('removes a filter with its chip and keeps sort and page in the address', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/solutions?region=002&modality=triangular&sort=newest&page=2');
    await page.locator('.results-list .solution-card').first().waitFor();
    expect(await page.getByLabel('Sort by').inputValue()).toBe('newest');
    expect(await page.locator('.pagination [aria-current="page"]').innerText()).toBe('2');
    await page.getByRole('button', { name: /Type of cooperation: Triangular/ }).click();
    await waitForQuery(page, { region: '002', sort: 'newest' });
    await page.getByLabel('Sort by').selectOption('title');
    await waitForQuery(page, { region: '002', sort: 'title' });
    // "Next" links to the address the page was last drawn for: wait until that is the new one.
    await eventually(async () => expect(await page.getByLabel('Sort by').inputValue()).toBe('title'));
    await page.getByRole('navigation', { name: 'Pages of results' }).getByRole('link', { name: 'Next' }).click();
    await waitForQuery(page, { region: '002', sort: 'title', page: '2' });
    expect(pathAndQuery(page)).toContain('/solutions?');
    await context.close();
  });

  it('waits for a pause in typing before it searches', async () => {
    const { context, page } = await newPage(browser);
    await page.clock.install();
    await page.goto('/solutions');
    await page.locator('.results-list .solution-card').first().waitFor();
    const searched: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/v1/solutions' && url.searchParams.has('q'))
        searched.push(url.searchParams.get('q') ?? '');
    });
    await typeQuickly(page, 'drinking', 40);
    await waitForQuery(page, { q: 'drinking' });
    await page.locator('.results-list mark').first().waitFor();
    // One search for the word (plus one per filtered facet, none here), not one per letter.
    expect([...new Set(searched)]).toEqual(['drinking']);
    await context.close();
  });

  it('says so when search runs in its reduced mode', async () => {
    const { context, page } = await newPage(browser);
    // The API answers `degraded: true` when Meilisearch is down; here the answer is altered on its way.
    await page.route('**/api/v1/solutions?*', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...body, degraded: true } });
    });
    await page.goto('/solutions?q=school');
    await page.getByText('Search is running in a reduced mode.').waitFor();
    await page.locator('.results-list .solution-card').first().waitFor();
    await context.close();
  });

  it('shows the 404 page for a solution that does not exist', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/solutions/no-such-solution');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    // The title is set once the page has drawn.
    await eventually(async () => expect(await page.title()).toBe('Page not found · Galaxy'));
    await context.close();
  });
});
