// Shared by the end-to-end specs: launching Debian's Chromium, signing in and out through Keycloak,
// screenshots, and reporting each step. Each spec runs against a live stack at E2E_BASE_URL.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const here = dirname(fileURLToPath(import.meta.url));
export const outDir = join(here, 'out');
mkdirSync(outDir, { recursive: true });
export const en = JSON.parse(readFileSync(join(here, '../src/locales/en.json'), 'utf8'));
export const fr = JSON.parse(readFileSync(join(here, '../src/locales/fr.json'), 'utf8'));
export const baseUrl = (process.env.E2E_BASE_URL || 'http://localhost:4173').replace(/\/$/, '');
export const timeout = Number(process.env.E2E_TIMEOUT_MS || 15000);
export const keycloakUrl = (process.env.E2E_KEYCLOAK_URL || 'http://localhost:8181').replace(/\/$/, '');

export const coordinator = { username: process.env.E2E_USER || 'coordinator1', password: process.env.E2E_PASSWORD || process.env.E2E_USER || 'coordinator1' };
export const staff = {
  username: process.env.E2E_STAFF_USER || 'staff1',
  password: process.env.E2E_STAFF_PASSWORD || process.env.E2E_STAFF_USER || 'staff1',
};

export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
  });
  const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 1280, height: 900 } });
  // Every Content-Security-Policy violation in the portal's pages fails the spec (runSpec), so the
  // suite proves the portal works under its CSP. Keycloak's own pages are its business.
  const cspViolations = [];
  await context.exposeBinding('__roCspViolation', ({ frame }, v) => {
    if (new URL(frame.url()).origin === new URL(baseUrl).origin) cspViolations.push(v);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__roCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || document.URL}:${e.lineNumber}`),
    );
  });
  // The portal talks to its own origin and to Keycloak, nothing else (no font, script or analytics CDN):
  // any other request of any page of any spec fails the spec (runSpec).
  const foreignRequests = [];
  context.on('request', (request) => {
    const url = request.url();
    // network requests only: data:, blob: and the browser's own chrome-extension: (its PDF viewer) are not
    if (!/^https?:/.test(url)) return;
    const origin = new URL(url).origin;
    if (origin !== baseUrl && origin !== keycloakUrl) foreignRequests.push(url);
  });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return { browser, context, page, consoleErrors, cspViolations, foreignRequests };
}

/** The GC Design System's icon font is served by the portal itself, so icons draw as glyphs, not boxes. */
export async function expectIconFont(page) {
  const faces = await page.evaluate(async () => (await document.fonts.load('16px gcds-icons')).map((f) => f.status));
  if (!faces.includes('loaded')) throw new Error(`the gcds-icons font did not load: ${JSON.stringify(faces)}`);
}

/** From the portal's sign-in page, through Keycloak's form, back signed in. */
export async function signIn(page, { username, password }, { beforeSubmit } = {}) {
  if (!(await page.getByTestId('sign-in').isVisible().catch(() => false))) {
    await page.goto(baseUrl + '/');
  }
  await page.getByTestId('sign-in').click();
  await page.locator('#username').waitFor();
  if (beforeSubmit) await beforeSubmit();
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.href.startsWith(baseUrl));
  await page.getByTestId('signed-in-as').waitFor();
}

/** Signs out through the navigation (Keycloak ends the session) and waits for the sign-in page. */
export async function signOut(page) {
  await page.getByTestId('sign-out').click();
  await page.waitForURL((url) => url.href.startsWith(baseUrl));
  await page.getByTestId('sign-in').waitFor();
}

/**
 * Runs axe-core on the page as it stands, against WCAG 2.0/2.1 A and AA, and fails with each violation
 * (rule, impact, the first nodes) when there is one. `what` names the page state in the message.
 */
export async function expectAccessible(page, what) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  if (result.violations.length) {
    const lines = result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
    );
    throw new Error(`axe-core found ${result.violations.length} WCAG 2.1 AA violation(s) on ${what}:\n    ${lines.join('\n    ')}`);
  }
}

export function screenshot(page, name) {
  return page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
}

/** Runs named steps in order; on the first failure, a screenshot and the browser's errors, and exit 1. */
export async function runSpec(name, body) {
  const { browser, page, consoleErrors, cspViolations, foreignRequests } = await launch();
  let step = 'start';
  const check = async (stepName, action) => {
    step = stepName;
    await action();
    console.log(`  ok  ${stepName}`);
  };
  let failed = false;
  console.log(name);
  try {
    await body({ page, check });
    step = 'no Content-Security-Policy violation';
    if (cspViolations.length) throw new Error(`the portal broke its CSP:\n    ${cspViolations.join('\n    ')}`);
    step = 'no request outside the portal and Keycloak';
    if (foreignRequests.length) throw new Error(`requests outside the portal and Keycloak:\n    ${foreignRequests.join('\n    ')}`);
  } catch (error) {
    failed = true;
    const shot = join(outDir, `failure-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    console.error(`FAILED at "${step}": ${error instanceof Error ? error.message : error}`);
    console.error(`  page: ${page.url()}\n  screenshot: ${shot}`);
    if (consoleErrors.length) console.error(`  browser console errors:\n    ${consoleErrors.join('\n    ')}`);
  } finally {
    await browser.close();
  }
  console.log(failed ? '0 passed, 1 failed' : '1 passed, 0 failed');
  process.exit(failed ? 1 : 0);
}

