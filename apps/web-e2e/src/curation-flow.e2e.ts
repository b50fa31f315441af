import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, PARTNER_EMAIL, linkTo, signIn, waitForMail, openAccountMenu } from './support/accounts';
import { launchBrowser, newPage } from './support/browser';

const CURATOR_EMAIL = 'curator@galaxy.local';

/** The save status says everything typed is on the server. */
async function allSaved(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /All changes saved at/ })
    .waitFor();
}

async function goToStep(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

/** The rubric, scored through its radio groups as a curator would. */
async function scoreRubric(page: Page): Promise<void> {
  const criteria = [
    'Horizontality',
    'Effectiveness',
    'Sustainability',
    'Replicability',
    'Innovation',
    'National ownership',
    'Mutual benefit',
  ];
  for (const criterion of criteria) {
    await page.getByRole('group', { name: criterion, exact: true }).getByRole('radio', { name: '2 good' }).check();
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('curation, the whole flow: a partner writes, a curator reviews, the public finds it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('drafts, submits, gets changes requested, resubmits, is approved and is found by the public search', async () => {
    const title = `Rainwater tanks for rural schools ${Date.now()}`;
    const firstSummary = 'Schools collect rain from their roofs.';
    const fixedSummary =
      'Schools in three countries collect rain from their roofs and share how to keep the water clean.';
    const note = 'Please say in the summary how many countries take part and how the water is kept clean.';

    // ── The partner writes the draft, step by step, in the wizard. ──
    const partner = await newPage(browser);
    await signIn(partner.page, PARTNER_EMAIL, DEMO_PASSWORD);
    let page = partner.page;
    await openAccountMenu(page);
    await page.getByRole('banner').getByRole('link', { name: 'Your solutions' }).click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}\/solutions$/);
    await page.getByRole('heading', { level: 1, name: 'Solutions of Demo Partner Agency' }).waitFor();
    await page.getByRole('button', { name: 'New solution' }).click();
    await page.waitForURL(/\/manage\/solutions\/[0-9a-f-]{36}$/);
    const workspacePath = new URL(page.url()).pathname;
    const solutionId = workspacePath.split('/').pop() as string;
    await page.getByRole('heading', { level: 2, name: /Title and summary/ }).waitFor();

    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Summary', { exact: true }).fill(firstSummary);
    await page.getByRole('button', { name: 'Next: The story' }).click();
    await page.getByRole('heading', { level: 2, name: /The story/ }).waitFor();
    await page
      .getByLabel('The challenge')
      .fill('Children walked an hour to fetch water and missed lessons in the dry season.');
    await page
      .getByLabel('Towards a solution')
      .fill('Parents build tanks with local masons; a school club looks after the filters.');
    await page.getByLabel('Results and impact').fill('Sixty schools have water all year; attendance rose by a fifth.');

    await goToStep(page, /SDGs/);
    const goals = page.getByRole('group', { name: /Sustainable Development Goals/ });
    await goals.getByLabel('Find in this list').fill('water');
    await goals.getByRole('checkbox', { name: /^6\b/ }).check();
    const targets = page.getByRole('group', { name: /SDG targets/ });
    await targets.getByLabel('Find in this list').fill('6.1');
    await targets.getByRole('checkbox', { name: /^6\.1\b/ }).check();

    await goToStep(page, /Countries/);
    await page.getByLabel('Type of cooperation').selectOption('south-south');
    const countries = page.getByRole('group', { name: /Countries taking part/ });
    await countries.getByLabel('Find in this list').fill('Kenya');
    await countries.getByRole('checkbox', { name: 'Kenya' }).check();
    await page.getByLabel('Role of Kenya').selectOption('provider');
    await countries.getByLabel('Find in this list').fill('Ethiopia');
    await countries.getByRole('checkbox', { name: 'Ethiopia' }).check();
    await page.getByLabel('Role of Ethiopia').selectOption('recipient');

    await goToStep(page, /Details/);
    await page.getByLabel('Project status').selectOption('ongoing');
    await page.getByLabel('Start year').fill('2020');
    await allSaved(page);

    // The review step has nothing left to fix: submitted.
    await goToStep(page, /Review and submit/);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Your solution was submitted for review.').waitFor();
    await page.locator('.solution-header').getByText('Waiting for review', { exact: true }).waitFor();

    // The curators are told.
    const toReview = await waitForMail(page, CURATOR_EMAIL, new RegExp(`^To review: ${escape(title)}$`));
    const reviewPath = linkTo(toReview, `/curation/solutions/${solutionId}`);

    // ── The curator opens it from the queue and requests changes with a note. ──
    const curator = await newPage(browser);
    await signIn(curator.page, CURATOR_EMAIL, DEMO_PASSWORD);
    page = curator.page;
    await page.goto('/curation');
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    const row = page.locator('tbody tr', { hasText: title });
    await row.waitFor();
    expect(await row.getByText('New solution').count()).toBe(1);
    await row.getByRole('link', { name: title }).click();
    await page.waitForURL(`**${reviewPath}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.locator('.solution-diff').getByText(firstSummary).waitFor();
    await page.getByRole('radio', { name: /^Request changes/ }).check();
    await page.getByLabel('What should change').fill(note);
    await page.getByRole('button', { name: 'Request changes' }).click();
    await page.getByText('Changes requested: the partner has been told.').waitFor();

    // ── The partner is told by mail, sees the note, fixes the summary and submits again. ──
    page = partner.page;
    const changes = await waitForMail(page, PARTNER_EMAIL, new RegExp(`^Changes requested: ${escape(title)}$`));
    expect(changes.text).toContain(note);
    await page.goto(linkTo(changes, workspacePath));
    const decision = page.getByRole('region', { name: 'A curator asked for changes' });
    await decision.waitFor();
    expect(await decision.locator('blockquote').innerText()).toBe(note);
    await page.getByRole('heading', { level: 2, name: /Title and summary/ }).waitFor();
    expect(await page.getByLabel('Summary', { exact: true }).inputValue()).toBe(firstSummary);
    await page.getByLabel('Summary', { exact: true }).fill(fixedSummary);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await allSaved(page);
    await goToStep(page, /Review and submit/);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Your solution was submitted for review.').waitFor();
    await page.locator('.solution-header').getByText('Waiting for review', { exact: true }).waitFor();

    // ── The curator approves it with the rubric. ──
    page = curator.page;
    await page.goto('/curation');
    const again = page.locator('tbody tr', { hasText: title });
    await again.waitFor();
    await again.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/curation/solutions/${solutionId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.locator('.solution-diff').getByText(fixedSummary).waitFor();
    await page.getByRole('radio', { name: /^Approve and publish/ }).check();
    await scoreRubric(page);
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByText('Approved: the solution is published.').waitFor();
    await curator.context.close();

    page = partner.page;
    await waitForMail(page, PARTNER_EMAIL, new RegExp(`^Published: ${escape(title)}$`));
    await partner.context.close();

    // ── A visitor finds it by its title (indexed asynchronously) and opens its public page. ──
    const visitor = await newPage(browser);
    page = visitor.page;
    const card = page.locator('.results-list .solution-card', {
      has: page.locator('.card-title', { hasText: title }),
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      await page.goto(`/solutions?q=${encodeURIComponent(title)}`);
      // Settled: either results (no longer the previous ones) or the empty state.
      await page.locator('.results-list[aria-busy="false"], .empty-state').first().waitFor();
      if ((await card.count()) > 0) break;
      if (Date.now() > deadline) throw new Error(`"${title}" was not found by the search within 30 s`);
      await page.waitForTimeout(1_000);
    }
    await card.first().getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/solutions\/[a-z0-9-]+$/);
    await page.getByText(fixedSummary).first().waitFor();
    await visitor.context.close();
  }, 180_000);
});
