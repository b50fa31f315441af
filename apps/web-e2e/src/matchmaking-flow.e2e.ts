import type { DevMail } from '@galaxy/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  linkTo,
  PARTNER_EMAIL,
  signIn,
  uniqueEmail,
  waitForMail,
  openAccountMenu,
} from './support/accounts';
import { accessibilityViolations, baseUrl, launchBrowser, newPage } from './support/browser';
import { apiClient, signedInClient } from './support/api-client';
import { eventually } from './support/wait';

const CURATOR_EMAIL = 'curator@galaxy.local';
const GOVERNMENT_PASSWORD = 'a-long-government-password-2024';

/** The dev mailbox, read through the API (no page needed). */
async function mailFor(context: BrowserContext, to: string, subject: RegExp): Promise<DevMail> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const response = await context.request.get(`/api/v1/dev/mail?to=${encodeURIComponent(to)}`);
    const mails = (await response.json()) as DevMail[];
    const mail = mails.find((m) => subject.test(m.subject));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail "${subject}" for ${to}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const RUBRIC = {
  horizontal: 2,
  effective: 2,
  sustainable: 2,
  replicable: 3,
  innovative: 2,
  nationallyOwned: 2,
  mutualBenefit: 2,
};

async function chooseStep(page: Page, choice: RegExp, button: string): Promise<void> {
  const form = page.locator('#match-step');
  await form.getByRole('radio', { name: choice }).check();
  await form.getByRole('button', { name: button, exact: true }).click();
}

async function currentStage(page: Page): Promise<string> {
  return page.getByRole('list', { name: 'Stages of the match' }).locator('[aria-current="step"]').innerText();
}

/**
 * The match is at this stage. After a step the page shows its notice first and the changed match a
 * tick later (TanStack Query tells the page of data it was given on its next turn), so ask until
 * it does.
 */
async function expectStage(page: Page, stage: string): Promise<void> {
  await eventually(async () => expect(await currentStage(page)).toContain(stage));
}

