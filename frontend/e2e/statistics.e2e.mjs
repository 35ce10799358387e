// End to end against the running stack (portal + API + Keycloak), in Debian's Chromium:
// coordinator1 opens Statistics from the navigation (the current fiscal year by default), changes the
// period to the previous fiscal year and then to one region, sees every table (chart and numbers),
// downloads the CSV, and reads the page in French; a reload keeps the filters. auditor1 opens it from
// the home page. axe-core finds no WCAG 2.1 AA violation at each state, in English and in French.
//   E2E_BASE_URL=http://localhost:4173 node e2e/statistics.e2e.mjs
import { readFileSync } from 'node:fs';
import { baseUrl, coordinator, en, expectAccessible, fr, runSpec, screenshot, signIn, signOut } from './support.mjs';

const auditor = { username: process.env.E2E_AUDITOR_USER || 'auditor1', password: process.env.E2E_AUDITOR_PASSWORD || process.env.E2E_AUDITOR_USER || 'auditor1' };

const tableKeys = [
  'referralsBySourceAndChannel',
  'referralsByOutcome',
  'referralsByDeclineReason',
  'suitabilityByOutcome',
  'casesOpenedAndClosed',
  'casesByStage',
  'casesByWay',
  'casesByClosureOutcome',
  'participationChanges',
  'messagesByKindAndState',
  'meetingsByState',
  'feedbackFeltSafe',
  'feedbackFeltHeard',
  'feedbackNeedsMet',
  'feedbackWouldRecommend',
];

// The previous fiscal year (April to March), as YYYY-MM.
const now = new Date();
const fiscalStart = now.getMonth() + 1 >= 4 ? now.getFullYear() : now.getFullYear() - 1;
const previous = { from: `${fiscalStart - 1}-04`, to: `${fiscalStart}-03` };

/** The report is shown, with every table (its chart and its numbers), the durations, and no error. */
async function expectReport(page, words) {
  await page.getByTestId('statistics-report').waitFor();
  await page.locator('[data-testid="statistics-report"][aria-busy="false"]').waitFor();
  for (const key of tableKeys) {
    await page.getByTestId(`chart-${key}`).locator('svg[role="application"]').waitFor();
    const caption = await page.getByTestId(`table-${key}`).locator('caption').textContent();
    if (caption !== words.statistics.tables[key].title) throw new Error(`the ${key} table's caption is "${caption}"`);
  }
  await page.getByTestId('table-durations').waitFor();
  const totalRows = await page.locator('[data-testid^="table-"] tfoot tr').count();
  if (totalRows !== tableKeys.length) throw new Error(`${totalRows} total rows for ${tableKeys.length} tables`);
  if (await page.locator('.ro-stats-table td').filter({ hasText: /^[1-4]$/ }).count()) throw new Error('a count from 1 to 4 is shown');
  if (await page.getByRole('alert').count()) throw new Error(`an alert is shown: ${await page.getByRole('alert').first().textContent()}`);
}