// ---- Setup through the API (added with the roster spec; older specs keep their own copies) ----

/** A demo user's access token by Keycloak's password grant (the ro-tests client). */
export async function apiToken({ username, password }) {
  const response = await fetch(`${keycloakUrl}/realms/ro/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'ro-tests', grant_type: 'password', username, password }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

/** A call to the API through the portal's origin; anything but 2xx fails the step. */
export async function apiCall(bearer, method, path, body, headers = {}) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/**
 * Through the API: staff1 refers a new offender (English), coordinator1 records a French-speaking victim's
 * request about them, both are assessed suitable and accepted, and a case is opened with these mediators.
 * Returns the case's id and the victim's last name (to find its row).
 */
export async function openCaseThroughApi({ staff: staffUser, coordinator: coordinatorUser, mediators }) {
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const offenderNumber = `R${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const harmedLastName = `Harmed${unique}`;
  const staffToken = await apiToken(staffUser);
  const coordinatorToken = await apiToken(coordinatorUser);
  const offender = await apiCall(staffToken, 'POST', '/api/offender-referrals', {
    offenderNumber, offenderFirstName: 'Marc', offenderLastName: `Offender${unique}`, offenderPreferredLanguage: 'EN',
    institution: 'Joyceville Institution', staffSupportsParticipation: true, offenderTakesResponsibility: true, federalSentence: 'YES',
    reasons: 'Has asked to answer the family.',
  });
  const harmed = await apiCall(coordinatorToken, 'POST', '/api/referrals/harmed-person-requests', {
    newParticipant: { kind: 'VICTIM', firstName: 'Hélène', lastName: harmedLastName, preferredLanguage: 'FR' },
    channel: 'PHONE', offenderNumber, victimRegistration: 'REGISTERED_VICTIM', federalSentence: 'YES',
  });
  for (const id of [offender.id, harmed.id]) {
    const current = await apiCall(coordinatorToken, 'GET', `/api/referrals/${id}`);
    if (current.state === 'DORMANT' || current.state === 'SUBMITTED') await apiCall(coordinatorToken, 'POST', `/api/referrals/${id}/start-assessment`);
    const draft = await apiCall(coordinatorToken, 'POST', `/api/referrals/${id}/suitability-assessments`, {
      appropriateness: 'Appropriate.', motivation: 'Sincere.', acceptanceOfResponsibility: 'Full.', outcome: 'SUITABLE',
    });
    await apiCall(coordinatorToken, 'POST', `/api/referrals/${id}/suitability-assessments/${draft.id}/finalise`, undefined, { 'If-Match': `"${draft.version}"` });
    await apiCall(coordinatorToken, 'POST', `/api/referrals/${id}/accept`);
  }
  const opened = await apiCall(coordinatorToken, 'POST', '/api/cases', { referralIds: [harmed.id, offender.id], mediators });
  return { caseId: opened.id, harmedLastName };
}
