import { Client } from 'pg';
import type { Browser, Locator, Page, Response } from 'playwright-core';
import { DEMO_PASSWORD, PARTNER_EMAIL, linkTo, signIn, uniqueEmail, waitForMail } from './support/accounts';
import { signedInClient } from './support/api-client';
import { launchBrowser, newPage } from './support/browser';

/** Signs the page's browser in through the API (the login form is labelled in the page's language). */
async function signInAs(page: Page, email: string): Promise<void> {
  const request = page.context().request;
  await request.get('/api/v1/auth/csrf');
  const csrf = (await page.context().cookies()).find((c) => c.name === 'galaxy_csrf')?.value ?? '';
  const response = await request.post('/api/v1/auth/login', {
    headers: { 'X-CSRF-Token': csrf },
    data: { email, password: DEMO_PASSWORD },
  });
  expect(response.status()).toBe(200);
}

/** What users tripped over (issue 19): the small things, as a user meets them. */

const ADMIN_EMAIL = 'admin@galaxy.local';
const CURATOR_EMAIL = 'curator@galaxy.local';
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id);

/** Where a CSS chevron (two borders of a box, rotated) points on screen, once its transition is over. */
async function chevronPoints(chevron: Locator): Promise<string> {
  await chevron.page().waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  return chevron.evaluate((el) => {
    const cs = getComputedStyle(el);
    const has = (side: 'Top' | 'Right' | 'Bottom' | 'Left') => parseFloat(cs[`border${side}Width`]) > 0;
    // The corner where the two drawn borders meet is the tip.
    const x = (has('Right') ? 1 : 0) - (has('Left') ? 1 : 0);
    const y = (has('Bottom') ? 1 : 0) - (has('Top') ? 1 : 0);
    const m = new DOMMatrix(cs.transform === 'none' ? undefined : cs.transform);
    const tip = m.transformPoint(new DOMPoint(x, y));
    const origin = m.transformPoint(new DOMPoint(0, 0));
    const dx = tip.x - origin.x;
    const dy = tip.y - origin.y;
    if (Math.abs(dx) > Math.abs(dy)) return dx > 0 ? 'right' : 'left';
    return dy > 0 ? 'down' : 'up';
  });
}

/** Two labels a reader would take for the same word: case, accents and plural -s aside. */
const sameWord = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/s$/, ''))
    .join(' ');

