// End to end, all through the portal against the running stack: staff1 refers a new offender;
// coordinator1 records a collect call from a harmed person asking about that offender (which
// matches the referral kept on file), opens the staff referral from the matches, starts the
// assessment, drafts and finalises a SUITABLE suitability assessment, and accepts; staff1 then sees
// ACCEPTED, and nothing of the harmed person, the notes or the assessment.
//   E2E_BASE_URL=http://localhost:4173 node e2e/referrals.e2e.mjs
import { baseUrl, coordinator, en, fr, runSpec, screenshot, signIn, signOut, staff } from './support.mjs';

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const offenderNumber = `E${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const offenderLastName = `Offender${unique}`;
const harmedLastName = `Harmed${unique}`;
const secretNote = `Call note ${unique}: she would like a letter first.`;
const assessmentText = `Assessment text ${unique}`;

async function expectState(locator, state) {
  await locator.and(locator.page().locator(`[data-state="${state}"]`)).waitFor();
}

await runSpec('referrals', async ({ page, check }) => {
  await check('staff1 signs in and sees only their two entries', async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, staff);
    await page.getByTestId('nav-refer-offender').waitFor();
    await page.getByTestId('nav-my-referrals').waitFor();
    for (const other of ['nav-participants', 'nav-record-call', 'nav-referral-queue']) {
      if (await page.getByTestId(other).count()) throw new Error(`staff see ${other}`);
    }
  });

  await check(`staff1 refers a new offender ${offenderNumber}`, async () => {
    await page.getByTestId('nav-refer-offender').click();
    const form = page.getByTestId('refer-offender-form');
    await form.waitFor();
    await form.getByLabel(en.participants.fields.offenderNumber).fill(offenderNumber);
    await form.getByLabel(en.participants.fields.firstName).fill('Marc');
    await form.getByLabel(en.participants.fields.lastName).fill(offenderLastName);
    await form.getByLabel(en.participants.language.EN, { exact: true }).check();
    await form.getByLabel(en.participants.fields.institution).selectOption({ label: 'Collins Bay Institution' });
    await form.getByLabel(en.offenderReferrals.federalSentence.UNKNOWN, { exact: true }).check();
    await form.getByLabel(en.offenderReferrals.fields.reasons).fill('Has asked to write to the family.');
    // Without the two statements, the form refuses to send.
    await page.getByTestId('submit-referral').click();
    await page.getByTestId('field-staffSupportsParticipation-error').waitFor();
    await screenshot(page, '10-refer-statements-required');
    await form.getByLabel(en.offenderReferrals.fields.staffSupportsParticipation).check();
    await form.getByLabel(en.offenderReferrals.fields.offenderTakesResponsibility).check();
    await page.getByTestId('submit-referral').click();
    await page.getByTestId('success-notice').waitFor();
    await expectState(page.getByTestId('my-referral-detail-state'), 'SUBMITTED');
  });

  await check('it is in My referrals as SUBMITTED', async () => {
    await page.getByTestId('nav-my-referrals').click();
    const row = page.locator(`[data-testid="my-referral-row"][data-offender-number="${offenderNumber}"]`);
    await expectState(row.getByTestId('my-referral-state'), 'SUBMITTED');
    await screenshot(page, '11-my-referrals');
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('page-heading').getByText(fr.offenderReferrals.list.title).waitFor();
    await row.getByText(fr.referrals.state.SUBMITTED).waitFor();
    await screenshot(page, '12-my-referrals-fr');
    await page.getByTestId('nav-refer-offender').click();
    await page.getByText(fr.offenderReferrals.fields.staffSupportsParticipation).waitFor();
    await screenshot(page, '13-refer-form-fr');
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('page-heading').getByText(en.offenderReferrals.form.title).waitFor();
    await signOut(page);
  });

  await check('coordinator1 records a collect call asking about that offender', async () => {
    await signIn(page, coordinator);
    await page.getByTestId('nav-record-call').click();
    const form = page.getByTestId('record-call-form');
    await form.waitFor();
    await form.getByLabel(en.referrals.channel.COLLECT_CALL, { exact: true }).check();
    await form.getByLabel(en.participants.kind.VICTIM, { exact: true }).check();
    await form.locator('input[name="newParticipant.firstName"]').fill('Hélène');
    await form.locator('input[name="newParticipant.lastName"]').fill(harmedLastName);
    await form.getByLabel(en.participants.language.FR, { exact: true }).check();
    await form.getByLabel(en.referrals.call.phone).fill('613 555 0100');
    await form.getByLabel(en.referrals.fields.offenderNumberAsked).fill(offenderNumber);
    await form.getByLabel(en.referrals.registration.REGISTERED_VICTIM, { exact: true }).check();
    await form.getByLabel(en.referrals.fields.notes).fill(secretNote);
    await screenshot(page, '20-record-call');
    await page.getByTestId('save-call').click();
    await page.getByTestId('success-notice').waitFor();
    await page.getByTestId('referral-channel').getByText(en.referrals.channel.COLLECT_CALL).waitFor();
    await expectState(page.getByTestId('referral-state'), 'SUBMITTED');
    await screenshot(page, '21-harmed-person-request');
  });

  await check('the staff referral, opened from the matches, is now SUBMITTED', async () => {
    await page.getByTestId('nav-referral-queue').click();
    await page.getByTestId('queue-total').waitFor();
    await screenshot(page, '22-queue');
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('page-heading').getByText(fr.referrals.queue.title).waitFor();
    await screenshot(page, '22-queue-fr');
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('page-heading').getByText(en.referrals.queue.title).waitFor();
    await page.getByTestId('queue-matches').click();
    const match = page.locator(`[data-testid="match-row"][data-offender-number="${offenderNumber}"]`);
    await match.getByTestId('match-offender').click();
    await page.getByTestId('referral-offender-number').getByText(offenderNumber).waitFor();
    await expectState(page.getByTestId('referral-state'), 'SUBMITTED');
  });

  await check('coordinator1 starts the assessment', async () => {
    await page.getByTestId('start-assessment').click();
    await expectState(page.getByTestId('referral-state'), 'UNDER_ASSESSMENT');
  });

  await check('drafts a SUITABLE suitability assessment and finalises it', async () => {
    await page.getByTestId('new-assessment').click();
    const form = page.getByTestId('suitability-form');
    await form.getByLabel(en.referrals.suitability.fields.appropriateness).fill(assessmentText);
    await form.getByLabel(en.referrals.suitability.fields.motivation).fill('Wants to answer her questions.');
    await form.getByLabel(en.referrals.suitability.fields.acceptanceOfResponsibility).fill('Full.');
    await form.getByLabel(en.referrals.suitability.outcome.SUITABLE, { exact: true }).check();
    await page.getByTestId('save-assessment').click();
    await page.getByTestId('assessment-status').getByText(en.referrals.suitability.draft).waitFor();
    await page.getByTestId('finalise-assessment').click();
    await page.getByTestId('finalise-assessment-yes').click();
    await page.getByTestId('assessment-status').getByText(en.referrals.suitability.finalised).waitFor();
  });

  await check('records that the harm led to a federal sentence: acceptance is offered only then', async () => {
    const panel = page.getByTestId('eligibility-panel');
    await panel.getByTestId('eligibility-blocks-acceptance').waitFor();
    if (await page.getByTestId('accept-referral').count()) throw new Error('acceptance offered before eligibility is known');
    await panel.getByLabel(en.referrals.eligibility.sentence.YES, { exact: true }).check();
    await panel.getByTestId('save-eligibility').click();
    await panel.getByTestId('referral-federal-sentence').getByText(en.referrals.eligibility.sentence.YES).waitFor();
  });

  await check('accepts the referral', async () => {
    await page.getByTestId('accept-referral').click();
    await page.getByTestId('accept-referral-yes').click();
    await expectState(page.getByTestId('referral-state'), 'ACCEPTED');
    await page.getByTestId('no-actions').waitFor();
    await screenshot(page, '23-accepted');
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('referral-state').getByText(fr.referrals.state.ACCEPTED).waitFor();
    await screenshot(page, '24-accepted-fr');
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('referral-state').getByText(en.referrals.state.ACCEPTED).waitFor();
    await signOut(page);
  });

  await check('staff1 sees ACCEPTED, and nothing of the harmed person, notes or assessment', async () => {
    await signIn(page, staff);
    await page.getByTestId('nav-my-referrals').click();
    const row = page.locator(`[data-testid="my-referral-row"][data-offender-number="${offenderNumber}"]`);
    await expectState(row.getByTestId('my-referral-state'), 'ACCEPTED');
    await row.getByRole('link').click();
    await expectState(page.getByTestId('my-referral-detail-state'), 'ACCEPTED');
    await screenshot(page, '25-staff-accepted');
    const text = await page.locator('body').innerText();
    for (const secret of [harmedLastName, 'Hélène', secretNote, assessmentText, unique.replace(/^/, 'Call note ')]) {
      if (text.includes(secret)) throw new Error(`the staff page shows "${secret}"`);
    }
    await signOut(page);
  });
});
