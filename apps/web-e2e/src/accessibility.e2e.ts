import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, PARTNER_EMAIL, signIn } from './support/accounts';
import { accessibilityViolations, launchBrowser, newPage } from './support/browser';

/** Pages with their content loaded, as a visitor would meet them. */
const PAGES: { path: string; ready: (page: Page) => Promise<unknown> }[] = [
  { path: '/', ready: (page) => page.locator('.world-map path.map-country-active').first().waitFor() },
  {
    path: '/solutions?q=water&sdg=6&region=002',
    ready: (page) => page.locator('.results-list .solution-card').first().waitFor(),
  },
  { path: '/solutions?q=zzqxwv', ready: (page) => page.locator('.empty-state').waitFor() },
  { path: '/partners?type=ngo', ready: (page) => page.locator('.partner-card').first().waitFor() },
  { path: '/stats', ready: (page) => page.locator('.bar-chart').first().waitFor() },
];

async function firstSolutionPath(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/solutions?sort=newest&pageSize=1');
  const body = (await response.json()) as { items: { slug: string }[] };
  return `/solutions/${body.items[0].slug}`;
}

async function firstPartnerPath(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/organizations?sort=solutions&pageSize=1');
  const body = (await response.json()) as { items: { slug: string }[] };
  return `/partners/${body.items[0].slug}`;
}

describe('accessibility: axe finds nothing on the catalog pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it.each(PAGES.map((p) => [p.path, p] as const))('%s', async (_path, { path, ready }) => {
    const { context, page } = await newPage(browser);
    await page.goto(path);
    await ready(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets a keyboard user skip the filters to the results', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/solutions?q=water');
    await page.locator('.results-list .solution-card').first().waitFor();
    await page.getByRole('button', { name: 'Search', exact: true }).focus();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Skip the filters, go to the results' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-count');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sort-select');
    await context.close();
  });

  it('a solution page, with its map', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(await firstSolutionPath(page));
    await page.getByRole('heading', { level: 2, name: 'The challenge' }).waitFor();
    await page.locator('.solution-map .world-map path').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('a partner profile', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(await firstPartnerPath(page));
    await page.locator('.solution-card').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('in Arabic, right to left, on a phone: search and a solution', async () => {
    const { context, page } = await newPage(browser, { lang: 'ar', viewport: { width: 360, height: 740 } });
    await page.goto('/solutions?sdg=6&country=KE');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.getByRole('heading', { level: 1, name: 'البحث في الحلول' }).waitFor();
    await page.locator('.results-list .solution-card').first().waitFor();
    // On a phone the filters fold away behind one button.
    expect(await page.locator('#filters-panel').isVisible()).toBe(false);
    await page.getByRole('button', { name: /^عوامل التصفية \(/ }).click();
    await page.locator('#filters-panel').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // No sideways scrolling at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Done with the filters: they fold away and the results have the focus.
    // "Show the result(s)", in whichever plural form the count takes.
    await page.getByRole('button', { name: /^عرض (النتيجة|النتيجتين|النتائج)/ }).click();
    expect(await page.locator('#filters-panel').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-count');

    await page.locator('.results-list .solution-card .card-title a').first().click();
    await page.getByRole('heading', { level: 2, name: 'التحدي' }).waitFor();
    // The text keeps its own language and direction inside the Arabic page.
    const title = page.getByRole('heading', { level: 1 });
    const lang = await title.getAttribute('lang');
    expect(await title.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await page.evaluate(() => document.title.endsWith(' · Galaxy'))).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});

describe('accessibility: axe finds nothing on the account pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('/signup, empty and with errors shown', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/signup');
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.locator('#signup-email-error').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('/login', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('/account and the organization settings, signed in', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, PARTNER_EMAIL, DEMO_PASSWORD);
    await page.goto('/account');
    await page
      .getByRole('region', { name: 'Your organizations' })
      .getByText('Demo Partner Agency', { exact: true })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page
      .getByRole('region', { name: 'Your organizations' })
      .getByRole('link', { name: /^Settings\b/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Demo Partner Agency' }).waitFor();
    await page.getByRole('region', { name: 'Members' }).getByText(PARTNER_EMAIL).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('/login in Arabic, right to left, on a phone', async () => {
    const { context, page } = await newPage(browser, { lang: 'ar', viewport: { width: 360, height: 740 } });
    await page.goto('/login');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.getByRole('heading', { level: 1, name: 'تسجيل الدخول' }).waitFor();
    expect(await page.title()).toBe('تسجيل الدخول · Galaxy');
    await page.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click();
    await page.locator('#login-email-error').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});

describe('accessibility: axe finds nothing in any of the six languages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  /** The main public pages, each once its content is in. */
  const MAIN_PAGES: { path: string; ready: (page: Page) => Promise<unknown> }[] = [
    { path: '/', ready: (page) => page.locator('.sdg-tile').nth(16).waitFor() },
    { path: '/solutions?q=water', ready: (page) => page.locator('.results-list .solution-card').first().waitFor() },
    { path: '/partners', ready: (page) => page.locator('.partner-card').first().waitFor() },
    { path: '/needs', ready: (page) => page.locator('.results-list li').first().waitFor() },
    { path: '/stats', ready: (page) => page.locator('.bar-chart').first().waitFor() },
    { path: '/signup', ready: (page) => page.locator('#signup-email').waitFor() },
  ];

  // Two halves per language, so that each test stays well under a minute on a loaded machine.
  const cases = ['en', 'fr', 'es', 'ar', 'ru', 'zh'].flatMap((lang) => [
    [lang, 'home, search, partners', MAIN_PAGES.slice(0, 3)] as const,
    [lang, 'needs, statistics, sign-up', MAIN_PAGES.slice(3)] as const,
  ]);

  it.each(cases)('%s: %s', async (lang, _names, pages) => {
    const { context, page } = await newPage(browser, { lang });
    const found: string[] = [];
    for (const { path, ready } of pages) {
      await page.goto(path);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await ready(page);
      // WCAG 2.5.3 too: a control's name contains its visible words, in every language.
      found.push(...(await accessibilityViolations(page, ['label-content-name-mismatch'])).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });
});
