// End to end against the running stack: the session as staff meet it. A reload, or the portal opened in a
// new tab, while the Keycloak session lives is signed in with no click (a silent sign-in; tokens stay in
// memory, never in web storage); a form in progress keeps what was typed when the token is renewed; signed
// out, a reload shows the sign-in page. Keycloak's sign-in page comes in the portal's language with the
// realm's theme; the footer is the internal application's (no social media or mobile applications links);
// the portal has its favicon. Both languages pass axe-core.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/session.e2e.mjs
import { baseUrl, coordinator, en, expectAccessible, fr, keycloakUrl, runSpec, signIn, signOut } from './support.mjs';

const signedInAs = (page) => page.getByTestId('signed-in-as');

async function expectNoTokenInStorage(page) {
  const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }));
  if (/eyJ[\w-]+\.[\w-]+\./.test(stored) || /access_token|refresh_token|id_token/.test(stored)) {
    throw new Error(`a token is in web storage: ${stored.slice(0, 200)}`);
  }
}

await runSpec('the session: silent sign-in, renewal, the sign-in page and the footer', async ({ page, check }) => {
  const keycloakRequests = [];
  const foreignRequests = [];
  page.context().on('request', (request) => {
    const origin = new URL(request.url()).origin;
    if (origin === keycloakUrl) keycloakRequests.push(request.url());
    else if (origin !== baseUrl && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });

  // The page's clock runs as usual but can be moved forward: the token's renewal (a minute before it
  // expires) then happens at once, as it would 14 minutes into a session.
  await page.clock.install();

  await check('the sign-in page in French sends Keycloak the language, and Keycloak answers in French with the realm theme', async () => {
    await page.goto(baseUrl + '/');
    await page.getByTestId('sign-in').waitFor();
    await page.getByTestId('language-toggle').click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: fr.app.title }).first().waitFor().catch(() => {});
    const themeCss = page.waitForResponse((r) => r.url().includes('/resources/') && r.url().endsWith('/login/ro/css/ro.css'));
    await page.getByTestId('sign-in').click();
    await page.locator('#username').waitFor();
    if (!new URL(page.url()).searchParams.get('ui_locales')?.startsWith('fr')) throw new Error(`no ui_locales=fr in ${page.url()}`);
    const lang = await page.locator('html').getAttribute('lang');
    if (lang !== 'fr') throw new Error(`Keycloak's page is in "${lang}", not fr`);
    const response = await themeCss;
    if (!response.ok()) throw new Error(`the theme's ro.css answered ${response.status()}`);
    await page.goBack();
    await page.getByTestId('sign-in').waitFor();
    await page.getByTestId('language-toggle').click();
  });

  await check('the footer is the internal one, and the favicon is served', async () => {
    const footer = page.locator('gcds-footer');
    await footer.waitFor();
    const links = await footer.evaluate((el) => [...el.shadowRoot.querySelectorAll('gcds-link')].map((l) => `${l.textContent.trim()} ${l.getAttribute('href')}`));
    const text = links.join(' | ');
    if (/social|mobile|About Canada/i.test(text)) throw new Error(`public footer links: ${text}`);
    if (!text.includes(en.app.footerTerms) || !text.includes(en.app.footerPrivacy)) throw new Error(`no terms and privacy links: ${text}`);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const response = await page.request.get(new URL(icon, baseUrl).href);
    if (!response.ok() || !(response.headers()['content-type'] || '').includes('svg')) throw new Error(`favicon ${icon}: ${response.status()}`);
    await expectAccessible(page, 'the sign-in page (en)');
  });

  await check('signed in, a reload keeps the page signed in with no click', async () => {
    await signIn(page, coordinator);
    await page.getByTestId('nav-participants').click();
    await page.waitForURL(/\/participants$/);
    await page.reload();
    await signedInAs(page).waitFor();
    if (!page.url().endsWith('/participants')) throw new Error(`the reload landed on ${page.url()}`);
    if (await page.getByTestId('sign-in').isVisible()) throw new Error('the sign-in button shows after a reload');
    await expectNoTokenInStorage(page);
  });

  await check('the portal opened in a new tab is signed in with no click', async () => {
    const tab = await page.context().newPage();
    await tab.goto(baseUrl + '/participants');
    await tab.getByTestId('signed-in-as').waitFor();
    await expectNoTokenInStorage(tab);
    await tab.close();
  });

  await check('a form in progress keeps what was typed when the token is renewed', async () => {
    await page.getByTestId('new-participant').click();
    const firstName = page.getByLabel(en.participants.fields.firstName);
    await firstName.fill('Typed before renewal');
    const renewed = page.waitForRequest((r) => r.url().startsWith(keycloakUrl) && r.url().includes('/protocol/openid-connect/token') && r.method() === 'POST');
    await page.clock.fastForward('14:30');
    await renewed;
    await page.waitForTimeout(500);
    const value = await firstName.inputValue();
    if (value !== 'Typed before renewal') throw new Error(`after the renewal the field holds "${value}"`);
    await signedInAs(page).waitFor();
  });

  await check('signed out, a reload shows the sign-in page', async () => {
    await signOut(page);
    await page.reload();
    await page.getByTestId('sign-in').waitFor();
    if (await signedInAs(page).isVisible()) throw new Error('signed in again after signing out');
    await expectAccessible(page, 'the sign-in page after signing out (en)');
    await page.getByTestId('language-toggle').click();
    await expectAccessible(page, 'the sign-in page (fr)');
    await page.getByTestId('language-toggle').click();
  });

  await check('no request left the portal and Keycloak', async () => {
    if (foreignRequests.length) throw new Error(`requests outside the portal and Keycloak: ${foreignRequests.join(', ')}`);
    if (!keycloakRequests.some((u) => u.includes('prompt=none'))) throw new Error('no silent sign-in (prompt=none) was asked of Keycloak');
  });
});
