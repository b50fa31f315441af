import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, PARTNER_EMAIL, signIn } from './support/accounts';
import { accessibilityViolations, launchBrowser, newPage } from './support/browser';
import { eventually } from './support/wait';

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id);

/** A need written through the API as the signed-in page (with its CSRF token), for the visibility checks. */
async function createNeedThroughApi(page: Page, need: Record<string, unknown>): Promise<string> {
  return page.evaluate(async (body) => {
    await fetch('/api/v1/auth/csrf');
    const cookie = document.cookie
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([name]) => name === 'galaxy_csrf');
    const token = cookie ? decodeURIComponent(cookie.slice(1).join('=')) : '';
    const me = (await (await fetch('/api/v1/auth/me')).json()) as { memberships: { organizationId: string }[] };
    const response = await fetch('/api/v1/needs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token },
      body: JSON.stringify({ organizationId: me.memberships[0].organizationId, ...body }),
    });
    if (response.status !== 201) throw new Error(`need not created: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  }, need);
}

/** Search results come from the index, which catches up shortly after a write: ask again until they do. */
async function waitForListed(page: Page, q: string, titles: string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.goto(`/needs?q=${encodeURIComponent(q)}`);
    await page.locator('.results-count:not(:empty)').waitFor();
    const shown = await page.locator('.results-list .card-title').allInnerTexts();
    if (titles.every((title) => shown.includes(title))) return;
    if (Date.now() > deadline) throw new Error(`not listed: ${titles.join(' | ')}; shown: ${shown.join(' | ')}`);
    await page.waitForTimeout(1000);
  }
}

describe('needs and offers: the partner files a need, a visitor sees only what is public', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('files a need through the wizard with a suggested target, lists it, and shows its suggestions', async () => {
    const stamp = `e2e${Date.now()}`;
    const title = `Reduce water losses in city networks ${stamp}`;
    const { context, page } = await newPage(browser);
    await signIn(page, PARTNER_EMAIL, DEMO_PASSWORD);

    // From the main navigation to the wizard.
    await page.getByRole('banner').getByRole('link', { name: 'Needs', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Needs: requests for support' }).waitFor();
    await page.getByRole('link', { name: 'Request support' }).click();
    await page.waitForURL(/\/needs\/new$/);
    await page.getByRole('heading', { level: 2, name: /The problem/ }).waitFor();
    expect(await page.getByLabel('Organization').inputValue()).not.toBe('');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Moving on with nothing typed: the errors say what to fix, the focus goes to the first one.
    await page.getByRole('button', { name: 'Next: SDG targets' }).click();
    await page.locator('#need-title-error').waitFor();
    // The focus moves once React has drawn the errors (a timer).
    await eventually(async () => expect(await activeId(page)).toBe('need-title'));
    expect(await page.locator('#need-summary').innerText()).toContain('Title: Fill this in.');

    await page.getByLabel('Title', { exact: true }).fill(title);
    await page
      .getByLabel('The problem', { exact: true })
      .fill(
        'Nearly half of the drinking water treated in the capital is lost through leaking pipes before it reaches ' +
          'households. The water utility lacks leak detection equipment and trained staff, so water scarcity grows.',
      );
    await page
      .getByLabel('The outcome you want', { exact: true })
      .fill('Water losses halved within three years, with utility staff able to find and repair leaks themselves.');
    await page.getByRole('button', { name: 'Next: SDG targets' }).click();

    // SDG targets suggested from the text, added with one click.
    await page.getByRole('heading', { level: 2, name: /SDG targets/ }).waitFor();
    await eventually(async () => expect(await activeId(page)).toBe('need-step-heading'));
    await page
      .getByRole('status')
      .filter({ hasText: /targets? suggested/ })
      .waitFor();
    const add = page.getByRole('button', { name: /^Add target \d+\.\w+$/ }).first();
    const target = ((await add.textContent()) ?? '').replace('Add target ', '').trim();
    await add.click();
    await page.getByRole('button', { name: `Remove target ${target}` }).waitFor();
    expect(await page.getByRole('checkbox', { name: new RegExp(`^${target.replace('.', '\\.')} `) }).isChecked()).toBe(
      true,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next: Countries and support' }).click();

    // Where, what kind of support, in which language.
    await page.getByRole('heading', { level: 2, name: /Countries and support/ }).waitFor();
    await page.getByLabel('Find in this list').fill('Keny');
    await page.getByRole('checkbox', { name: 'Kenya', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Training', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Technology transfer', exact: true }).check();
    expect(await page.getByRole('checkbox', { name: 'English', exact: true }).isChecked()).toBe(true);
    await page.getByLabel('From (month)').fill('2026-09');
    await page.getByRole('button', { name: 'Next: Co-contribution' }).click();

    await page.getByRole('heading', { level: 2, name: /Co-contribution/ }).waitFor();
    await page.getByLabel('Cash', { exact: false }).fill('USD 50,000 from the national budget');
    await page.getByRole('button', { name: 'Next: Visibility' }).click();
    await page.getByRole('heading', { level: 2, name: /Visibility/ }).waitFor();
    expect(await page.getByRole('radio', { name: 'Public' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Next: Review and publish' }).click();

    // The review shows what will be published; publishing leads to the need's page.
    await page.getByRole('heading', { level: 2, name: /Review and publish/ }).waitFor();
    const review = await page.locator('.need-review').innerText();
    expect(review).toContain(title);
    expect(review).toContain('Kenya');
    expect(review).toContain(target);
    await page.getByRole('button', { name: 'Publish the request' }).click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    const needPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Your request for support is published.').waitFor();
    // Its own organization sees the co-contribution.
    await page.getByText('USD 50,000 from the national budget').waitFor();

    // Suggested partners, each with a score and reasons in words.
    const suggestions = page.getByRole('region', { name: 'Suggested partners' });
    await suggestions.locator('.suggestion').first().waitFor();
    const first = await suggestions.locator('.suggestion').first().innerText();
    expect(first).toMatch(/Score \d+\/100/);
    expect(first).toMatch(/\+[\d.]+ points/);
    expect(first).toMatch(
      /Works on the same|Works in the same|Shares a working language|Offers the support|published solution|Verified|matches the request/,
    );

    // A staff-only need of the same organization, for the visitor's side.
    const hiddenTitle = `Confidential budget support ${stamp}`;
    const hiddenId = await createNeedThroughApi(page, {
      title: hiddenTitle,
      problemStatement: 'A confidential request that only staff and the organization may see.',
      desiredOutcome: 'A partner found discreetly.',
      sdgs: [17],
      countries: ['KE'],
      modalities: ['policy_advice'],
      languages: ['en'],
      visibility: 'staff',
      coContribution: { cash: 'Secret amount' },
    });

    // The organization finds both in the list.
    await waitForListed(page, stamp, [title, hiddenTitle]);
    await context.close();

    // A visitor: the public need without its private fields, not the staff-only one.
    const visitor = await newPage(browser);
    await visitor.page.goto(needPath);
    await visitor.page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await visitor.page.getByText('USD 50,000').count()).toBe(0);
    expect(await visitor.page.getByRole('heading', { name: 'Co-contribution and endorsement' }).count()).toBe(0);
    expect(await visitor.page.getByRole('heading', { name: 'Suggested partners' }).count()).toBe(0);
    await visitor.page.goto(`/needs/${hiddenId}`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await visitor.page.goto(`/needs?q=${stamp}`);
    await visitor.page.locator('.results-list .card-title', { hasText: title }).waitFor();
    expect(await visitor.page.locator('.results-list .card-title').allInnerTexts()).toEqual([title]);

    // The list, browsed and filtered, passes axe.
    await visitor.page.goto('/needs');
    await visitor.page.locator('.results-count:not(:empty)').waitFor();
    expect(await accessibilityViolations(visitor.page)).toEqual([]);
    // Two goals: needs on either are listed, each choice a chip of its own.
    const total = async () => Number((await visitor.page.locator('.results-count').innerText()).replace(/\D/g, ''));
    await visitor.page.getByRole('checkbox', { name: /^6\. Clean water and sanitation ?, \d+$/ }).click();
    await visitor.page.waitForURL(/[?&]sdg=6/);
    await visitor.page.getByRole('button', { name: /SDG: 6\. Clean water/ }).waitFor();
    // The count read once the list for SDG 6 is in (until then the previous list shows, marked busy).
    await visitor.page.locator('.results-list[aria-busy="false"]').waitFor();
    const water = await total();
    await visitor.page.getByRole('checkbox', { name: /^7\. Affordable and clean energy ?, \d+$/ }).click();
    await visitor.page.waitForURL(/sdg=6&sdg=7/);
    await visitor.page.getByRole('button', { name: /SDG: 7\. Affordable/ }).waitFor();
    await visitor.page.waitForFunction(
      (before) => Number(document.querySelector('.results-count')?.textContent?.replace(/\D/g, '')) > before,
      water,
    );
    expect(await visitor.page.getByRole('button', { name: /SDG: 6\. Clean water/ }).count()).toBe(1);
    expect(await accessibilityViolations(visitor.page)).toEqual([]);
    await visitor.context.close();
  });

  it('publishes an offer with the form, then closes it', async () => {
    const title = `Leak detection training for water utilities ${Date.now()}`;
    const { context, page } = await newPage(browser);
    await signIn(page, PARTNER_EMAIL, DEMO_PASSWORD);
    await page.goto('/offers');
    await page.getByRole('link', { name: 'Offer support' }).click();
    await page.getByRole('heading', { level: 1, name: 'Offer support' }).waitFor();

    // Sent incomplete: the errors are listed and what was typed stays.
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByRole('button', { name: 'Publish the offer' }).click();
    await page.locator('#offer-description-error').waitFor();
    await eventually(async () => expect(await activeId(page)).toBe('offer-description'));
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(title);

    await page
      .getByLabel('What you offer', { exact: true })
      .fill(
        'Two-week courses for utility engineers on finding and repairing leaks, with the equipment to practise on.',
      );
    await page.getByRole('checkbox', { name: 'Training', exact: true }).check();
    await page.getByRole('checkbox', { name: /^6 Clean water and sanitation$/ }).check();
    await page.getByRole('checkbox', { name: 'Least developed countries (LDC)' }).check();
    await page.getByLabel('Cost', { exact: true }).selectOption('cost_shared');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Publish the offer' }).click();

    await page.waitForURL(/\/offers\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Your offer is published.').waitFor();
    expect(await page.locator('.solution-aside').innerText()).toContain('Least developed countries (LDC)');

    await page.getByRole('button', { name: 'Close the offer' }).click();
    await page.getByText('Closed: it is no longer listed as open.').waitFor();
    await page.getByRole('button', { name: 'Reopen the offer' }).waitFor();
    await context.close();
  });
});
