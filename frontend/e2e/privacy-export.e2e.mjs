// End to end: a case opened through the API (a French-speaking victim, an offender), then coordinator1
// opens the victim's record from the participants list, finds the access request export, downloads the
// PDF (checked to be a PDF) and the JSON (checked to carry her record and nothing of the offender's name),
// in English and in French, with axe-core at each state of the page.
//   E2E_BASE_URL=http://localhost:4173 node e2e/privacy-export.e2e.mjs
import { readFileSync } from 'node:fs';
import { baseUrl, coordinator, en, expectAccessible, fr, openCaseThroughApi, runSpec, screenshot, signIn, staff } from './support.mjs';

const opened = await openCaseThroughApi({ staff, coordinator, mediators: ['mediator1'] });

await runSpec('privacy-export', async ({ page, check }) => {
  await check('coordinator1 signs in', async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, coordinator);
    await page.getByTestId('home-participants').waitFor();
  });

  await check("the victim's record opens from the participants list", async () => {
    await page.getByTestId('nav-participants').click();
    await page.getByTestId('participant-search').fill(opened.harmedLastName);
    await page.getByTestId('participant-search-submit').click();
    await page.getByRole('link', { name: `${opened.harmedLastName}, Hélène` }).click();
    await page.getByTestId('participant-details').waitFor();
    await page.getByRole('heading', { name: en.privacyExport.title }).waitFor();
    await expectAccessible(page, 'the participant page with its access request export (English)');
    await screenshot(page, 'privacy-export-01-en');
  });

  await check('the PDF downloads, and is a PDF', async () => {
    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/access-export.pdf')),
      page.waitForEvent('download'),
      page.getByTestId('access-export-pdf').click(),
    ]);
    if (response.status() !== 200) throw new Error(`the PDF answered ${response.status()}`);
    if (!(response.headers()['content-type'] || '').startsWith('application/pdf')) throw new Error(`content type ${response.headers()['content-type']}`);
    const bytes = readFileSync(await download.path());
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('the download is not a PDF');
    if (!download.suggestedFilename().endsWith('.pdf')) throw new Error(`named ${download.suggestedFilename()}`);
    await page.getByText(en.privacyExport.done).waitFor();
    await expectAccessible(page, 'the participant page after the PDF download (English)');
  });

  await check('the JSON downloads, with her record and without the offender', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('access-export-json').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    const exported = JSON.parse(text);
    if (exported.person.lastName !== opened.harmedLastName) throw new Error('the export is not hers');
    if (exported.cases.length !== 1 || exported.cases[0].otherParticipants[0] !== 'OFFENDER') throw new Error('her case is missing');
    if (/Offender[a-z0-9]+/.test(text)) throw new Error("the offender's name is in her export");
  });

  await check('the page speaks French and downloads the PDF again', async () => {
    await page.getByTestId('language-toggle').click();
    await page.getByRole('heading', { name: fr.privacyExport.title }).waitFor();
    await expectAccessible(page, 'the participant page with its access request export (French)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('access-export-pdf').click()]);
    if (readFileSync(await download.path()).subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('the download is not a PDF');
    await page.getByText(fr.privacyExport.done).waitFor();
    await expectAccessible(page, 'the participant page after the PDF download (French)');
    await screenshot(page, 'privacy-export-02-fr');
    await page.getByTestId('language-toggle').click();
  });
});