await runSpec('statistics', async ({ page, check }) => {
  await check('coordinator1 opens Statistics from the navigation: the fiscal year to date', async () => {
    await signIn(page, coordinator);
    await page.getByTestId('nav-statistics').click();
    await page.waitForURL((url) => url.pathname === '/statistics');
    await expectReport(page, en);
    const summary = await page.getByTestId('statistics-summary').textContent();
    if (!summary?.startsWith('April ') || !summary.endsWith(en.statistics.filters.allRegions)) throw new Error(`the summary reads "${summary}"`);
    await screenshot(page, 'statistics-01-default');
    await expectAccessible(page, 'the statistics page (coordinator, English)');
  });

  await check('changing the period to the previous fiscal year asks for it and keeps it in the address', async () => {
    await page.getByLabel(en.statistics.filters.from).selectOption(previous.from);
    await page.getByLabel(en.statistics.filters.to).selectOption(previous.to);
    await page.getByTestId('statistics-submit').click();
    await page.waitForURL((url) => url.searchParams.get('from') === previous.from && url.searchParams.get('to') === previous.to);
    await page.getByTestId('statistics-summary').filter({ hasText: `April ${fiscalStart - 1} to March ${fiscalStart}` }).waitFor();
    await expectReport(page, en);
    await screenshot(page, 'statistics-02-previous-year');
  });

  await check('a last month before the first is refused at its field', async () => {
    await page.getByLabel(en.statistics.filters.from).selectOption(previous.to);
    await page.getByLabel(en.statistics.filters.to).selectOption(previous.from);
    await page.getByTestId('statistics-submit').click();
    await page.getByTestId('field-statistics-to-error').filter({ hasText: en.statistics.filters.toBeforeFrom }).waitFor();
    await expectAccessible(page, 'the statistics page with a period error');
  });

  await check('one region: chosen by its name, kept in the address, the report for it', async () => {
    await page.getByLabel(en.statistics.filters.from).selectOption(previous.from);
    await page.getByLabel(en.statistics.filters.to).selectOption(previous.to);
    const region = page.getByLabel(en.statistics.filters.region, { exact: true });
    await region.locator('option').nth(1).waitFor({ state: 'attached' });
    const name = (await region.locator('option').nth(1).textContent()).trim();
    await region.selectOption({ index: 1 });
    await page.getByTestId('statistics-submit').click();
    await page.waitForURL((url) => Boolean(url.searchParams.get('regionId')));
    await page.getByTestId('statistics-summary').filter({ hasText: name }).waitFor();
    await expectReport(page, en);
    await screenshot(page, 'statistics-03-region');
    await expectAccessible(page, 'the statistics page for one region');
  });

  await check('the CSV of the whole report downloads, bilingual, with a byte-order mark', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('statistics-download').click()]);
    const name = download.suggestedFilename();
    if (!/^statistics-\d{4}-04-01-\d{4}-03-31-[a-z0-9_-]+\.csv$/.test(name)) throw new Error(`the file is named ${name}`);
    const bytes = readFileSync(await download.path());
    if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) throw new Error('the CSV has no UTF-8 byte-order mark');
    const text = bytes.toString('utf8');
    for (const words of [`${en.statistics.count} / ${fr.statistics.count}`, `${en.statistics.durations.title} / ${fr.statistics.durations.title}`]) {
      if (!text.includes(words)) throw new Error(`the CSV lacks "${words}"`);
    }
  });

  await check('the page in French, and a reload keeps the filters', async () => {
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('page-heading').getByText(fr.statistics.title, { exact: true }).waitFor();
    await expectReport(page, fr);
    await page.getByTestId('statistics-summary').filter({ hasText: `De avril ${fiscalStart - 1} à mars ${fiscalStart}` }).waitFor();
    await screenshot(page, 'statistics-04-french');
    await expectAccessible(page, 'the statistics page (coordinator, French)');
    // A reload signs in again with no click while the Keycloak session lives (a silent sign-in; tokens stay
    // in memory) and stays on the same address, filters and all.
    const address = page.url();
    await page.reload();
    await page.getByTestId('signed-in-as').waitFor();
    await expectReport(page, fr);
    if (page.url() !== address) throw new Error(`the address changed on reload: ${page.url()}`);
    if ((await page.getByLabel(fr.statistics.filters.from).inputValue()) !== previous.from) throw new Error('the first month was not kept');
    if (!(await page.getByLabel(fr.statistics.filters.region, { exact: true }).inputValue())) throw new Error('the region was not kept');
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('page-heading').getByText(en.statistics.title, { exact: true }).waitFor();
    await signOut(page);
  });

  await check('auditor1 opens Statistics from the home page and changes the period', async () => {
    await signIn(page, auditor);
    await page.getByTestId('home-statistics').click();
    await page.waitForURL((url) => url.pathname === '/statistics');
    await expectReport(page, en);
    await expectAccessible(page, 'the statistics page (auditor, English)');
    await page.getByLabel(en.statistics.filters.from).selectOption(previous.from);
    await page.getByLabel(en.statistics.filters.to).selectOption(previous.to);
    await page.getByTestId('statistics-submit').click();
    await page.waitForURL((url) => url.searchParams.get('from') === previous.from);
    await expectReport(page, en);
    await screenshot(page, 'statistics-05-auditor');
  });

  await check('auditor1 reads it in French', async () => {
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('page-heading').getByText(fr.statistics.title, { exact: true }).waitFor();
    await expectReport(page, fr);
    await expectAccessible(page, 'the statistics page (auditor, French)');
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('page-heading').getByText(en.statistics.title, { exact: true }).waitFor();
    await signOut(page);
    await page.goto(baseUrl + '/');
    await page.getByTestId('sign-in').waitFor();
  });
});
