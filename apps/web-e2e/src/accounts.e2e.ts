import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, PARTNER_EMAIL, linkTo, uniqueEmail, waitForMail, openAccountMenu } from './support/accounts';
import { launchBrowser, newPage, pathAndQuery } from './support/browser';
import { eventually } from './support/wait';

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id);

describe('accounts and organizations', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('signs up, confirms the address, registers an organization and invites an editor who joins', async () => {
    const { context, page } = await newPage(browser);
    const email = uniqueEmail('amina');
    const name = 'Amina Diallo';

    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'Sign up' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    // The title is set once the page has drawn.
    await eventually(async () => expect(await page.title()).toBe('Create your account · Galaxy'));

    // A common password: the server refuses it, next to the field, and nothing typed is lost.
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('password1234');
    await page.getByRole('button', { name: 'Create account' }).click();
    const passwordError = page.locator('#signup-password-error');
    await passwordError.waitFor();
    expect(await passwordError.innerText()).toContain('too common');
    expect(await page.getByRole('alert').first().innerText()).toContain('Please correct the following');
    // The server's answer is drawn, then an effect moves the focus.
    await eventually(async () => expect(await activeId(page)).toBe('signup-password'));
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Your name').inputValue()).toBe(name);
    expect(await page.getByLabel('Email address').inputValue()).toBe(email);

    // The toggle shows what was typed, for checking it.
    await page.getByRole('button', { name: 'Show password' }).click();
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('type')).toBe('text');

    await page.getByLabel('Password', { exact: true }).fill('violet kettledrums over Kisumu');
    await page.getByRole('button', { name: 'Create account' }).click();
    // The answer is the same for a new address and a taken one: what comes next is in the mail.
    await page.getByRole('status').getByText(`We have sent a message to ${email}`, { exact: false }).waitFor();

    // The confirmation mail's link confirms the address; then the person signs in.
    const confirmation = await waitForMail(page, email, /Confirm your email address/);
    await page.goto(linkTo(confirmation, '/verify-email'));
    await page.getByText('Your email address is confirmed. Thank you!').waitFor();
    await page.locator('.notice-success').getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email address', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill('violet kettledrums over Kisumu');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/account');
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page
      .getByRole('banner')
      .getByRole('button', { name: new RegExp(name) })
      .waitFor();
    // Exactly "Confirmed": as a substring it is in "Not confirmed yet" too.
    await page.locator('.badge', { hasText: /^Confirmed$/ }).waitFor();

    // Register an organization: the form explains what is missing before anything is sent.
    await page.getByRole('link', { name: 'Register an organization' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register an organization' }).waitFor();
    await page.getByRole('button', { name: 'Register the organization' }).click();
    await page.locator('#register-organization-name-error').waitFor();
    expect(await activeId(page)).toBe('register-organization-name');
    expect(await page.locator('#register-organization-type-error').innerText()).toContain('Choose one of the options');

    const organization = `Kisumu Water Cooperative ${Date.now()}`;
    await page.getByLabel('Name of the organization').fill(organization);
    await page.getByLabel('Acronym').fill('KWC');
    await page.getByLabel('Type of organization').selectOption('ngo');
    await page.locator('#register-organization-country option[value="KE"]').waitFor({ state: 'attached' });
    await page.getByLabel('Country of its headquarters').selectOption('KE');
    await page.getByLabel('Website').fill('https://kwc.example.org');
    await page.getByLabel('Description').fill('Community-run water points and training for technicians.');
    await page
      .getByRole('group', { name: /Expertise/ })
      .getByRole('checkbox', { name: /^6 / })
      .check();
    await page.getByLabel('Contact email address').fill(uniqueEmail('kwc-contact'));
    await page.getByRole('button', { name: 'Register the organization' }).click();

    // Its settings: the founder is its administrator.
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}\/settings$/);
    await page.getByRole('heading', { level: 1, name: organization }).waitFor();
    await eventually(async () => expect(await page.title()).toBe(`${organization}: settings · Galaxy`));
    await page.getByText(`${organization} is registered and you are its administrator.`).waitFor();
    const me = page.locator('.member', { hasText: email });
    expect(await me.getByLabel(/^Role/).inputValue()).toBe('admin');
    expect(await page.getByText('Your role: Administrator').count()).toBe(1);

    // Invite an editor: the mail goes out and the invitation waits.
    const editor = uniqueEmail('editor');
    const invite = page.locator('#invite');
    await invite.getByLabel('Their email address').fill(editor);
    await invite.getByLabel('Role').selectOption('editor');
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText(`Invitation sent to ${editor}.`).waitFor();
    // The notice comes first; the organization the server sent back is drawn a tick later.
    await eventually(async () =>
      expect(await page.getByRole('region', { name: 'Pending invitations' }).innerText()).toContain(editor),
    );
    const invitation = await waitForMail(page, editor, /invites you to/);
    const acceptPath = linkTo(invitation, '/invitations/accept');

    // The invited person, without an account yet, signs up and comes back to accept.
    const second = await newPage(browser);
    await second.page.goto(acceptPath);
    await second.page.getByRole('heading', { level: 1, name: `Join ${organization}` }).waitFor();
    await second.page.getByRole('link', { name: 'Create an account' }).click();
    await second.page.getByLabel('Your name').fill('Joseph Otieno');
    await second.page.getByLabel('Email address').fill(editor);
    await second.page.getByLabel('Password', { exact: true }).fill('lanterns beneath the baobab tree');
    await second.page.getByRole('button', { name: 'Create account' }).click();
    // Sign-up signs nobody in: the notice's link signs in and comes back to the invitation.
    await second.page.locator('.notice-success').getByRole('link', { name: 'Sign in' }).click();
    await second.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await second.page.getByLabel('Email address').inputValue()).toBe(editor);
    await second.page.getByLabel('Password', { exact: true }).fill('lanterns beneath the baobab tree');
    await second.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await second.page.waitForURL((url) => url.pathname === '/invitations/accept');
    await second.page.getByRole('button', { name: 'Accept the invitation' }).click();
    await second.page.waitForURL(/\/organizations\/[0-9a-f-]{36}\/settings$/);
    await second.page.getByText('Your role: Editor').waitFor();
    // Editors read the profile; only administrators change it.
    await second.page.getByText('Only administrators of this organization can change its profile.').waitFor();
    expect(await second.page.getByRole('button', { name: 'Save the changes' }).count()).toBe(0);
    await second.context.close();

    await page.reload();
    await page.locator('.member', { hasText: editor }).waitFor();
    expect(await page.getByText('No invitation is waiting for an answer.').count()).toBe(1);
    await context.close();
  });

  it('writes mails in the language the member reads Galaxy in, and follows the language switcher', async () => {
    const { context, page } = await newPage(browser, { lang: 'fr' });
    const email = uniqueEmail('awa');
    await page.goto('/signup');
    await page.getByRole('heading', { level: 1, name: 'Créer votre compte' }).waitFor();
    await page.getByLabel('Votre nom').fill('Awa Ndiaye');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill('baobabs along the Saloum delta');
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await page.getByRole('status').getByText(email, { exact: false }).waitFor();
    const french = await waitForMail(page, email, /^Confirmez votre adresse e-mail pour Galaxy$/);
    expect(french.language).toBe('fr');
    // Signed in before confirming: the account page offers a new link.
    await page.locator('.notice-success').getByRole('link', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    await page.getByLabel('Mot de passe', { exact: true }).fill('baobabs along the Saloum delta');
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    await page.goto('/account');
    await page.getByText('Langue de nos e-mails : Français').waitFor();

    // Signed in, the switcher saves the choice: the next mail is in Spanish.
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/auth/me') && r.request().method() === 'PATCH' && r.ok(),
    );
    await page.getByLabel('Langue').selectOption('es');
    await saved;
    await page.getByText('Idioma de nuestros correos: Español').waitFor();
    await page.getByRole('button', { name: 'Enviar un nuevo enlace' }).click();
    const spanish = await waitForMail(page, email, /^Confirme su dirección de correo electrónico para Galaxy$/);
    expect(spanish.text).toContain('válido durante 72 horas');
    await context.close();
  });

  it('lifts the sign-in limit with the one-time link mailed to the owner after failed sign-ins', async () => {
    const { context, page } = await newPage(browser);
    const email = uniqueEmail('locked');
    const password = 'tamarind shade over Mombasa';
    const api = async (path: string, data: object) => {
      await context.request.get('/api/v1/auth/csrf');
      const csrf = (await context.cookies()).find((c) => c.name === 'galaxy_csrf')?.value ?? '';
      return context.request.post(`/api/v1${path}`, { data, headers: { 'X-CSRF-Token': csrf } });
    };
    expect((await api('/auth/signup', { email, password, name: 'Baraka' })).status()).toBe(202);
    for (let i = 0; i < 10; i++)
      expect((await api('/auth/login', { email, password: `guess ${i}` })).status()).toBe(401);
    expect((await api('/auth/login', { email, password })).status()).toBe(429);

    const mail = await waitForMail(page, email, /Failed sign-ins to your Galaxy account/);
    await page.goto(linkTo(mail, '/login'));
    await page.getByText('Done: you can sign in again now.').waitFor();
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    await context.close();
    // The link works once.
    const again = await newPage(browser);
    await again.page.goto(linkTo(mail, '/login'));
    await again.page.getByText('This link is not valid any more', { exact: false }).waitFor();
    await again.context.close();
  });

  it('keeps the email after a wrong password, then signs the partner in and back to where they were', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/partners/demo-partner-agency');
    await page.getByRole('heading', { level: 1, name: 'Demo Partner Agency' }).waitFor();
    expect(await page.getByRole('link', { name: 'Manage this organization' }).count()).toBe(0);
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(pathAndQuery(page)).toBe('/login?next=%2Fpartners%2Fdemo-partner-agency');

    await page.getByLabel('Email address').fill(PARTNER_EMAIL);
    await page.getByLabel('Password', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.locator('#login-password-error').waitFor();
    expect(await page.locator('#login-password-error').innerText()).toContain(
      'The email address or the password is not right.',
    );
    expect(await page.getByLabel('Email address').inputValue()).toBe(PARTNER_EMAIL);
    await eventually(async () => expect(await activeId(page)).toBe('login-password'));

    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/partners/demo-partner-agency');
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Demo Partner/ })
      .waitFor();
    await page.getByRole('link', { name: 'Manage this organization' }).click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}\/settings$/);
    await page.getByText('Your role: Administrator').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Demo Partner Agency');

    await openAccountMenu(page);
    await page.getByRole('banner').getByRole('link', { name: 'Account and profile' }).click();
    await page.waitForURL('**/account');
    const organizations = page.getByRole('region', { name: 'Your organizations' });
    await organizations.getByText('Demo Partner Agency', { exact: true }).waitFor();

    // Signing out leaves the private page and the header offers to sign in again.
    await openAccountMenu(page);
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goto('/account');
    await page.waitForURL('**/login?next=%2Faccount');
    await context.close();
  });

  it('never sends a signed-in member to another site', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login?next=%2F%2Fevil.example%2Fphish');
    await page.getByLabel('Email address').fill(PARTNER_EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/account');
    expect(pathAndQuery(page)).toBe('/account');
    await context.close();
  });

  it('retries once with a fresh token when the CSRF check fails', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    // The first sign-in attempt is answered as if the CSRF cookie had changed under the page.
    let refused = 0;
    await page.route('**/api/v1/auth/login', async (route) => {
      if (refused++ > 0) return route.continue();
      await route.fulfill({
        status: 403,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Forbidden',
          status: 403,
          detail: 'Missing or wrong X-CSRF-Token header',
          code: 'CSRF_FAILED',
        }),
      });
    });
    const tokenFetched = page.waitForRequest('**/api/v1/auth/csrf');
    await page.getByLabel('Email address').fill('curator@galaxy.local');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await tokenFetched;
    await page.waitForURL('**/account');
    expect(refused).toBe(2);
    await context.close();
  });

  it('relays a visitor’s message to a partner without showing its address', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/partners/demo-partner-agency');
    const contact = page.getByRole('region', { name: 'Contact this organization' });
    await contact.waitFor();
    await contact.getByLabel('Your name').fill('Lucía Gómez');
    await contact.getByLabel('Your email address').fill('lucia@example.org');
    await contact.getByLabel('Message').fill('Too short');
    await contact.getByRole('button', { name: 'Send the message' }).click();
    await page.locator('#contact-message-error').waitFor();
    expect(await page.locator('#contact-message-error').innerText()).toContain('at least 10 characters');
    expect(await contact.getByLabel('Your name').inputValue()).toBe('Lucía Gómez');

    const text = `We would like to learn from your drip irrigation programme (${Date.now()}).`;
    await contact.getByLabel('Message').fill(text);
    await contact.getByRole('button', { name: 'Send the message' }).click();
    await contact.getByText('Your message was sent to Demo Partner Agency.').waitFor();
    const mail = await waitForMail(page, PARTNER_EMAIL, /Message for Demo Partner Agency/);
    expect(mail.text).toContain('lucia@example.org');
    await context.close();
  });
});
