// End to end against the running stack: the message relay. Setup through the API (tokens from Keycloak's
// password grant): staff1 refers a new offender, coordinator1 records a harmed person's request about that
// offender number, both referrals are assessed SUITABLE and accepted, coordinator1 opens a case with mediator1,
// moves it to DIALOGUE, chooses LETTERS and records the offender's consent to letters. Then in the browser:
// mediator1 opens the case's messages, records a letter from the harmed person to the offender, submits it,
// tries to approve the text as it is and is refused at the text decision (the harmed person's recorded phone is
// in it, named masked), approves it with a redacted text (without the phone and the address), delivers it by
// mail, and sees that "What the recipient receives" holds the redacted text and not the address.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/relay.e2e.mjs
import { assessAndAccept, call, mediator, mediatorOnRoster, token } from './setup-api.mjs';
import { baseUrl, coordinator, en, runSpec, screenshot, signIn, staff } from './support.mjs';


const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const offenderNumber = `R${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const offenderLastName = `Offender${unique}`;
const harmedLastName = `Harmed${unique}`;
const address = 'I still live on Maple Street.';
const kept = 'I have thought about that night every day since. I want you to know what it took from my family.';
const phone = '+1 613 555 0142';
const letter = `${kept} ${address} Call me at (613) 555-0142. I would like an answer.`;
const redacted = `${kept} I would like an answer.`;

async function waitForState(page, state) {
  await page.locator(`[data-testid="message-state"][data-state="message-${state}"]`).first().waitFor();
}

await runSpec('relay', async ({ page, check }) => {
  let harmedId = '';
  let offenderId = '';

  await check(`setup through the API: a case about ${offenderNumber} in DIALOGUE, letters chosen, the offender consenting`, async () => {
    await mediatorOnRoster();
    const staffToken = await token(staff);
    const coordinatorToken = await token(coordinator);
    const offenderReferral = await call(staffToken, 'POST', '/api/offender-referrals', {
      offenderNumber,
      offenderFirstName: 'Marc',
      offenderLastName,
      offenderPreferredLanguage: 'EN',
      institution: 'Joyceville Institution',
      staffSupportsParticipation: true,
      offenderTakesResponsibility: true, federalSentence: 'YES',
      reasons: 'Has asked to answer the family.',
    });
    const harmedReferral = await call(coordinatorToken, 'POST', '/api/referrals/harmed-person-requests', {
      newParticipant: {
        kind: 'VICTIM',
        firstName: 'Hélène',
        lastName: harmedLastName,
        preferredLanguage: 'FR',
        contact: { phone, preferredMethod: 'PHONE', mayLeaveMessage: false },
      },
      channel: 'PHONE',
      offenderNumber,
      victimRegistration: 'REGISTERED_VICTIM', federalSentence: 'YES',
    });
    await assessAndAccept(coordinatorToken, offenderReferral.id);
    await assessAndAccept(coordinatorToken, harmedReferral.id);
    const opened = await call(coordinatorToken, 'POST', '/api/cases', { referralIds: [harmedReferral.id, offenderReferral.id], mediators: [mediator.username] });
    await call(coordinatorToken, 'POST', `/api/cases/${opened.id}/stage`, { stage: 'DIALOGUE' });
    await call(coordinatorToken, 'PUT', `/api/cases/${opened.id}/ways`, { ways: ['LETTERS'] });
    harmedId = opened.participants.find((p) => p.side === 'HARMED').participantId;
    offenderId = opened.participants.find((p) => p.side === 'OFFENDER').participantId;
    const consented = await call(coordinatorToken, 'POST', `/api/cases/${opened.id}/participants/${offenderId}/consents`, { way: 'LETTERS', given: true, how: 'WRITTEN' });
    if (consented.stage !== 'DIALOGUE') throw new Error(`case is ${consented.stage}`);
  });

  await check("mediator1 opens the case's messages", async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, mediator);
    // Tokens live in memory only: move inside the portal, never by reloading an address.
    await page.getByTestId('nav-my-cases').click();
    await page.locator('[data-testid="case-row"]').filter({ hasText: harmedLastName }).getByTestId('open-case').click();
    await page.getByTestId('open-case-messages').click();
    await page.getByTestId('no-messages').waitFor();
  });

  await check('records a letter from the harmed person to the offender (only the other side offered)', async () => {
    await page.getByTestId('record-message').click();
    const form = page.getByTestId('record-message-form');
    await form.getByLabel(en.messages.fields.kind).selectOption('LETTER');
    await form.getByLabel(en.messages.fields.author).selectOption(harmedId);
    const recipient = form.getByLabel(en.messages.fields.recipient);
    const offered = (await recipient.locator('option').evaluateAll((options) => options.map((o) => o.value))).filter(Boolean);
    if (offered.length !== 1 || offered[0] !== offenderId) throw new Error(`recipients offered: ${offered.join(', ')}`);
    await recipient.selectOption(offenderId);
    await form.getByLabel(en.messages.fields.text).fill(letter);
    await screenshot(page, '30-record-letter');
    await form.getByTestId('save-message').click();
    await page.getByTestId('success-notice').waitFor();
    await waitForState(page, 'DRAFT');
  });

  await check('submits it for screening', async () => {
    await page.getByTestId('submit-message').click();
    await waitForState(page, 'IN_REVIEW');
  });

  await check("approving the text as it is is refused at the text decision: the author's phone, named masked", async () => {
    await page.getByTestId('approve-message').click();
    const form = page.getByTestId('approve-form');
    await form.getByTestId('field-textDecision').getByLabel(en.messages.approval.AS_IS, { exact: true }).check();
    await form.getByTestId('confirm-approve').click();
    const error = form.getByTestId('field-textDecision-error');
    await error.waitFor();
    const said = (await error.textContent()) ?? '';
    if (!said.includes('0142') || said.includes('555')) throw new Error(`text decision error: ${said}`);
    await screenshot(page, '31-contact-detail-refused');
    await waitForState(page, 'IN_REVIEW');
  });

  await check('approves it with a redacted text without the phone and the address', async () => {
    const form = page.getByTestId('approve-form');
    await form.getByTestId('field-textDecision').getByLabel(en.messages.approval.REDACTED, { exact: true }).check();
    await form.getByLabel(en.messages.fields.redactedText).fill(redacted);
    await form.getByTestId('confirm-approve').click();
    await waitForState(page, 'APPROVED');
    await page.getByTestId('redacted-text').getByText(redacted).waitFor();
    await page.getByTestId('original-text').getByText(address, { exact: false }).waitFor();
    await screenshot(page, '32-approved');
  });

  await check('delivers it by mail', async () => {
    const form = page.getByTestId('deliver-form');
    await form.getByLabel(en.messages.method.MAIL, { exact: true }).check();
    await form.getByTestId('deliver-message').click();
    await waitForState(page, 'DELIVERED');
    await page.getByTestId('delivery-method').getByText(en.messages.method.MAIL).waitFor();
  });

  await check('"What the recipient receives" shows the redacted text and not the address', async () => {
    const panel = page.getByTestId('recipient-copy');
    const text = panel.getByTestId('recipient-copy-text');
    await text.waitFor();
    const shown = (await text.textContent()) ?? '';
    if (shown.trim() !== redacted) throw new Error(`recipient copy: ${shown}`);
    const whole = (await panel.textContent()) ?? '';
    if (whole.includes('Maple Street')) throw new Error('the recipient copy shows the address');
    await page.getByTestId('author-copy-status').waitFor();
    await screenshot(page, '33-recipient-copy');
  });

  await check('prints the letter as a PDF (fetched with the token, opened from a blob)', async () => {
    const popup = page.waitForEvent('popup');
    await page.getByTestId('print-letter').click();
    const tab = await popup;
    await tab.waitForURL((url) => url.href.startsWith('blob:'));
    await tab.close();
    if (await page.getByTestId('print-letter-block').getByTestId('error-alert').isVisible()) throw new Error('printing failed');
  });
});