describe('matchmaking: from a government’s request to a replicated solution', () => {
  let browser: Browser;
  const stamp = Date.now();
  // Words the partner's solution and the need share, so search finds one from the other.
  const solutionTitle = `Solar desalination kiosks for arid villages ${stamp}`;
  const needTitle = `Solar desalination kiosks for drinking water ${stamp}`;
  const governmentEmail = uniqueEmail('ministry');
  const governmentName = `Ministry of Water and Environment ${stamp}`;

  beforeAll(async () => {
    browser = await launchBrowser();

    // The provider: the demo partner (Kenya) has a published solution on SDG 6.
    const partner = await signedInClient(browser, PARTNER_EMAIL);
    const me = await partner.call<{ memberships: { organizationId: string }[] }>('GET', '/auth/me');
    const created = await partner.call<{ solutionId: string; version: number }>('POST', '/solutions', {
      organizationId: me.memberships[0].organizationId,
      language: 'en',
      title: solutionTitle,
      summary: 'Village kiosks turn brackish groundwater into drinking water with solar stills.',
      challenge: 'Groundwater in the arid districts is too salty to drink; water is trucked in at great cost.',
      towardsSolution: 'Technicians from the provider country build solar desalination kiosks run by villages.',
      resultsImpact: 'Twelve villages have safe drinking water all year; water costs fell by two thirds.',
      sdgs: [6],
      sdgTargets: ['6.1', '6.4'],
      countries: [
        { country: 'KE', role: 'provider' },
        { country: 'TZ', role: 'recipient' },
      ],
      modality: 'south-south',
      themes: ['water_sanitation'],
      projectStatus: 'ongoing',
      startYear: 2022,
    });
    await partner.call('POST', `/solutions/${created.solutionId}/submit`, { version: created.version });
    const curator = await signedInClient(browser, CURATOR_EMAIL);
    const workspace = await curator.call<{ version: number }>('GET', `/solutions/${created.solutionId}/workspace`);
    await curator.call('POST', `/solutions/${created.solutionId}/review`, {
      version: workspace.version,
      decision: 'approve',
      rubric: RUBRIC,
    });
    // Suggestions come from search: wait until the published solution is indexed.
    for (let i = 0; ; i++) {
      const found = await curator.call<{ items: { id: string }[] }>(
        'GET',
        `/solutions?q=${encodeURIComponent(solutionTitle)}`,
      );
      if (found.items.some((s) => s.id === created.solutionId)) break;
      if (i > 60) throw new Error('the published solution never reached the search index');
      await new Promise((r) => setTimeout(r, 500));
    }
    await partner.context.close();
    await curator.context.close();

    // The recipient: a government official who signs up and registers their ministry (Uganda).
    const government = await apiClient(browser);
    await government.call('POST', '/auth/signup', {
      email: governmentEmail,
      password: GOVERNMENT_PASSWORD,
      name: 'Grace Namukasa',
    });
    const verify = await mailFor(government.context, governmentEmail, /verify|confirm/i);
    const token = new URL(linkTo(verify, '/verify-email'), baseUrl()).searchParams.get('token');
    await government.call('POST', '/auth/verify-email', { token });
    await government.call('POST', '/auth/login', { email: governmentEmail, password: GOVERNMENT_PASSWORD });
    await government.call('POST', '/organizations', {
      name: governmentName,
      type: 'government',
      country: 'UG',
      description: 'The ministry responsible for water supply and the environment.',
    });
    await government.context.close();
  });
  afterAll(() => browser.close());

  it('files a need with the wizard, brokers it, and ends with a replication draft', async () => {
    // 1. The government official describes the need with the wizard.
    const gov = await newPage(browser);
    await signIn(gov.page, governmentEmail, GOVERNMENT_PASSWORD);
    await gov.page.goto('/needs/new');
    await gov.page.getByRole('heading', { level: 1, name: 'Request support' }).waitFor();
    await gov.page.getByLabel('Title', { exact: true }).fill(needTitle);
    await gov.page
      .getByLabel('The problem', { exact: true })
      .fill('Solar desalination is needed: groundwater in our arid districts is too salty to drink.');
    await gov.page
      .getByLabel('The outcome you want', { exact: true })
      .fill('Every village in the three districts has safe drinking water all year.');
    await gov.page.getByRole('button', { name: 'Next: SDG targets' }).click();
    const goals = gov.page.getByRole('group', { name: /Sustainable Development Goals/ });
    await goals.getByLabel('Find in this list').fill('water');
    await goals.getByRole('checkbox', { name: /^6\b/ }).check();
    const targets = gov.page.getByRole('group', { name: /SDG targets/ });
    await targets.getByLabel('Find in this list').fill('6.4');
    await targets.getByRole('checkbox', { name: /^6\.4\b/ }).check();
    await gov.page.getByRole('button', { name: 'Next: Countries and support' }).click();
    const countries = gov.page.getByRole('group', { name: /Countries concerned/ });
    await countries.getByLabel('Find in this list').fill('Uganda');
    await countries.getByRole('checkbox', { name: 'Uganda' }).check();
    await gov.page
      .getByRole('group', { name: /Kind of support/ })
      .getByRole('checkbox', { name: 'Technology transfer' })
      .check();
    await gov.page
      .getByRole('group', { name: /Working languages/ })
      .getByRole('checkbox', { name: 'English' })
      .check();
    await gov.page.getByRole('button', { name: 'Next: Co-contribution' }).click();
    await gov.page.getByRole('button', { name: 'Next: Visibility' }).click();
    await gov.page.getByRole('button', { name: 'Next: Review and publish' }).click();
    await gov.page.getByRole('button', { name: 'Publish the request' }).click();
    await gov.page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    const needId = new URL(gov.page.url()).pathname.split('/').pop() ?? '';
    // The brokering queue comes from search, which indexes the need a moment after it is published:
    // the queue, read once, would not show it and would not be read again.
    for (let i = 0; ; i++) {
      const response = await gov.page.request.get(`/api/v1/needs?q=${encodeURIComponent(needTitle)}`);
      const found = (await response.json()) as { items: { id: string }[] };
      if (found.items.some((n) => n.id === needId)) break;
      if (i > 60) throw new Error('the published need never reached the search index');
      await new Promise((r) => setTimeout(r, 500));
    }

    // 2. A curator finds it in the brokering queue and shortlists the suggested solution.
    const cur = await newPage(browser);
    await signIn(cur.page, CURATOR_EMAIL, DEMO_PASSWORD);
    await openAccountMenu(cur.page);
    await cur.page.getByRole('banner').getByRole('link', { name: 'Brokering' }).click();
    await cur.page.getByRole('heading', { level: 1, name: 'Brokering' }).waitFor();
    // The queue is oldest first and other tests file needs too: narrow it to SDG 6 in Eastern Africa
    // so the new need is on the first page.
    await cur.page.getByLabel('Goal', { exact: true }).selectOption('6');
    await cur.page.locator('#brokering-region').selectOption('014');
    await cur.page.getByRole('button', { name: 'Apply filters' }).click();
    await cur.page.waitForURL(/[?&]sdg=6/);
    await cur.page.waitForURL(/[?&]region=014/);
    const row = cur.page.getByRole('row', { name: new RegExp(needTitle) });
    await row.getByText('No match yet').waitFor();
    await row.getByRole('link', { name: needTitle }).click();
    await cur.page.waitForURL(`**/brokering/needs/${needId}`);
    await cur.page.getByRole('heading', { level: 1, name: needTitle }).waitFor();
    const suggestion = cur.page.locator('li.suggestion', { hasText: solutionTitle });
    await suggestion.waitFor();
    expect(await suggestion.innerText()).toContain('Works on the same SDG targets: 6.4');
    await suggestion.getByRole('button', { name: `Shortlist ${solutionTitle}` }).click();
    await cur.page.getByRole('status').filter({ hasText: 'Demo Partner Agency is on the shortlist.' }).waitFor();
    await suggestion.getByRole('link', { name: /Open the match/ }).click();
    await cur.page.waitForURL(/\/matches\/[0-9a-f-]{36}$/);
    const matchPath = new URL(cur.page.url()).pathname;
    await cur.page.getByRole('heading', { level: 1, name: needTitle }).waitFor();
    expect(await currentStage(cur.page)).toContain('Suggested');
    expect(await cur.page.getByRole('region', { name: 'Why this match' }).innerText()).toContain(
      'Works in the same sub-region: Eastern Africa',
    );
    expect(await accessibilityViolations(cur.page)).toEqual([]);

    // 3. The curator introduces the two parties, with a word of their own.
    await cur.page
      .locator('#match-step')
      .getByRole('radio', { name: /Introduce the two parties/ })
      .check();
    await cur.page.getByLabel('Your words to both parties').fill('You both work on salty groundwater: talk!');
    await cur.page.locator('#match-step').getByRole('button', { name: 'Introduce', exact: true }).click();
    await cur.page.getByText('The introduction was sent to both parties.').waitFor();
    await expectStage(cur.page, 'Introduced');

    // 4. The provider gets the introduction by email and accepts it on the match page.
    const partner = await newPage(browser);
    await signIn(partner.page, PARTNER_EMAIL, DEMO_PASSWORD);
    const intro = await waitForMail(partner.page, PARTNER_EMAIL, new RegExp(`Introduction: ${governmentName}`));
    expect(intro.text).toContain('You both work on salty groundwater: talk!');
    await partner.page.goto(linkTo(intro, matchPath));
    await partner.page.getByRole('heading', { level: 1, name: needTitle }).waitFor();
    expect(await partner.page.getByText('You take part as: Provider').count()).toBe(1);
    await chooseStep(partner.page, /Accept the introduction/, 'Accept');
    await partner.page.getByText('Introduction accepted').waitFor();
    await expectStage(partner.page, 'Exploring');

    // The curator's page is now out of date: dropping fails, says why, and keeps the reason typed.
    const reason = 'The provider has no capacity this year.';
    await cur.page
      .locator('#match-step')
      .getByRole('radio', { name: /Drop the match/ })
      .check();
    await cur.page.getByLabel('Why the match is dropped').fill(reason);
    await cur.page.locator('#match-step').getByRole('button', { name: 'Drop the match', exact: true }).click();
    await cur.page.getByRole('alert').filter({ hasText: 'Someone acted on this match after you opened it.' }).waitFor();
    await expectStage(cur.page, 'Exploring');
    expect(await cur.page.getByLabel('Why the match is dropped').inputValue()).toBe(reason);

    // 5. The provider writes a message and its commitment; the parties move the match to the end.
    await partner.page.getByLabel('Your message').fill('We can send two technicians in March.');
    await partner.page.getByRole('button', { name: 'Send the message' }).click();
    await partner.page
      .getByRole('log', { name: 'Messages' })
      .getByText('We can send two technicians in March.')
      .waitFor();
    expect(await partner.page.getByLabel('Your message').inputValue()).toBe('');
    await partner.page.getByLabel('Your organization’s commitment').fill('Two technicians for six weeks.');
    await partner.page.getByRole('button', { name: 'Save the commitment' }).click();
    await partner.page.getByText('Your commitment is saved.').waitFor();
    await partner.page.getByLabel('Milestone', { exact: true }).fill('First kiosk running');
    await partner.page.getByRole('button', { name: 'Add the milestone' }).click();
    await partner.page.getByText('Milestone “First kiosk running” added.').waitFor();
    await partner.page.getByRole('checkbox', { name: /First kiosk running/ }).check();
    await partner.page.getByText('Milestone “First kiosk running” is done.').waitFor();

    await chooseStep(partner.page, /Record the agreement/, 'Record the agreement');
    await partner.page.getByText('The agreement is recorded.').waitFor();
    await chooseStep(partner.page, /Start implementation/, 'Start implementation');
    await partner.page.getByText('Implementation has started.').waitFor();
    await partner.page
      .locator('#match-step')
      .getByRole('radio', { name: /Mark as completed/ })
      .check();
    await partner.page.getByLabel('What the partnership achieved').fill('Three kiosks serve 4,000 people in Uganda.');
    await partner.page.locator('#match-step').getByRole('button', { name: 'Mark as completed', exact: true }).click();
    await partner.page.getByText('The match is completed and its outcome recorded.').waitFor();
    await expectStage(partner.page, 'Completed');
    expect(await partner.page.getByRole('region', { name: 'History' }).innerText()).toContain(
      'Implementing → Completed',
    );

    // 6. The government official finds the match in "Matches" and starts the replication draft.
    await openAccountMenu(gov.page);
    await gov.page.getByRole('banner').getByRole('link', { name: 'Matches' }).click();
    await gov.page.getByRole('heading', { level: 1, name: 'Matches' }).waitFor();
    const matchRow = gov.page.getByRole('row', { name: new RegExp(needTitle) });
    await matchRow.getByText('Demo Partner Agency').waitFor();
    await matchRow.getByText('Completed').waitFor();
    await matchRow.getByRole('link', { name: needTitle }).click();
    await gov.page.waitForURL(`**${matchPath}`);
    await gov.page.getByText('Three kiosks serve 4,000 people in Uganda.').waitFor();
    expect(await accessibilityViolations(gov.page)).toEqual([]);
    await gov.page.getByRole('button', { name: 'Start the replication draft' }).click();
    await gov.page.getByRole('link', { name: 'Open the replication draft' }).click();
    await gov.page.waitForURL(/\/manage\/solutions\/[0-9a-f-]{36}$/);
    await gov.page
      .getByRole('heading', { level: 1, name: new RegExp(`${solutionTitle} — replicated in Uganda`) })
      .waitFor();

    await gov.context.close();
    await cur.context.close();
    await partner.context.close();
  });

  it('axe finds nothing on the brokering pages, in English and in Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const { context, page } = await newPage(browser);
      await signIn(page, CURATOR_EMAIL, DEMO_PASSWORD);
      // Signed in through the English form, then the language remembered as the switcher does.
      await page.evaluate((l) => window.localStorage.setItem('galaxy.lang', l), lang);
      for (const path of ['/brokering', '/brokering/dashboard', '/matches?scope=all']) {
        await page.goto(path);
        await page.locator('h1').waitFor();
        await page.waitForFunction(() => !document.querySelector('.loading'));
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        expect(await accessibilityViolations(page)).toEqual([]);
      }
      // A need's brokering page (suggestions, shortlist, the by-hand form) and a match page.
      await page.goto('/brokering');
      await page.locator('.queue-table tbody a').first().click();
      await page.waitForURL(/\/brokering\/needs\/[0-9a-f-]{36}$/);
      await page.locator('#shortlist-q').waitFor();
      await page.waitForFunction(() => !document.querySelector('.loading'));
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.goto('/matches?scope=all');
      await page.locator('.match-table tbody a').first().click();
      await page.waitForURL(/\/matches\/[0-9a-f-]{36}$/);
      await page.locator('.stage-progress').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
