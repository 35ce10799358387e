// End to end against the running stack. Setup through the API (a token from Keycloak's password grant):
// coordinator1 records a participant and reads her record, each request with its own id. Then in the
// browser: auditor1 finds the audit pages from the home page, filters the trail by that record and by
// request id, downloads the CSV of the filtered view, opens the record's access log (the read and the
// creation, by coordinator1), runs the chain verification (intact) and reads the checkpoints; then the
// same pages in French. axe-core checks every page state in both languages.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/audit.e2e.mjs
import { readFileSync } from 'node:fs';
import { baseUrl, coordinator, en, expectAccessible, fr, runSpec, screenshot, signIn, signOut } from './support.mjs';

/**
 * Clears the filters and waits until the form shows every field empty: the form is remade from the address, so
 * typing before that is lost (waiting for the address alone was not enough: the form is remade just after it).
 */
async function clearFilters(page) {
  await page.getByTestId('clear-filters').click();
  await page.waitForURL((url) => url.search === '');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="audit-filters"] input, [data-testid="audit-filters"] select')]
    .every((field) => field.value === ''));
}

const keycloakUrl = (process.env.E2E_KEYCLOAK_URL || 'http://localhost:8181').replace(/\/$/, '');
const auditor = { username: process.env.E2E_AUDITOR_USER || 'auditor1', password: process.env.E2E_AUDITOR_PASSWORD || process.env.E2E_AUDITOR_USER || 'auditor1' };

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const createRequest = `e2e-audit-create-${unique}`;
const readRequest = `e2e-audit-read-${unique}`;

