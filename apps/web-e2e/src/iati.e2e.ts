import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, signIn } from './support/accounts';
import { accessibilityViolations, baseUrl, launchBrowser, newPage } from './support/browser';

const CURATOR_EMAIL = 'curator@galaxy.local';

/** A small activity file of another publisher, new on every run. */
function activityFile(identifier: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
  <iati-activity xml:lang="en">
    <iati-identifier>${identifier}</iati-identifier>
    <reporting-org ref="XI-E2E" type="21"><narrative>E2E Publisher</narrative></reporting-org>
    <title><narrative>Seed banks for dry seasons</narrative><narrative xml:lang="fr">Banques de semences</narrative></title>
    <description type="1"><narrative>Villages keep drought-tolerant seed from one season to the next.</narrative></description>
    <participating-org role="4" type="22"><narrative>Sahel Seed Network</narrative></participating-org>
    <activity-status code="2"/>
    <activity-date type="2" iso-date="2022-03-01"/>
    <recipient-country code="BF"/>
    <sector vocabulary="1" code="31110"/>
    <tag vocabulary="2" code="2"/>
    <transaction/>
  </iati-activity>
</iati-activities>`;
}

describe('IATI: a solution’s activity file, and curators importing activity files', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('offers a published solution as IATI XML', async () => {
    const { context, page } = await newPage(browser);
    const list = await page.request.get(`${baseUrl()}/api/v1/solutions?pageSize=1`);
    const [first] = ((await list.json()) as { items: { slug: string }[] }).items;
    await page.goto(`/solutions/${first.slug}`);
    const link = page.getByRole('link', { name: 'Download as IATI XML' });
    const href = (await link.getAttribute('href')) as string;
    expect(href).toBe(`/api/v1/solutions/${first.slug}/iati`);
    const file = await page.request.get(`${baseUrl()}${href}`);
    expect(file.headers()['content-type']).toBe('application/xml; charset=utf-8');
    expect(await file.text()).toMatch(/^<\?xml[^>]*>\s*<iati-activities version="2.03"/);
    await context.close();
  });

  it('checks the files, shows what is mapped, guessed and dropped, then imports drafts', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, CURATOR_EMAIL, DEMO_PASSWORD);
    await page.goto('/curation/iati');
    const identifier = `XI-E2E-${Date.now()}`;
    await page
      .getByLabel('IATI activity files (XML)')
      .setInputFiles([
        { name: 'seed-banks.xml', mimeType: 'application/xml', buffer: Buffer.from(activityFile(identifier)) },
      ]);
    await page.getByRole('button', { name: 'Check the files' }).click();
    const table = page.getByRole('table', { name: 'Activities of seed-banks.xml' });
    const row = table.getByRole('row', { name: new RegExp(identifier) });
    await row.getByRole('cell', { name: 'New draft' }).waitFor();
    await row.getByText('Not kept (2)').click();
    await row.getByText('1 element: Galaxy has no field for transaction').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Import as drafts (1)' }).click();
    await page
      .getByRole('status')
      .getByText('Import finished: 1 drafts created, 0 updated.', { exact: false })
      .waitFor();
    await row.getByRole('link', { name: 'Seed banks for dry seasons' }).click();
    await page.waitForURL('**/curation/solutions/**');
    await page.getByRole('heading', { name: 'Seed banks for dry seasons' }).first().waitFor();
    await context.close();
  });
});
