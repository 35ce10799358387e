// End to end against the running stack: a correction request (Privacy Act). Setup through the API: coordinator1
// records a victim with a phone number. In the browser, coordinator1 opens her record, records her request to
// correct her phone, sees the notice "open" on her record, resolves the request on the Corrections page as
// annotated (the record keeps its value), and the notice on her record then reads "disputed" with her statement.
// Every page state is checked by axe-core in English and in French.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/corrections.e2e.mjs
import { apiCall as call, apiToken as token, baseUrl, coordinator, en, expectAccessible, fr, runSpec, screenshot, signIn, signOut } from './support.mjs';

const lastName = `Corrigan${Date.now().toString(36)}`;
const statement = 'This phone number is not mine';

/** Checks the page in English, then in French (waiting for a French text), and comes back to English. */
async function bothLanguages(page, what, frenchText) {
  await expectAccessible(page, `${what} (en)`);
  await page.getByTestId('language-toggle').click();
  await page.getByText(frenchText).first().waitFor();
  await expectAccessible(page, `${what} (fr)`);
  await page.getByTestId('language-toggle').click();
  await page.getByText(en.corrections.notice.heading).first().or(page.getByText(en.corrections.title).first()).waitFor();
}

await runSpec('corrections: recorded on a participant, shown with the record, resolved as disputed, in English and French', async ({ page, check }) => {
  let personId = '';
  await check('setup through the API: a victim with a phone number', async () => {
    const bearer = await token(coordinator);
    const person = await call(bearer, 'POST', '/api/participants', {
      kind: 'VICTIM',
      firstName: 'Clara',
      lastName,
      preferredLanguage: 'EN',
      contact: { phone: '613 555 0100', mayLeaveMessage: false },
    });
    personId = person.id;
  });

  await check('coordinator1 opens her record and records her request about her phone', async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, coordinator);
    // Tokens live in memory only: move inside the portal, never by reloading an address.
    await page.getByTestId('nav-participants').click();
    await page.getByTestId('participant-search').fill(lastName);
    await page.getByTestId('participant-search-submit').click();
    await page.getByRole('link', { name: `${lastName}, Clara` }).click();
    await page.getByTestId('request-correction').click();
    await page.getByTestId('correction-form').waitFor();
    await bothLanguages(page, 'the correction request form', fr.corrections.newTitle);
    await page.getByLabel(en.corrections.fields.field).selectOption('contact.phone');
    await page.getByLabel(en.corrections.fields.whatIsWrong).fill(statement);
    await page.getByLabel(en.corrections.fields.whatIsAsked).fill('Record 613 555 0199 instead');
    await page.getByTestId('save-correction').click();
  });

  await check('her record shows the notice: a correction requested on Phone, open', async () => {
    const notice = page.getByTestId('correction-notice');
    await notice.waitFor();
    const text = await notice.innerText();
    if (!text.includes(en.corrections.participantField.contact_phone) || !text.includes(en.corrections.notice.state.OPEN)) {
      throw new Error(`the notice reads "${text}"`);
    }
    await bothLanguages(page, 'the participant with an open correction request', fr.corrections.notice.heading);
    await screenshot(page, 'corrections-00-open');
  });

  await check('on the Corrections page, coordinator1 resolves it as annotated (disputed)', async () => {
    await page.getByTestId('nav-corrections').click();
    const row = page.getByTestId('correction-row').filter({ hasText: statement }).first();
    await row.waitFor();
    await bothLanguages(page, 'the correction requests', fr.corrections.title);
    await row.getByRole('button', { name: en.corrections.resolve }).click();
    await row.getByLabel(en.corrections.outcome.ANNOTATED).check();
    await row.getByLabel(en.corrections.fields.note).fill('The institution confirmed the number on file');
    await row.getByTestId('confirm-resolve').click();
    await page.getByTestId('correction-row').filter({ hasText: statement }).getByTestId('correction-state')
      .getByText(en.corrections.state.ANNOTATED).waitFor();
    await bothLanguages(page, 'the correction requests with one resolved', fr.corrections.title);
  });

  await check('her record now shows the notice as disputed, with her statement', async () => {
    await page.getByTestId('correction-row').filter({ hasText: statement }).getByRole('link', { name: en.corrections.openRecord }).click();
    const notice = page.getByTestId('correction-notice');
    await notice.getByText(en.corrections.notice.state.ANNOTATED).waitFor();
    const text = await notice.innerText();
    if (!text.includes(statement)) throw new Error(`the notice reads "${text}"`);
    if (!(await page.getByText('613 555 0100').count())) throw new Error('the record lost its value');
    await bothLanguages(page, 'the participant with a disputed record', fr.corrections.notice.state.ANNOTATED);
    await screenshot(page, 'corrections-01-disputed');
    if (!personId) throw new Error('no participant');
    await signOut(page);
  });
});
