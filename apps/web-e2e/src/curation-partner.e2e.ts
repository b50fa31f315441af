import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, PARTNER_EMAIL, signIn, openAccountMenu } from './support/accounts';
import { accessibilityViolations, launchBrowser, newPage } from './support/browser';
import { eventually } from './support/wait';

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

/** A new draft of the partner's organization, made through the API as the signed-in page. */
async function createDraft(page: Page): Promise<string> {
  const created = await page.evaluate(async () => {
    const answer = (await (await fetch('/api/v1/auth/csrf')).json()) as { token: string };
    const cookie = document.cookie
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([name]) => name === 'galaxy_csrf');
    const token = cookie ? decodeURIComponent(cookie.slice(1).join('=')) : answer.token;
    const me = (await (await fetch('/api/v1/auth/me')).json()) as { memberships: { organizationId: string }[] };
    const response = await fetch('/api/v1/solutions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token },
      body: JSON.stringify({ organizationId: me.memberships[0].organizationId, language: 'en' }),
    });
    return (await response.json()) as { solutionId: string };
  });
  return created.solutionId;
}

describe('curation, partner side: write a solution, save as you go, submit it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('creates a draft, keeps it across visits and errors, and submits it for review', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, PARTNER_EMAIL, DEMO_PASSWORD);

    // The header leads a member to their organization's solutions.
    await openAccountMenu(page);
    await page.getByRole('banner').getByRole('link', { name: 'Your solutions' }).click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}\/solutions$/);
    await page.getByRole('heading', { level: 1, name: 'Solutions of Demo Partner Agency' }).waitFor();
    await page.getByRole('button', { name: 'New solution' }).click();
    await page.waitForURL(/\/manage\/solutions\/[0-9a-f-]{36}$/);
    const workspacePath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 2, name: /Title and summary/ }).waitFor();
    expect(await page.getByLabel('Language of the text').inputValue()).toBe('en');

    // Step 1, then step 2: moving on saves what was typed.
    const title = `Solar pumps for smallholder irrigation ${Date.now()}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page
      .getByLabel('Summary', { exact: true })
      .fill('Farmers in two countries share solar pumps and the know-how to run them.');
    await page.getByRole('button', { name: 'Next: The story' }).click();
    await page.getByRole('heading', { level: 2, name: /The story/ }).waitFor();
    // Focus moves to the new step's heading (an effect, once the step is drawn).
    await eventually(async () =>
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('wizard-step-heading'),
    );
    const challenge = 'Diesel pumps cost too much for small farms, and the dry season lasts longer every year.';
    await page.getByLabel('The challenge').fill(challenge);
    await page.getByLabel('Towards a solution').fill('A cooperative leases solar pumps; technicians train each other.');
    await page.getByLabel('Results and impact').fill('Yields doubled on 400 farms; pumping costs fell by two thirds.');
    await allSaved(page);

    // Leave and come back: nothing is lost.
    await page.goto('/');
    await page.goto(workspacePath);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await goToStep(page, /The story/);
    expect(await page.getByLabel('The challenge').inputValue()).toBe(challenge);

    // A wrong email address: the error shows next to the field, and what was typed stays.
    await goToStep(page, /Contacts and links/);
    await page.getByRole('button', { name: 'Add a contact' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('solution-contacts-0-name');
    await page.getByLabel('Name', { exact: true }).fill('Wanjiru Kamau');
    await page.getByLabel('Email address').fill('wanjiru at example');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const emailError = page.locator('#solution-contacts-0-email-error');
    await emailError.waitFor();
    expect(await emailError.innerText()).toContain('Enter an email address');
    expect(await page.getByLabel('Email address').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Email address').inputValue()).toBe('wanjiru at example');
    expect(await page.locator('#solution-errors').innerText()).toContain('Contact 1: Email address');
    await page
      .getByRole('status')
      .filter({ hasText: /fix the fields marked in red/ })
      .waitFor();

    // What could not be saved is kept on this device and comes back, with a notice.
    await page.goto('/');
    await page.goto(`${workspacePath}?step=contacts`);
    await page.getByText(/had not been saved: they are back in the form/).waitFor();
    expect(await page.getByLabel('Email address').inputValue()).toBe('wanjiru at example');
    await page.getByLabel('Email address').fill('wanjiru@example.org');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await allSaved(page);
    expect(await page.locator('#solution-contacts-0-email-error').count()).toBe(0);

    // The review lists what is still missing, by step, before anything is sent.
    await goToStep(page, /Review and submit/);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    const review = page.locator('.review-list');
    await review.getByRole('link', { name: /Sustainable Development Goals: Choose at least one/ }).waitFor();
    expect(await review.innerText()).toContain('Sustainable Development Goals: Choose at least one.');
    expect(await accessibilityViolations(page)).toEqual([]);

    // SDGs: found by words, in the UI language.
    await review.getByRole('link', { name: /Sustainable Development Goals: Choose at least one/ }).click();
    await page.getByRole('heading', { level: 2, name: /SDGs/ }).waitFor();
    const goals = page.getByRole('group', { name: /Sustainable Development Goals/ });
    await goals.getByLabel('Find in this list').fill('water');
    await goals.getByRole('checkbox', { name: /^6\b/ }).check();
    expect(await goals.getByRole('checkbox', { name: /^1\b/ }).count()).toBe(0);
    const targets = page.getByRole('group', { name: /SDG targets/ });
    await targets.getByLabel('Find in this list').fill('6.4');
    await targets.getByRole('checkbox', { name: /^6\.4\b/ }).check();

    // Countries, with their roles.
    await goToStep(page, /Countries/);
    await page.getByLabel('Type of cooperation').selectOption('south-south');
    const countries = page.getByRole('group', { name: /Countries taking part/ });
    await countries.getByLabel('Find in this list').fill('Kenya');
    await countries.getByRole('checkbox', { name: 'Kenya' }).check();
    await page.getByLabel('Role of Kenya').selectOption('recipient');
    await countries.getByLabel('Find in this list').fill('Brazil');
    await countries.getByRole('checkbox', { name: 'Brazil' }).check();
    await page.getByLabel('Role of Brazil').selectOption('provider');
    expect(await accessibilityViolations(page)).toEqual([]);

    await goToStep(page, /Details/);
    await page.getByLabel('Project status').selectOption('ongoing');
    await page.getByLabel('Start year').fill('2019');
    await allSaved(page);

    // Complete: submitted for review, and the page says so.
    await goToStep(page, /Review and submit/);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Your solution was submitted for review.').waitFor();
    await page.locator('.solution-header').getByText('Waiting for review', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Submit for review' }).count()).toBe(0);
    await page.getByRole('region', { name: 'History' }).getByText('Revision 1', { exact: true }).waitFor();

    // The list shows it with its status.
    await page.goto('/account');
    await page
      .getByRole('region', { name: 'Your organizations' })
      .getByRole('link', { name: /^Solutions\b/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Solutions of Demo Partner Agency' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.getByText('Waiting for review').waitFor();
    await context.close();
  });

  it('shows both sides when someone else saved meanwhile, and keeps what each changed', async () => {
    const first = await newPage(browser);
    await signIn(first.page, PARTNER_EMAIL, DEMO_PASSWORD);
    const id = await createDraft(first.page);
    const second = await newPage(browser);
    await signIn(second.page, PARTNER_EMAIL, DEMO_PASSWORD);
    await first.page.goto(`/manage/solutions/${id}`);
    await second.page.goto(`/manage/solutions/${id}`);
    await second.page.locator('#wizard-step-heading').waitFor();

    // The first saves a title and a summary.
    await first.page.getByLabel('Title', { exact: true }).fill('Title from the first tab');
    await first.page.getByLabel('Summary', { exact: true }).fill('Summary from the first tab.');
    await first.page.getByRole('button', { name: 'Save', exact: true }).click();
    await allSaved(first.page);

    // The second, still on the old version, changes the title: both sides are shown.
    await second.page.getByLabel('Title', { exact: true }).fill('Title from the second tab');
    await second.page.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = second.page.getByRole('region', { name: 'Someone else changed this solution meanwhile' });
    await conflict.waitFor();
    const titleChoice = conflict.getByRole('group', { name: 'Title' });
    expect(await titleChoice.innerText()).toContain('Title from the first tab');
    expect(await titleChoice.getByRole('radio', { name: /Keep mine/ }).isChecked()).toBe(true);
    // A field only the other tab changed takes theirs by default.
    const summaryChoice = conflict.getByRole('group', { name: 'Summary' });
    expect(await summaryChoice.getByRole('radio', { name: /Take the saved version/ }).isChecked()).toBe(true);
    expect(await accessibilityViolations(second.page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Save with these choices' }).click();
    await allSaved(second.page);

    await second.page.reload();
    await second.page.locator('#wizard-step-heading').waitFor();
    expect(await second.page.getByLabel('Title', { exact: true }).inputValue()).toBe('Title from the second tab');
    expect(await second.page.getByLabel('Summary', { exact: true }).inputValue()).toBe('Summary from the first tab.');
    await first.context.close();
    await second.context.close();
  });

  it('axe finds nothing on the wizard, in English and in Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const { context, page } = await newPage(browser);
      await signIn(page, PARTNER_EMAIL, DEMO_PASSWORD);
      const created = await page.evaluate(async (uiLang) => {
        window.localStorage.setItem('galaxy.lang', uiLang);
        const answer = (await (await fetch('/api/v1/auth/csrf')).json()) as { token: string };
        const cookie = document.cookie
          .split(';')
          .map((part) => part.trim().split('='))
          .find(([name]) => name === 'galaxy_csrf');
        const csrf = { token: cookie ? decodeURIComponent(cookie.slice(1).join('=')) : answer.token };
        const me = (await (await fetch('/api/v1/auth/me')).json()) as { memberships: { organizationId: string }[] };
        const response = await fetch('/api/v1/solutions', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf.token },
          body: JSON.stringify({ organizationId: me.memberships[0].organizationId }),
        });
        return (await response.json()) as { solutionId: string };
      }, lang);
      await page.goto(`/manage/solutions/${created.solutionId}`);
      await page.locator('#wizard-step-heading').waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.goto(`/manage/solutions/${created.solutionId}?step=buildingBlocks`);
      await page.locator('#wizard-step-heading').waitFor();
      await page.locator('#solution-buildingBlocks-add').click();
      await page.locator('#solution-buildingBlocks-add').click();
      expect(await accessibilityViolations(page)).toEqual([]);
      // Funding partners: a table-like row of labelled inputs inside the organizations step.
      await page.goto(`/manage/solutions/${created.solutionId}?step=organizations`);
      await page.locator('#wizard-step-heading').waitFor();
      await page.locator('#solution-funders-add').click();
      await page.locator('#solution-funders-0-amount').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
