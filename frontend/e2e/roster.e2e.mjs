// End to end against the running stack: the mediator roster. Setup through the API (tokens from
// Keycloak's password grant): mediator2, a realm user with the mediator role, is on the roster with
// English only, and a case about a French-speaking victim is open with mediator1. In the browser,
// coordinator1 reassigns the case to mediator2 alone and sees the language warning (the assignment
// stands); admin1 ticks French for mediator2 and the roster reads "English, French"; adding staff1 (a
// realm user without the mediator role) is refused at the user name, as the API words it. Every page
// state is checked by axe-core in English and in French.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/roster.e2e.mjs
import { apiCall as call, apiToken as token, baseUrl, coordinator, en, expectAccessible, fr, openCaseThroughApi, runSpec, screenshot, signIn, signOut, staff } from './support.mjs';

const admin = { username: process.env.E2E_ADMIN_USER || 'admin1', password: process.env.E2E_ADMIN_PASSWORD || process.env.E2E_ADMIN_USER || 'admin1' };
const mediator = process.env.E2E_SECOND_MEDIATOR_USER || 'mediator2';
// staff are shown by their display names (the demo realm's first and last names)
const displayNames = { mediator1: 'Martin Mediator', mediator2: 'Marie Médiatrice' };
const notMediator = process.env.E2E_STAFF_USER || 'staff1';

