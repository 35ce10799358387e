// End to end against the running stack (portal + API + Keycloak), in Debian's Chromium:
// sign in as coordinator1, record a victim "Hélène <unique>", find her by "helene" and "Hélène",
// open her record, switch to French, sign out. Exits non-zero with a screenshot in e2e/out/.
//   E2E_BASE_URL=http://localhost:4173 npm run e2e
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, 'out');
mkdirSync(outDir, { recursive: true });
const fr = JSON.parse(readFileSync(join(here, '../src/locales/fr.json'), 'utf8'));
const en = JSON.parse(readFileSync(join(here, '../src/locales/en.json'), 'utf8'));

const baseUrl = (process.env.E2E_BASE_URL || 'http://localhost:4173').replace(/\/$/, '');
const username = process.env.E2E_USER || 'coordinator1';
const password = process.env.E2E_PASSWORD || username;
const timeout = Number(process.env.E2E_TIMEOUT_MS || 15000);
const lastName = `E2e${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

let step = 'start';
const log = (message) => console.log(`  ${message}`);
async function check(name, action) {
  step = name;
  await action();
  log(`ok  ${name}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
});
const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
page.setDefaultTimeout(timeout);
const consoleErrors = [];
page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
page.on('pageerror', (e) => consoleErrors.push(String(e)));

let failed = false;
try {
  await check('the portal shows its sign-in page', async () => {
    await page.goto(baseUrl + '/');
    await page.getByTestId('sign-in').waitFor();
    await page.screenshot({ path: join(outDir, '01-sign-in.png'), fullPage: true });
  });

  await check('signing in goes through Keycloak and back', async () => {
    await page.getByTestId('sign-in').click();
    await page.locator('#username').waitFor();
    await page.screenshot({ path: join(outDir, '02-keycloak.png') });
    await page.fill('#username', username);
    await page.fill('#password', password);
    await page.click('#kc-login');
    await page.waitForURL((url) => url.href.startsWith(baseUrl));
    await page.getByTestId('signed-in-as').waitFor();
    await page.getByTestId('home-participants').waitFor();
    await page.screenshot({ path: join(outDir, '03-home.png'), fullPage: true });
  });

  await check('a coordinator records a victim named Hélène', async () => {
    await page.getByTestId('nav-participants').click();
    await page.getByTestId('new-participant').click();
    await page.getByLabel(en.participants.fields.kind).selectOption('VICTIM');
    await page.getByLabel(en.participants.fields.firstName).fill('Hélène');
    await page.getByLabel(en.participants.fields.lastName).fill(lastName);
    await page.getByLabel(en.participants.fields.preferredLanguage).selectOption('FR');
    await page.getByLabel(en.participants.fields.email).fill('helene@example.ca');
    await page.getByLabel(en.participants.fields.mayLeaveMessage).check();
    await page.getByTestId('save-participant').click();
    await page.getByTestId('success-notice').waitFor();
    await page.getByTestId('participant-contact').waitFor();
    const heading = await page.getByTestId('page-heading').textContent();
    if (!heading?.includes(`Hélène ${lastName}`)) throw new Error(`heading is "${heading}"`);
  });

  const row = () => page.getByRole('link', { name: `${lastName}, Hélène` });
  for (const words of ['helene', 'Hélène']) {
    await check(`searching "${words}" finds her`, async () => {
      await page.getByTestId('nav-participants').click();
      await page.getByTestId('participant-search').fill(words);
      await page.getByTestId('participant-search-submit').click();
      await page.waitForURL((url) => url.searchParams.get('q') === words);
      await page.getByTestId('participant-row').first().waitFor();
      // Names are matched without regard to accents or case; on a busy database she may be past
      // the first page, so the unique last name then narrows the search.
      if (!(await row().isVisible())) {
        await page.getByTestId('participant-search').fill(`${words} ${lastName.toLowerCase()}`);
        await page.getByTestId('participant-search-submit').click();
      }
      await row().waitFor();
      await page.screenshot({ path: join(outDir, `04-search-${words === 'helene' ? 'plain' : 'accented'}.png`), fullPage: true });
    });
  }

  await check('her record opens from the list, and can be changed', async () => {
    await row().click();
    await page.getByTestId('participant-details').waitFor();
    await page.getByText('helene@example.ca').waitFor();
    await page.getByTestId('edit-participant').click();
    await page.getByLabel(en.participants.fields.safeTimes).fill('Weekdays after 18:00');
    await page.getByTestId('save-participant').click();
    await page.getByTestId('success-notice').waitFor();
    await page.getByText('Weekdays after 18:00').waitFor();
  });

  await check('the page switches to French', async () => {
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('participant-kind').getByText(fr.participants.kind.VICTIM, { exact: true }).waitFor();
    await page.getByRole('link', { name: fr.participants.backToList }).click();
    await page.getByTestId('page-heading').getByText(fr.participants.listTitle).waitFor();
    await page.getByRole('button', { name: fr.participants.searchButton }).waitFor();
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== 'fr') throw new Error(`html lang is ${lang}`);
    await page.screenshot({ path: join(outDir, '05-french.png'), fullPage: true });
  });

  await check('signing out returns to the sign-in page', async () => {
    await page.getByTestId('sign-out').click();
    await page.waitForURL((url) => url.href.startsWith(baseUrl));
    await page.getByTestId('sign-in').waitFor();
    await page.screenshot({ path: join(outDir, '06-signed-out.png'), fullPage: true });
  });

  await check('correctional staff sign in and see no participants', async () => {
    await page.getByTestId('sign-in').click();
    await page.locator('#username').waitFor();
    await page.fill('#username', process.env.E2E_STAFF_USER || 'staff1');
    await page.fill('#password', process.env.E2E_STAFF_PASSWORD || process.env.E2E_STAFF_USER || 'staff1');
    await page.click('#kc-login');
    await page.getByTestId('signed-in-as').waitFor();
    await page.getByTestId('home').waitFor();
    if (await page.getByTestId('nav-participants').count()) throw new Error('staff see the Participants link');
    await page.goto(baseUrl + '/');
    await page.getByTestId('sign-in').waitFor();
  });
} catch (error) {
  failed = true;
  const shot = join(outDir, 'failure.png');
  await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
  console.error(`FAILED at "${step}": ${error instanceof Error ? error.message : error}`);
  console.error(`  page: ${page.url()}\n  screenshot: ${shot}`);
  if (consoleErrors.length) console.error(`  browser console errors:\n    ${consoleErrors.join('\n    ')}`);
} finally {
  await browser.close();
}
console.log(failed ? '0 passed, 1 failed' : '1 passed, 0 failed');
process.exit(failed ? 1 : 0);
