// End to end against the running stack: every page of every role on a 375 px wide screen (a phone held
// upright) reflows with no horizontal scroll and passes axe-core (WCAG 2.1 AA), in English and in French: lists stack each row as a card
// with its column names, forms and headings wrap. Setup through the API: a case with mediator1.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/narrow.e2e.mjs
import { coordinator, expectAccessible, openCaseThroughApi, runSpec, screenshot, signIn, signOut, staff } from './support.mjs';

const mediator = { username: 'mediator1', password: 'mediator1' };
const auditor = { username: 'auditor1', password: 'auditor1' };
const admin = { username: 'admin1', password: 'admin1' };
const width = 375;

/** What sticks out past the screen's right edge: the deepest such elements, named for the report. */
async function overflow(page) {
  return page.evaluate((w) => {
    if (document.documentElement.scrollWidth <= w) return null;
    const all = [];
    const walk = (root) => root.querySelectorAll('*').forEach((el) => { all.push(el); if (el.shadowRoot) walk(el.shadowRoot); });
    walk(document.body);
    const wide = all.filter((el) => el.getBoundingClientRect().right > w + 1);
    const inside = (outer, inner) => { for (let n = inner; n; n = n.parentNode || n.host) if (n === outer) return true; return false; };
    const deepest = wide.filter((el) => !wide.some((other) => other !== el && inside(el, other)));
    const name = (el) => `${el.getRootNode().host ? el.getRootNode().host.tagName.toLowerCase() + (el.getRootNode().host.getAttribute('data-testid') ? `[${el.getRootNode().host.getAttribute('data-testid')}]` : '') + ' > ' : ''}${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}.${[...el.classList].join('.')}`;
    return `${document.documentElement.scrollWidth}px: ${deepest.slice(0, 6).map((el) => `${name(el)} (${Math.round(el.getBoundingClientRect().right)})`).join(', ')}`;
  }, width);
}

async function settle(page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle').catch(() => {});
  // every list and section has loaded (no "Loading…" left) before the page is measured
  await page.waitForFunction(() => !document.querySelector('.ro-loading'), undefined, { timeout: 15000 });
}

async function visitAll(page, user, language, navIds, extra = async () => []) {
  const problems = [];
  for (const id of navIds) {
    const link = page.getByTestId(id);
    if (!(await link.count())) continue;
    await link.first().click();
    await settle(page);
    const o = await overflow(page);
    if (o) problems.push(`${user.username} ${language} ${new URL(page.url()).pathname}: ${o}`);
    await screenshot(page, `narrow-${user.username}-${language}-${id}`);
    await expectAccessible(page, `${user.username}'s ${new URL(page.url()).pathname} at ${width} px (${language})`).catch((e) => problems.push(e.message));
  }
  for (const path of await extra()) {
    const o = await overflow(page);
    if (o) problems.push(`${user.username} ${language} ${path}: ${o}`);
    await expectAccessible(page, `${user.username}'s ${path} at ${width} px (${language})`).catch((e) => problems.push(e.message));
  }
  return problems;
}

const nav = ['nav-my-work', 'nav-participants', 'nav-my-cases', 'nav-record-call', 'nav-referral-queue', 'nav-cases', 'nav-review-queue',
  'nav-corrections', 'nav-statistics', 'nav-disposal', 'nav-mediator-roster', 'nav-reference-data', 'nav-audit-trail',
  'nav-audit-verification', 'nav-refer-offender', 'nav-my-referrals'];

await runSpec('every page at 375 px, in English and French, without horizontal scroll', async ({ page, check }) => {
  await page.setViewportSize({ width, height: 800 });
  let caseId;
  await check('setup through the API: a case with mediator1', async () => {
    ({ caseId } = await openCaseThroughApi({ staff, coordinator, mediators: ['mediator1'] }));
  });
  const problems = [];
  for (const user of [coordinator, mediator, staff, auditor, admin]) {
    await check(`${user.username}: every page in English and in French`, async () => {
      await signIn(page, user);
      for (const language of ['en', 'fr']) {
        if (language === 'fr') await page.getByTestId('language-toggle').click();
        problems.push(...(await visitAll(page, user, language, nav, async () => {
          if (user !== coordinator && user !== mediator) return [];
          await page.getByTestId(user === coordinator ? 'nav-cases' : 'nav-my-cases').click();
          await page.locator(`a[href="/cases/${caseId}"]`).first().click();
          await settle(page);
          return [`/cases/${caseId}`];
        })));
        if (language === 'fr') await page.getByTestId('language-toggle').click();
      }
      await signOut(page);
    });
  }
  await check('no page scrolls sideways at 375 px, and axe-core finds no WCAG 2.1 AA violation on any', async () => {
    if (problems.length) throw new Error(`${problems.length} problem(s):\n    ${problems.join('\n    ')}`);
  });
});