describe('what users tripped over', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it.each(['en', 'fr', 'ar', 'ru'])(
    'signed in, the header stays one row at 1280 px, its words distinct and whole (%s)',
    async (lang) => {
      const { context, page } = await newPage(browser, { lang });
      await signInAs(page, ADMIN_EMAIL);
      await page.goto('/stats');
      const account = page.getByRole('banner').locator('.account-button');
      await account.waitFor();
      // One row: every part of the header sits on the brand's line.
      const rows = await page.evaluate(() => {
        const parts = ['.brand', '.nav-list li', '.language-switcher select', '.account-button'];
        return parts.flatMap((selector) =>
          [...document.querySelectorAll(selector)].map((el) => {
            const r = el.getBoundingClientRect();
            return Math.round(r.top + r.height / 2);
          }),
        );
      });
      expect(Math.max(...rows) - Math.min(...rows)).toBeLessThanOrEqual(8);
      expect(await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(80);

      // The account's links fold behind the name; Escape folds them back, the focus returns.
      await account.click();
      const links = page.locator('#account-links');
      await links.waitFor();
      const words = await page
        .getByRole('banner')
        .locator('.nav-list a, #account-links a, #account-links button')
        .allInnerTexts();
      expect(words.length).toBeGreaterThanOrEqual(11);
      const seen = new Map<string, string>();
      for (const word of words) {
        expect([word, seen.get(sameWord(word))]).toEqual([word, undefined]);
        seen.set(sameWord(word), word);
      }
      // Nothing in the header is cut off.
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('.site-header a, .site-header button, .site-header label')]
          // Shown (not the read-out-only labels, clipped to a pixel on purpose).
          .filter((el) => el.getBoundingClientRect().width > 1)
          .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
          .map((el) => el.textContent),
      );
      expect(cut).toEqual([]);
      await page.keyboard.press('Escape');
      await links.waitFor({ state: 'hidden' });
      expect(await account.evaluate((el) => el === document.activeElement)).toBe(true);
      await context.close();
    },
  );

  it('below common laptop widths the header folds behind the Menu button, on one row', async () => {
    const { context, page } = await newPage(browser, { lang: 'fr', viewport: { width: 900, height: 800 } });
    await signInAs(page, ADMIN_EMAIL);
    await page.goto('/stats');
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.waitFor();
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).isVisible()).toBe(false);
    expect(await page.locator('.header-row').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(80);
    await menu.click();
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(900);
    await context.close();
  });

  it('in Arabic the chevrons point down when closed and up when open, as in English', async () => {
    for (const lang of ['en', 'ar']) {
      const { context, page } = await newPage(browser, { lang });
      await page.goto('/solutions');
      await page.locator('.results-list .solution-card').first().waitFor();
      const closed = await page
        .locator('.facet-heading button')
        .evaluateAll((buttons) => buttons.findIndex((b) => b.getAttribute('aria-expanded') === 'false'));
      const facet = page.locator('.facet-heading button').nth(closed);
      const chevron = facet.locator('.facet-chevron');
      expect([lang, await chevronPoints(chevron)]).toEqual([lang, 'down']);
      await facet.click();
      expect(await facet.getAttribute('aria-expanded')).toBe('true');
      expect([lang, await chevronPoints(chevron)]).toEqual([lang, 'up']);
      await context.close();
    }
  });

  it('on a phone, Escape closes the filters and gives the focus back to their button', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto('/solutions?sdg=6');
    await page.locator('.results-list .solution-card').first().waitFor();
    const toggle = page.getByRole('button', { name: /^Filters \(/ });
    await toggle.click();
    const panel = page.locator('#filters-panel');
    await panel.waitFor();
    await panel.locator('input[type="checkbox"]').first().focus();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('after a search the focus is on the results heading, with a calm ring, not around the page', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.locator('#home-q').fill('water');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/solutions');
    await page.locator('.results-list .solution-card').first().waitFor();
    expect(await activeId(page)).toBe('results-heading');
    const ring = await page.locator('#results-heading').evaluate((el) => {
      const cs = getComputedStyle(el);
      return {
        outline: `${cs.outlineStyle} ${parseFloat(cs.outlineWidth)}`,
        shadow: cs.boxShadow,
        visible: el.getClientRects().length > 0,
      };
    });
    expect(ring).toEqual({ outline: 'solid 2', shadow: 'none', visible: true });
    expect(await page.locator('main').evaluate((el) => getComputedStyle(el).boxShadow)).toBe('none');

    // On the results page itself: typing searches as you go; Enter moves on to the results.
    await page.locator('#solution-q').fill('health');
    expect(await activeId(page)).toBe('solution-q');
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('results-heading');
    await context.close();
  });

  it('an invitation names the organization and fills the invited address in; admins resend and withdraw it', async () => {
    const partner = await signedInClient(browser, PARTNER_EMAIL);
    const me = await partner.call<{ memberships: { organizationId: string; name: string }[] }>('GET', '/auth/me');
    const org = me.memberships[0];
    const email = uniqueEmail('invited');
    await partner.call('POST', `/organizations/${org.organizationId}/invitations`, { email, role: 'editor' });

    const visitor = await newPage(browser);
    const first = linkTo(await waitForMail(visitor.page, email, /invit/i), '/invitations/accept');
    await visitor.page.goto(first);
    await visitor.page.getByRole('heading', { level: 1, name: `Join ${org.name}` }).waitFor();
    expect(await visitor.page.locator('.lead').innerText()).toContain(email);
    await visitor.page.getByRole('link', { name: 'Create an account' }).click();
    await visitor.page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    expect(await visitor.page.getByLabel('Email address').inputValue()).toBe(email);

    const { context, page } = await newPage(browser);
    await signIn(page, PARTNER_EMAIL, DEMO_PASSWORD);
    await page.goto(`/organizations/${org.organizationId}/settings`);
    const pending = page.getByRole('region', { name: 'Pending invitations' });
    await pending.getByText(email, { exact: true }).waitFor();
    await pending.getByRole('button', { name: `Send again (${email})` }).click();
    await pending.getByText(`Invitation sent again to ${email}`).waitFor();
    // The first link no longer works.
    await visitor.page.goto(first);
    await visitor.page.getByText('This invitation can no longer be used').waitFor();

    page.once('dialog', (dialog) => void dialog.accept());
    await pending.getByRole('button', { name: `Withdraw (${email})` }).click();
    await pending.getByText(`The invitation to ${email} was withdrawn.`).waitFor();
    await pending.getByRole('button', { name: `Withdraw (${email})` }).waitFor({ state: 'detached' });
    await Promise.all([context.close(), visitor.context.close(), partner.context.close()]);
  });

  it('registering an organization already on Galaxy shows it and offers to ask to join', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, PARTNER_EMAIL, DEMO_PASSWORD);
    await page.goto('/organizations/new');
    await page.getByLabel(/^Name of the organization/).fill('demo-partner  AGENCY!');
    const notice = page.locator('.similar-organizations');
    await notice.getByText('This organization may already be on Galaxy.').waitFor();
    await notice.getByRole('link', { name: 'Ask to join (Demo Partner Agency)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demo Partner Agency' }).waitFor();
    expect(await page.getByLabel('Message').inputValue()).toContain('would like to join it on Galaxy');
    await context.close();
  });

  it('says in the visitor’s language why a password is refused, and asks /auth/me without a 401', async () => {
    const { context, page } = await newPage(browser, { lang: 'fr' });
    const statuses: number[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname === '/api/v1/auth/me') statuses.push(r.status());
    });
    await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/auth/me'),
      page.goto('/signup'),
    ]);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(statuses).toContain(200);
    expect(statuses).not.toContain(401);
    await page.getByLabel('Votre nom').fill('Awa Diop');
    await page.getByLabel('Adresse e-mail').fill(uniqueEmail('awa'));
    await page.getByLabel('Mot de passe', { exact: true }).fill('password123');
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await page
      .locator('#signup-password-error')
      .getByText('il figure parmi les mots de passe les plus utilisés', { exact: false })
      .waitFor();
    await context.close();
  });

  it('tells a member when their language could not be saved, and lets them try again', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, PARTNER_EMAIL, DEMO_PASSWORD);
    await page.goto('/stats');
    // Known to be signed in (the header shows who), so the choice is saved to the account.
    await page.getByRole('banner').locator('.account-button').waitFor();
    await page.route('**/api/v1/auth/me', (route) =>
      route.request().method() === 'PATCH' ? route.fulfill({ status: 503, body: '' }) : route.continue(),
    );
    await page.getByLabel('Language').selectOption('fr');
    const alert = page.getByRole('banner').getByRole('alert');
    await alert
      .getByText('La page est en Français, mais votre compte n’a pas pu être mis à jour', { exact: false })
      .waitFor();
    await page.unroute('**/api/v1/auth/me');
    const savedPatch = (r: Response) =>
      r.url().endsWith('/api/v1/auth/me') && r.request().method() === 'PATCH' && r.ok();
    // The alert goes as the retry starts; the account has the language once the retry's answer is in.
    await Promise.all([page.waitForResponse(savedPatch), alert.getByRole('button', { name: 'Réessayer' }).click()]);
    await alert.waitFor({ state: 'detached' });
    expect(((await (await page.request.get('/api/v1/auth/me')).json()) as { locale: string }).locale).toBe('fr');
    // Back to English for the next tests that sign this member in (their mails are read in English).
    await Promise.all([page.waitForResponse(savedPatch), page.getByLabel('Langue').selectOption('en')]);
    expect(((await (await page.request.get('/api/v1/auth/me')).json()) as { locale: string }).locale).toBe('en');
    await context.close();
  });

  it('shows curators the search-sync dead letters, and sends one again', async () => {
    const db = new Client({ connectionString: process.env.GALAXY_E2E_DATABASE_URL });
    await db.connect();
    const [{ id: organizationId, name }] = (
      await db.query<{ id: string; name: string }>(`SELECT id, name FROM organizations ORDER BY name LIMIT 1`)
    ).rows;
    const error = `MeiliSearchTimeOutError: task ${Date.now()} did not finish`;
    await db.query(
      `INSERT INTO search_outbox (entity, entity_id, attempts, last_error, dead_at)
       VALUES ('organization', $1, 10, $2, now())`,
      [organizationId, error],
    );
    try {
      const { context, page } = await newPage(browser);
      await signIn(page, CURATOR_EMAIL, DEMO_PASSWORD);
      await page.goto('/curation');
      await page.getByRole('navigation', { name: 'Curation pages' }).getByRole('link', { name: 'Search sync' }).click();
      await page.getByRole('heading', { level: 1, name: 'Search sync: failed updates' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: error });
      await row.getByText(name, { exact: true }).waitFor();
      expect(await row.getByRole('cell').nth(1).innerText()).toBe('10');
      await row.getByRole('button', { name: `Send again (${name})` }).click();
      await page.getByRole('status').getByText('1 update is queued again').waitFor();
      await row.waitFor({ state: 'detached' });
      await context.close();
    } finally {
      await db.query(`DELETE FROM search_outbox WHERE last_error = $1`, [error]);
      await db.end();
    }
  });
});
