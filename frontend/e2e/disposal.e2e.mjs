// End to end against the running stack: retention and disposal. The stack runs with
// RO_RETENTION_ENDED_REFERRAL=P0D (scripts/test.sh), so a withdrawn referral is due at once. Setup through
// the API: coordinator1 records two harmed people's requests and withdraws both. In the browser,
// coordinator1 opens Disposal, places a legal hold on one (the reason is required), selects the other and
// disposes of it after the confirmation, then releases the hold. The API then reads the disposed referral
// naming nobody. Every page state is checked by axe-core in English and in French.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/disposal.e2e.mjs
import { apiCall as call, apiToken as token, baseUrl, coordinator, en, expectAccessible, fr, runSpec, screenshot, signIn, signOut } from './support.mjs';

/** A harmed person's request about nobody yet, withdrawn: due for disposal when the period is P0D. */
async function withdrawnRequest(bearer) {
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const referral = await call(bearer, 'POST', '/api/referrals/harmed-person-requests', {
    newParticipant: { kind: 'VICTIM', firstName: 'Odile', lastName: `Disposal${unique}`, preferredLanguage: 'FR' },
    channel: 'PHONE', victimRegistration: 'NOT_REGISTERED', federalSentence: 'UNKNOWN', notes: 'Call after 6 pm.',
  });
  await call(bearer, 'POST', `/api/referrals/${referral.id}/withdraw`);
  return referral.id;
}

/** The due list's row of the record, walking the pages forward until it shows. */
async function dueRow(page, id) {
  const row = page.locator(`[data-testid="due-row"][data-record-id="${id}"]`);
  for (let i = 0; i < 50; i++) {
    await page.getByTestId('due-list').waitFor();
    if (await row.count()) return row;
    const next = page.getByTestId('pagination').locator('button').last();
    if (!(await next.count()) || (await next.isDisabled())) break;
    await next.click();
  }
  throw new Error(`${id} is not in the due list: is the stack running with RO_RETENTION_ENDED_REFERRAL=P0D?`);
}

/** Checks the page in English, switches to French and checks again, and back. */
async function bothLanguages(page, what, frenchText) {
  await expectAccessible(page, `${what} (en)`);
  await page.getByTestId('language-toggle').click();
  await page.getByText(frenchText, { exact: false }).first().waitFor();
  await expectAccessible(page, `${what} (fr)`);
  await page.getByTestId('language-toggle').click();
}

await runSpec('disposal: what is due, legal holds, approval, in English and French', async ({ page, check }) => {
  let disposeId = '';
  let holdId = '';
  let bearer = '';
  await check('setup through the API: two withdrawn requests', async () => {
    bearer = await token(coordinator);
    disposeId = await withdrawnRequest(bearer);
    holdId = await withdrawnRequest(bearer);
  });

  await check('coordinator1 opens Disposal and finds both requests due', async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, coordinator);
    await page.getByTestId('nav-disposal').click();
    const row = await dueRow(page, disposeId);
    const text = await row.innerText();
    if (!text.includes(en.disposal.reasons.ENDED_REFERRAL)) throw new Error(`the row reads "${text}"`);
    await bothLanguages(page, 'the due list', fr.disposal.title);
    await screenshot(page, 'disposal-00-due');
  });

  await check('a legal hold needs a reason, then shows in the list and stops selection', async () => {
    const row = await dueRow(page, holdId);
    await row.getByTestId(`place-hold-${holdId}`).click();
    await page.getByTestId('save-hold').click();
    await page.getByTestId('field-reason-error').waitFor();
    await bothLanguages(page, 'the hold form with its error', fr.disposal.hold.reasonRequired);
    await page.locator('#field-reason').fill('Civil matter 2026-114');
    await page.getByTestId('save-hold').click();
    await page.getByTestId('hold-form').waitFor({ state: 'detached' });
    const held = await dueRow(page, holdId);
    await held.getByText('Civil matter 2026-114').waitFor();
    if (!(await held.getByTestId('select-record').isDisabled())) throw new Error('a held record can be selected');
  });

  await check('the other is selected and disposed of after the confirmation', async () => {
    const row = await dueRow(page, disposeId);
    await row.getByTestId('select-record').check();
    await page.getByTestId('approve-disposal').click();
    await page.getByTestId('approve-disposal-confirm').waitFor();
    await bothLanguages(page, 'the confirmation', fr.disposal.approveConfirm);
    await page.getByTestId('approve-disposal-yes').click();
    await page.getByTestId('disposal-done').waitFor();
    await bothLanguages(page, 'the disposal done', fr.disposal.doneTitle);
    await screenshot(page, 'disposal-01-done');
    const disposed = await call(bearer, 'GET', `/api/referrals/${disposeId}`);
    if (disposed.harmedPerson !== null || disposed.notes !== null) throw new Error(`the disposed referral still names: ${JSON.stringify(disposed)}`);
  });

  await check('the hold is released after its confirmation', async () => {
    const row = await dueRow(page, holdId);
    await row.getByTestId(`release-hold-${holdId}`).click();
    await row.getByTestId(`release-hold-${holdId}-yes`).click();
    await (await dueRow(page, holdId)).getByText(en.disposal.hold.none, { exact: true }).waitFor();
    await signOut(page);
  });
});