/** The roster entry's region, whether the form asks it as text or as a choice from the reference data. */
async function fillRegion(page) {
  const field = page.locator('[name="region"], [name="regionId"]').first();
  if ((await field.evaluate((e) => e.tagName)) === 'SELECT') {
    const values = await field.locator('option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
    await field.selectOption(values[0]);
  } else {
    await field.fill('Ontario');
  }
}

/** Opens the add form, asks for staff1 with English, and waits for the refusal at the user name. */
async function addNotAMediator(page, words) {
  await page.getByTestId('add-mediator').click();
  await page.locator('#field-username').fill(notMediator);
  await page.locator('#field-displayName').fill('Sam Staff');
  await page.getByLabel(words.mediators.languages.EN, { exact: true }).check();
  await fillRegion(page);
  await page.getByTestId('save-mediator').click();
  await page.getByTestId('field-username-error').waitFor();
}

await runSpec('mediator roster: realm mediators, languages as a set, in English and French', async ({ page, check }) => {
  await check(`setup through the API: ${mediator} on the roster with English only`, async () => {
    const adminToken = await token(admin);
    const roster = await call(adminToken, 'GET', '/api/mediators');
    const entry = roster.find((m) => m.username === mediator);
    if (!entry) {
      await call(adminToken, 'POST', '/api/mediators', { username: mediator, displayName: 'Mediator Two', languages: ['EN'], region: 'Quebec', active: true });
    } else {
      const { version, ...kept } = entry; // the entry as read, whatever else it holds (a region), with English only
      await call(adminToken, 'PUT', `/api/mediators/${entry.username}`, { ...kept, languages: ['EN'] }, { 'If-Match': `"${version}"` });
    }
  });

  let opened = { caseId: '', harmedLastName: '' };
  await check('setup through the API: a case about a French-speaking victim, with mediator1', async () => {
    opened = await openCaseThroughApi({ staff, coordinator, mediators: ['mediator1'] });
  });

  await check(`coordinator1 reassigns the case to ${mediator} alone: warned that nobody speaks French, and assigned`, async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, coordinator);
    // Tokens live in memory only: move inside the portal, never by reloading an address.
    await page.getByTestId('nav-cases').click();
    await page.locator('[data-testid="case-row"]').filter({ hasText: opened.harmedLastName }).getByTestId('open-case').click();
    await page.getByTestId('mediators-section').waitFor();
    if (await page.getByTestId('language-warnings').count()) throw new Error('a warning before the reassignment');
    await page.getByTestId('reassign-mediators').click();
    await page.getByTestId('mediator-mediator1').uncheck();
    await page.getByTestId(`mediator-${mediator}`).check();
    await page.getByTestId('save-mediators').click();
    await page.getByTestId('case-mediators').getByText(displayNames[mediator] ?? mediator, { exact: true }).waitFor();
    const warning = await page.getByTestId('language-warning-FR').innerText();
    if (!warning.includes(en.mediators.spoken.FR)) throw new Error(`the warning reads "${warning}"`);
    await expectAccessible(page, 'the case with its language warning (en)');
    await screenshot(page, 'roster-00-warning');
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('language-warnings').getByText(fr.cases.mediators.languageWarningTitle).waitFor();
    await expectAccessible(page, 'the case with its language warning (fr)');
    await page.getByTestId('language-toggle').click();
    await signOut(page);
  });

  await check('admin1 opens the roster', async () => {
    await signIn(page, admin);
    await page.getByTestId('nav-mediator-roster').click();
    await page.getByTestId('mediator-roster').waitFor();
    const row = page.locator(`[data-testid="mediator-row"][data-username="${mediator}"]`);
    const text = await row.innerText();
    if (!text.includes(en.mediators.spoken.EN) || text.includes(en.mediators.spoken.FR)) throw new Error(`${mediator} reads "${text}"`);
    await expectAccessible(page, 'the roster (en)');
    await screenshot(page, 'roster-01-list');
  });

  await check(`admin1 ticks French for ${mediator}: the roster reads "English, French"`, async () => {
    await page.getByTestId(`edit-mediator-${mediator}`).click();
    await page.getByTestId('mediator-form').waitFor();
    const english = page.getByLabel(en.mediators.languages.EN, { exact: true });
    if (!(await english.isChecked())) throw new Error('English is not ticked in the form');
    await expectAccessible(page, 'the roster entry form (en)');
    await page.getByLabel(en.mediators.languages.FR, { exact: true }).check();
    await page.getByTestId('save-mediator').click();
    await page.getByTestId('mediator-form').waitFor({ state: 'detached' });
    const row = page.locator(`[data-testid="mediator-row"][data-username="${mediator}"]`);
    await row.getByText(`${en.mediators.spoken.EN}, ${en.mediators.spoken.FR}`).waitFor();
    await screenshot(page, 'roster-02-languages');
  });

  await check(`adding ${notMediator}, who is not a realm mediator, is refused at the user name`, async () => {
    await addNotAMediator(page, en);
    const message = await page.getByTestId('field-username-error').innerText();
    if (!/mediator role/i.test(message)) throw new Error(`the refusal reads "${message}"`);
    await expectAccessible(page, 'the refused roster entry (en)');
    await screenshot(page, 'roster-03-refused');
    await page.getByTestId('mediator-form').getByRole('button', { name: en.common.cancel, exact: true }).click();
  });

  await check('in French: the roster, the form and the refusal', async () => {
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('page-heading').getByText(fr.mediators.title).waitFor();
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== 'fr') throw new Error(`html lang is ${lang}`);
    const row = page.locator(`[data-testid="mediator-row"][data-username="${mediator}"]`);
    await row.getByText(`${fr.mediators.spoken.EN}, ${fr.mediators.spoken.FR}`).waitFor();
    await expectAccessible(page, 'the roster (fr)');
    await addNotAMediator(page, fr);
    const message = await page.getByTestId('field-username-error').innerText();
    if (!/rôle de médiateur/i.test(message)) throw new Error(`the refusal reads "${message}"`);
    await expectAccessible(page, 'the refused roster entry (fr)');
    await screenshot(page, 'roster-04-french');
    await page.getByTestId('mediator-form').getByRole('button', { name: fr.common.cancel, exact: true }).click();
    await page.getByTestId('language-toggle').click();
  });

  await check('signing out', async () => {
    await signOut(page);
  });
});
