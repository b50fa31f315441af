import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, PARTNER_EMAIL, signIn, openAccountMenu } from './support/accounts';
import { signedInClient } from './support/api-client';
import { accessibilityViolations, launchBrowser, newPage, pathAndQuery } from './support/browser';

const CURATOR_EMAIL = 'curator@galaxy.local';

interface Workspace {
  solutionId: string;
  version: number;
  status: string;
  revision: { number: number; state: string } | null;
}

/** Everything the partner's form asks for, so the draft can be submitted. */
function completeDraft(title: string) {
  return {
    language: 'en',
    title,
    summary: 'Community health workers use tablets to follow pregnancies.',
    challenge: 'Mothers in remote villages saw a midwife once at most before giving birth.',
    towardsSolution: 'Health workers trained by the provider country record each visit on a shared tablet app.',
    resultsImpact: 'Every pregnancy in the pilot districts was followed at least four times.',
    sdgs: [3],
    sdgTargets: ['3.1'],
    countries: [
      { country: 'KE', role: 'provider' },
      { country: 'UG', role: 'recipient' },
    ],
    modality: 'south-south',
    themes: ['health'],
    projectStatus: 'ongoing',
    startYear: 2021,
  };
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

describe('curation: the curators’ side of the workflow', () => {
  let browser: Browser;
  let partner: Awaited<ReturnType<typeof signedInClient>>;
  let organizationId: string;
  const title = `Tablets for community midwives ${Date.now()}`;
  let solutionId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    partner = await signedInClient(browser, PARTNER_EMAIL);
    const me = await partner.call<{ memberships: { organizationId: string }[] }>('GET', '/auth/me');
    organizationId = me.memberships[0].organizationId;
  });
  afterAll(async () => {
    await partner.context.close();
    await browser.close();
  });

  async function curatorPage(): Promise<{ context: BrowserContext; page: Page }> {
    const opened = await newPage(browser);
    await signIn(opened.page, CURATOR_EMAIL, DEMO_PASSWORD);
    return opened;
  }

  it('sends visitors to sign in and tells members who are not curators that the page is not theirs', async () => {
    const visitor = await newPage(browser);
    await visitor.page.goto('/curation');
    await visitor.page.waitForURL('**/login?**');
    expect(pathAndQuery(visitor.page)).toBe('/login?next=%2Fcuration');
    await visitor.context.close();

    const member = await newPage(browser);
    await signIn(member.page, PARTNER_EMAIL, DEMO_PASSWORD);
    await member.page.goto('/curation');
    await member.page.getByRole('heading', { level: 1, name: 'For curators only' }).waitFor();
    await openAccountMenu(member.page);
    expect(await member.page.getByRole('banner').getByRole('link', { name: 'Curation' }).count()).toBe(0);
    await member.context.close();
  });

  it('approves a new submission with the quality rubric', async () => {
    const created = await partner.call<Workspace>('POST', '/solutions', { organizationId, ...completeDraft(title) });
    solutionId = created.solutionId;
    await partner.call('POST', `/solutions/${solutionId}/submit`, { version: created.version });

    const { context, page } = await curatorPage();
    await openAccountMenu(page);
    await page.getByRole('banner').getByRole('link', { name: 'Curation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    const row = page.locator('tbody tr', { hasText: title });
    await row.waitFor();
    expect(await row.getByText('New solution').count()).toBe(1);
    expect(await row.getByText('Demo Partner Agency', { exact: true }).count()).toBe(1);

    await row.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/curation/solutions/${solutionId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // Nothing published yet: the whole submitted content, field by field.
    await page.getByText('Nothing of this solution is published yet').waitFor();
    await page.locator('.solution-diff').getByText('Health workers trained by the provider country').waitFor();

    // Publishing needs the rubric: the form says so and keeps the choice.
    await page.getByRole('radio', { name: /^Approve and publish/ }).check();
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByRole('alert').getByText('Score all seven criteria before publishing.').first().waitFor();
    expect(await page.getByRole('radio', { name: /^Approve and publish/ }).isChecked()).toBe(true);

    await scoreRubric(page);
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByText('Approved: the solution is published.').waitFor();
    const workspace = await page.request.get(`/api/v1/solutions/${solutionId}/workspace`);
    expect(((await workspace.json()) as Workspace).status).toBe('published');
    await context.close();
  });

  it('shows a revision of a published solution as a diff and requests changes with a note', async () => {
    // The partner revises the published text: a word replaced, a word added, a goal added.
    const current = await partner.call<Workspace>('GET', `/solutions/${solutionId}/workspace`);
    const revised = await partner.call<Workspace>('PATCH', `/solutions/${solutionId}`, {
      version: current.version,
      summary: 'Community nurses use solar tablets to follow pregnancies.',
      sdgs: [3, 5],
    });
    await partner.call('POST', `/solutions/${solutionId}/submit`, { version: revised.version });

    const { context, page } = await curatorPage();
    await page.goto('/curation');
    const row = page.locator('tbody tr', { hasText: title });
    await row.waitFor();
    expect(await row.getByText('Revision of a published solution').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await row.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 2, name: 'Changes to review' }).waitFor();
    const summary = page.locator('.diff-field', { has: page.getByRole('heading', { name: /^Summary/ }) });
    await summary.waitFor();
    // Changes are marked by ins/del and said aloud, not shown by colour alone.
    expect(await summary.locator('ins').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('solar')]),
    );
    expect((await summary.locator('del').allInnerTexts()).join(' ')).toContain('health');
    expect(await summary.locator('ins .visually-hidden').first().textContent()).toBe('[added: ');
    expect(await summary.getByText('Changed', { exact: true }).count()).toBe(1);
    const goals = page.locator('.diff-field', {
      has: page.getByRole('heading', { name: /^Sustainable Development Goals/ }),
    });
    expect(await goals.locator('ins').innerText()).toContain('5.');
    // The history holds both revisions; the first one opens on what it changed.
    await page.locator('.revision summary', { hasText: 'Revision 1' }).click();
    await page.locator('.revision[open]').getByText('Content of the first revision').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Requesting changes needs a note: the form says so, and then sends it.
    await page.getByRole('radio', { name: /^Request changes/ }).check();
    await page.getByRole('button', { name: 'Request changes' }).click();
    const noteError = page.locator('#review-note-error');
    await noteError.waitFor();
    expect(await noteError.innerText()).toContain('Say what should change');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-note');
    const note = 'Please keep “community health workers”: nurses are only part of the team.';
    await page.getByLabel('What should change').fill(note);
    await page.getByRole('button', { name: 'Request changes' }).click();
    await page.getByText('Changes requested: the partner has been told.').waitFor();

    // The audit log records the decision with its note; the published version stays live.
    const audit = page.locator('.audit-table tbody tr', { hasText: 'Changes requested' });
    await audit.waitFor();
    expect(await audit.innerText()).toContain(note);
    const workspace = (await (await page.request.get(`/api/v1/solutions/${solutionId}/workspace`)).json()) as Workspace;
    expect(workspace.status).toBe('published');
    expect(workspace.revision?.state).toBe('changes_requested');
    await context.close();
  });

  it('says so when someone else decided first, reloads, and keeps the note that was typed', async () => {
    // The partner answers the request with a new submission.
    const current = await partner.call<Workspace>('GET', `/solutions/${solutionId}/workspace`);
    const edited = await partner.call<Workspace>('PATCH', `/solutions/${solutionId}`, {
      version: current.version,
      summary: 'Community health workers and nurses use solar tablets to follow pregnancies.',
    });
    await partner.call('POST', `/solutions/${solutionId}/submit`, { version: edited.version });

    const { context, page } = await curatorPage();
    await page.goto(`/curation/solutions/${solutionId}`);
    await page.getByRole('radio', { name: /^Request changes/ }).check();
    const note = 'Add the number of nurses trained.';
    await page.getByLabel('What should change').fill(note);

    // Meanwhile an administrator rejects the same submission.
    const admin = await signedInClient(browser, 'admin@galaxy.local');
    const seen = await admin.call<Workspace>('GET', `/solutions/${solutionId}/workspace`);
    await admin.call('POST', `/solutions/${solutionId}/review`, {
      version: seen.version,
      decision: 'reject',
      note: 'Duplicate of another entry.',
    });
    await admin.context.close();

    await page.getByRole('button', { name: 'Request changes' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'Someone else acted on this solution' });
    await warning.waitFor();
    // The page now shows the rejection; no decision is left to make, so the typed note is shown to copy.
    await page.getByRole('heading', { level: 2, name: 'Your decision' }).waitFor({ state: 'detached' });
    expect(await warning.locator('blockquote').innerText()).toBe(note);
    await page.locator('.audit-table tbody tr', { hasText: 'Duplicate of another entry.' }).waitFor();
    await context.close();
  });

  it('previews a bulk import and lists the invalid row with its errors', async () => {
    const header =
      'externalId,language,title,summary,challenge,towardsSolution,resultsImpact,sdgs,countries,modality,projectStatus,startYear,source';
    const valid =
      'e2e-import-ok,en,Seed banks run by women farmers,Women farmers keep seed banks.,Seeds were lost to drought.,Cooperatives exchange seeds.,Two hundred varieties saved.,2;5,KE:provider;ET:recipient,south-south,ongoing,2020,E2E test file';
    const invalid =
      'e2e-import-bad,en,,No title here.,A challenge.,A way forward.,Some results.,2,XX:recipient,south-south,ongoing,2020,E2E test file';
    const { context, page } = await curatorPage();
    await page.goto('/curation/import');
    await page.getByRole('heading', { level: 1, name: 'Bulk import' }).waitFor();
    await page.getByLabel('File (CSV or JSON)').setInputFiles({
      name: 'solutions.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, valid, invalid].join('\n')),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { level: 2, name: 'Result of the check' }).waitFor();
    expect(await page.getByText('1 row is ready to import.').count()).toBe(1);

    const invalidRows = page.getByRole('table', { name: 'Rows with errors' }).locator('tbody tr');
    expect(await invalidRows.count()).toBe(1);
    const errors = await invalidRows.innerText();
    expect(errors).toContain('3'); // the third line of the file
    expect(errors).toContain('title');
    expect(errors).toContain('countries.0.country');
    const validRows = page.getByRole('table', { name: 'Rows ready to import' }).locator('tbody tr');
    expect(await validRows.innerText()).toContain('Seed banks run by women farmers');
    expect(await page.getByRole('button', { name: 'Import 1 valid row' }).count()).toBe(1);
    await context.close();
  });
});