async function token({ username, password }) {
  const response = await fetch(`${keycloakUrl}/realms/ro/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'ro-tests', grant_type: 'password', username, password }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

async function call(bearer, method, path, body, headers = {}) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

await runSpec('audit', async ({ page, check }) => {
  let participantId = '';

  await check('setup: coordinator1 records a participant and reads her record', async () => {
    const bearer = await token(coordinator);
    const created = await call(
      bearer,
      'POST',
      '/api/participants',
      { kind: 'VICTIM', firstName: 'Aude', lastName: `Audit${unique}`, preferredLanguage: 'FR' },
      { 'X-Request-Id': createRequest },
    );
    participantId = created.id;
    await call(bearer, 'GET', `/api/participants/${participantId}`, undefined, { 'X-Request-Id': readRequest });
  });

  await check('auditor1 signs in and finds the audit pages from the home page', async () => {
    await signIn(page, auditor);
    await page.getByTestId('home-audit-trail').waitFor();
    await page.getByTestId('home-audit-verification').waitFor();
    await page.getByTestId('nav-audit-trail').waitFor();
    await expectAccessible(page, 'the auditor home page (en)');
    await screenshot(page, 'audit-01-home');
  });

  await check('the trail filtered by the record shows its read and creation, newest first', async () => {
    await page.getByTestId('home-audit-trail').click();
    await page.getByTestId('page-heading').getByText(en.audit.trail.title).waitFor();
    await page.getByTestId('audit-entry').first().waitFor();
    await expectAccessible(page, 'the audit trail (en)');
    await page.getByLabel(en.audit.fields.recordType).selectOption('PARTICIPANT');
    await page.getByLabel(en.audit.fields.recordId).fill(participantId);
    await page.getByTestId('apply-filters').click();
    await page.waitForURL((url) => url.searchParams.get('resourceId') === participantId);
    const rows = page.getByTestId('audit-entry');
    // the unfiltered page stays shown until the filtered one arrives, and it may hold these entries too
    await rows.nth(2).waitFor({ state: 'detached' });
    await rows.filter({ hasText: readRequest }).waitFor();
    const texts = await rows.allTextContents();
    if (texts.length !== 2) throw new Error(`expected 2 entries, got ${texts.length}: ${texts.join(' | ')}`);
    if (!texts[0].includes('READ') || !texts[1].includes('CREATE')) throw new Error(`not newest first: ${texts.join(' | ')}`);
    if (!texts.every((t) => t.includes('coordinator1'))) throw new Error(`not all by coordinator1: ${texts.join(' | ')}`);
    await expectAccessible(page, 'the filtered audit trail (en)');
    await screenshot(page, 'audit-02-filtered');
  });

  await check('a request id and a refused filter', async () => {
    await clearFilters(page);
    await page.getByLabel(en.audit.fields.requestId).fill(createRequest);
    await page.getByTestId('apply-filters').click();
    await page.waitForURL((url) => url.searchParams.get('requestId') === createRequest);
    await page.getByTestId('audit-total').getByText(en.audit.trail.total_one.replace('{{count}}', '1'), { exact: false }).waitFor();
    const only = await page.getByTestId('audit-entry').allTextContents();
    if (only.length !== 1 || !only[0].includes(createRequest)) throw new Error(`the request id filter kept: ${only.join(' | ')}`);
    await clearFilters(page);
    await page.getByLabel(en.audit.fields.action).fill('read everything');
    await page.getByTestId('apply-filters').click();
    await page.getByTestId('field-action-error').waitFor();
    await expectAccessible(page, 'a refused filter (en)');
    await clearFilters(page);
    await page.getByLabel(en.audit.fields.recordType).selectOption('PARTICIPANT');
    await page.getByLabel(en.audit.fields.recordId).fill(participantId);
    await page.getByTestId('apply-filters').click();
    await page.getByTestId('audit-entry').filter({ hasText: readRequest }).waitFor();
  });

  await check('the CSV of the filtered view downloads with its bilingual header', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    if (!download.suggestedFilename().endsWith('.csv')) throw new Error(`downloaded ${download.suggestedFilename()}`);
    const lines = readFileSync(await download.path(), 'utf8').split('\r\n').filter(Boolean);
    if (!lines[0].startsWith('Entry / Entrée,When (UTC) / Quand (UTC)')) throw new Error(`header: ${lines[0]}`);
    if (lines.length !== 3) throw new Error(`expected a header and 2 rows, got ${lines.length} lines`);
    await page.getByTestId('export-done').waitFor();
  });

  await check("the record's access log lists who read and created it", async () => {
    await page.getByTestId('access-log-link').first().click();
    await page.getByTestId('page-heading').getByText(en.audit.accessLog.title).waitFor();
    await page.getByTestId('audit-entry').filter({ hasText: 'CREATE' }).waitFor();
    await page.getByTestId('audit-entry').filter({ hasText: 'READ' }).first().waitFor();
    await expectAccessible(page, 'the access log (en)');
    await screenshot(page, 'audit-03-access-log');
  });

  await check('the chain verification runs and finds the chain intact; the checkpoints are listed', async () => {
    await page.getByTestId('nav-audit-verification').click();
    await page.getByTestId('page-heading').getByText(en.audit.verification.title).waitFor();
    await page.getByTestId('verification-not-run').waitFor();
    await expectAccessible(page, 'the chain verification before a run (en)');
    await page.getByTestId('run-verification').click();
    await page.getByTestId('verification-intact').waitFor();
    await page.locator('[data-testid="checkpoints"], [data-testid="no-checkpoints"]').first().waitFor();
    await expectAccessible(page, 'the chain verification, intact (en)');
    await screenshot(page, 'audit-04-verification');
  });

  await check('the same pages in French', async () => {
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('page-heading').getByText(fr.audit.verification.title).waitFor();
    await page.getByTestId('run-verification').click();
    await page.getByTestId('verification-intact').getByText(fr.audit.verification.intactTitle).waitFor();
    await expectAccessible(page, 'the chain verification, intact (fr)');
    await page.getByTestId('nav-audit-trail').click();
    await page.getByTestId('page-heading').getByText(fr.audit.trail.title).waitFor();
    await page.getByTestId('audit-entry').first().waitFor();
    await expectAccessible(page, 'the audit trail (fr)');
    await page.getByTestId('access-log-link').first().click();
    await page.getByTestId('page-heading').getByText(fr.audit.accessLog.title).waitFor();
    await page.getByTestId('audit-entry').first().waitFor();
    await expectAccessible(page, 'the access log (fr)');
    await page.getByRole('link', { name: fr.nav.home, exact: true }).click();
    await page.getByTestId('home-audit-trail').getByText(fr.nav.auditTrail).waitFor();
    await expectAccessible(page, 'the auditor home page (fr)');
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== 'fr') throw new Error(`html lang is ${lang}`);
    await screenshot(page, 'audit-05-french');
  });

  await check('signing out returns to the sign-in page', async () => {
    await signOut(page);
  });
});
