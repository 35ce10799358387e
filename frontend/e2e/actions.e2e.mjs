// End to end against the running stack: actions offered as the rules decide (issue 14, item 4). Setup through
// the API: staff1 refers a new offender and coordinator1 records a harmed person's request about that number (a
// match); the harmed person's referral is under assessment with a draft suitability assessment without an outcome.
// Then in the browser, coordinator1 opens that referral from the matches: no Accept and no Finalise are offered,
// each is shown disabled with the server's reason (English and French). The referral is then withdrawn through
// the API behind the page's back: withdrawing it in the page is refused, and the alert is headed "The referral was
// not withdrawn", not "Conflict"; declining it next is refused too, and the withdrawal's alert is gone. Last, on a
// case whose offender agreed to letters only, a new message offers only letters and says why not the others.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/actions.e2e.mjs
import { call, mediatorOnRoster, token } from './setup-api.mjs';
import { baseUrl, coordinator, en, expectAccessible, fr, openCaseThroughApi, runSpec, screenshot, signIn, staff } from './support.mjs';

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const offenderNumber = `R${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** Both languages, each checked by axe-core; back in English after. */
async function accessibleInBothLanguages(page, what, englishText, frenchText) {
  await expectAccessible(page, `${what} (English)`);
  await page.getByTestId('language-toggle').click();
  await page.getByText(frenchText).first().waitFor();
  await expectAccessible(page, `${what} (français)`);
  await page.getByTestId('language-toggle').click();
  await page.getByText(englishText).first().waitFor();
}

/** The headings of the error alerts on the page now. */
async function alertHeadings(page) {
  return page.locator('[data-testid="error-alert"]').evaluateAll((alerts) => alerts.map((a) => a.getAttribute('data-heading')));
}

await runSpec('actions', async ({ page, check }) => {
  let coordinatorToken = '';
  let harmedReferralId = '';
  let caseInfo = { caseId: '', harmedLastName: '' };

  await check(`setup through the API: a matched request about ${offenderNumber} under assessment, its draft without an outcome`, async () => {
    await mediatorOnRoster();
    const staffToken = await token(staff);
    coordinatorToken = await token(coordinator);
    await call(staffToken, 'POST', '/api/offender-referrals', {
      offenderNumber, offenderFirstName: 'Marc', offenderLastName: `Offender${unique}`, offenderPreferredLanguage: 'EN',
      institution: 'Joyceville Institution', staffSupportsParticipation: true, offenderTakesResponsibility: true, federalSentence: 'YES',
      reasons: 'Has asked to answer the family.',
    });
    const harmed = await call(coordinatorToken, 'POST', '/api/referrals/harmed-person-requests', {
      newParticipant: { kind: 'VICTIM', firstName: 'Hélène', lastName: `Harmed${unique}`, preferredLanguage: 'FR' },
      channel: 'PHONE', offenderNumber, victimRegistration: 'REGISTERED_VICTIM', federalSentence: 'YES',
    });
    harmedReferralId = harmed.id;
    const current = await call(coordinatorToken, 'GET', `/api/referrals/${harmed.id}`);
    if (current.state === 'DORMANT' || current.state === 'SUBMITTED') await call(coordinatorToken, 'POST', `/api/referrals/${harmed.id}/start-assessment`);
    await call(coordinatorToken, 'POST', `/api/referrals/${harmed.id}/suitability-assessments`, {
      appropriateness: 'Appropriate.', motivation: 'Sincere.', acceptanceOfResponsibility: 'Full.',
    });
    caseInfo = await openCaseThroughApi({ staff, coordinator, mediators: ['mediator1'] });
    await call(coordinatorToken, 'PUT', `/api/cases/${caseInfo.caseId}/ways`, { ways: ['LETTERS', 'SHUTTLE'] });
    const view = await call(coordinatorToken, 'GET', `/api/cases/${caseInfo.caseId}`);
    const offenderId = view.participants.find((p) => p.side === 'OFFENDER').participantId;
    await call(coordinatorToken, 'POST', `/api/cases/${caseInfo.caseId}/participants/${offenderId}/consents`, { way: 'LETTERS', given: true, how: 'WRITTEN' });
  });

  await check('a referral without a finalised suitable assessment offers no Accept, a draft without an outcome no Finalise: both disabled with the reason', async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, coordinator);
    // Tokens live in memory only: move inside the portal, never by reloading an address.
    await page.getByTestId('nav-referral-queue').click();
    await page.getByTestId('queue-matches').click();
    await page.locator(`[data-testid="match-row"][data-offender-number="${offenderNumber}"]`).getByTestId('match-harmed-person').click();
    const accept = page.getByTestId('accept-referral-refused');
    await accept.waitFor();
    if (!(await accept.isDisabled())) throw new Error('Accept is not disabled');
    if ((await page.getByTestId('accept-referral').count()) !== 0) throw new Error('Accept is offered');
    const acceptReason = (await page.getByTestId('accept-referral-refused-reason').textContent()) ?? '';
    if (!acceptReason.startsWith('Not available now:') || acceptReason.length < 25) throw new Error(`Accept's reason: ${acceptReason}`);
    const finalise = page.getByTestId('finalise-assessment-refused');
    if (!(await finalise.isDisabled())) throw new Error('Finalise is not disabled');
    if ((await page.getByTestId('finalise-assessment').count()) !== 0) throw new Error('Finalise is offered');
    await screenshot(page, '90-refused-actions-disabled');
    await accessibleInBothLanguages(page, 'a referral whose Accept and Finalise wait', en.referrals.actions.title, fr.referrals.actions.title);
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('accept-referral-refused-reason').getByText('Non disponible pour le moment', { exact: false }).waitFor();
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('accept-referral-refused-reason').getByText('Not available now', { exact: false }).waitFor();
  });

  await check('withdrawn behind the page: withdrawing in the page is refused under a heading naming the action, not "Conflict"', async () => {
    await call(coordinatorToken, 'POST', `/api/referrals/${harmedReferralId}/withdraw`);
    await page.getByTestId('withdraw-referral').click();
    await page.getByTestId('withdraw-referral-yes').click();
    const alert = page.getByTestId('error-alert');
    await alert.waitFor();
    const headings = await alertHeadings(page);
    if (headings.length !== 1 || headings[0] !== en.refused.referralWithdraw) throw new Error(`alert headings: ${headings.join(' | ')}`);
    await alert.getByText(en.refused.referralWithdraw).waitFor();
    if ((await alert.getByText('Conflict', { exact: true }).count()) !== 0) throw new Error('the alert says "Conflict"');
    await screenshot(page, '91-refusal-headed');
    await expectAccessible(page, 'the refused withdrawal (English)');
    await page.getByTestId('language-toggle').click();
    await alert.getByText(fr.refused.referralWithdraw).waitFor();
    await expectAccessible(page, 'the refused withdrawal (français)');
    await page.getByTestId('language-toggle').click();
    await alert.getByText(en.refused.referralWithdraw).waitFor();
  });

  await check("the next action's result replaces the banner: declining is refused, the withdrawal's alert is gone", async () => {
    await page.getByTestId('decline-referral').click();
    const form = page.getByTestId('decline-form');
    await form.getByLabel(en.referrals.fields.declineReason).selectOption('OTHER');
    await form.getByLabel(en.referrals.fields.declineDetails).fill('The person asked to stop.');
    await form.getByTestId('confirm-decline').click();
    await page.locator(`[data-testid="error-alert"][data-heading="${en.refused.referralDecline}"]`).waitFor();
    const headings = await alertHeadings(page);
    if (headings.includes(en.refused.referralWithdraw)) throw new Error(`the old alert stays: ${headings.join(' | ')}`);
    await expectAccessible(page, 'the refused decline (English)');
    await page.getByTestId('language-toggle').click();
    await page.getByText(fr.refused.referralDecline).first().waitFor();
    await expectAccessible(page, 'the refused decline (français)');
    await page.getByTestId('language-toggle').click();
  });

  await check('a new message offers only the kinds the recipient agreed to, and says why not the others', async () => {
    await page.getByTestId('nav-cases').click();
    await page.locator('[data-testid="case-row"]').filter({ hasText: caseInfo.harmedLastName }).getByTestId('open-case').click();
    await page.getByTestId('open-case-messages').click();
    await page.getByTestId('record-message').click();
    const form = page.getByTestId('record-message-form');
    const kinds = async () => (await form.getByLabel(en.messages.fields.kind).locator('option').evaluateAll((o) => o.map((x) => x.value))).filter(Boolean);
    const view = await call(coordinatorToken, 'GET', `/api/cases/${caseInfo.caseId}`);
    const harmedId = view.participants.find((p) => p.side === 'HARMED').participantId;
    const offenderId = view.participants.find((p) => p.side === 'OFFENDER').participantId;
    await form.getByLabel(en.messages.fields.author).selectOption(harmedId);
    await form.getByLabel(en.messages.fields.recipient).selectOption(offenderId);
    await form.getByTestId('refused-kinds').waitFor();
    const offered = await kinds();
    if (offered.join() !== 'LETTER') throw new Error(`kinds offered: ${offered.join(', ')}`);
    const refused = (await form.getByTestId('refused-kinds').textContent()) ?? '';
    if (!refused.includes(en.messages.kind.VIDEO_MESSAGE) || !refused.includes(en.messages.kind.RELAYED_MESSAGE)) throw new Error(`refused kinds: ${refused}`);
    await screenshot(page, '92-message-kinds');
    await accessibleInBothLanguages(page, 'a new message to the offender', en.messages.record.title, fr.messages.record.title);
  });
});
