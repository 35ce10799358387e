// End to end against the running stack: a mediator assesses a referral's suitability. Setup through the
// API: staff1 refers a new offender, coordinator1 records a harmed person's request about them (matched)
// and starts its assessment. In the browser: coordinator1 opens the request from the matches and assigns
// mediator1 to its assessment; mediator1 finds it in My work, opens it (read-only: no decision), drafts
// and finalises a SUITABLE suitability assessment; mediator2 cannot read it (API 404); coordinator1 then
// sees the finalised assessment and accepts. Each page state passes axe-core in English and in French.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/assessor.e2e.mjs
import { baseUrl, coordinator, en, expectAccessible, fr, runSpec, screenshot, signIn, signOut, staff } from './support.mjs';
import { call, mediator, mediatorOnRoster, token } from './setup-api.mjs';

const otherMediator = { username: process.env.E2E_MEDIATOR2_USER || 'mediator2', password: process.env.E2E_MEDIATOR2_PASSWORD || process.env.E2E_MEDIATOR2_USER || 'mediator2' };
const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const offenderNumber = `A${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const harmedLastName = `Assessed${unique}`;
const assessmentText = `Assessed by the mediator ${unique}`;

async function expectState(page, state) {
  await page.locator(`[data-testid="referral-state"][data-state="${state}"]`).waitFor();
}

/** Both languages, each checked by axe-core; back in English after. */
async function accessibleInBothLanguages(page, what, englishText, frenchText) {
  await expectAccessible(page, `${what} (English)`);
  await page.getByTestId('language-toggle').click();
  await page.getByText(frenchText).first().waitFor();
  await expectAccessible(page, `${what} (français)`);
  await page.getByTestId('language-toggle').click();
  await page.getByText(englishText).first().waitFor();
}

/** The status of a GET as this user, straight to the API through the portal's origin. */
async function statusOf(user, path) {
  const response = await fetch(baseUrl + path, { headers: { Authorization: `Bearer ${await token(user)}`, Accept: 'application/json' } });
  return response.status;
}

await runSpec('a mediator assesses a referral', async ({ page, check }) => {
  let referralId;
  await check('setup through the API: a harmed person’s request matched with a staff referral, under assessment', async () => {
    await mediatorOnRoster();
    const staffToken = await token(staff);
    const coordinatorToken = await token(coordinator);
    await call(staffToken, 'POST', '/api/offender-referrals', {
      offenderNumber,
      offenderFirstName: 'Marc',
      offenderLastName: `Offender${unique}`,
      offenderPreferredLanguage: 'EN',
      institution: 'Collins Bay Institution',
      staffSupportsParticipation: true,
      offenderTakesResponsibility: true,
      federalSentence: 'YES',
      reasons: 'Has asked to answer the family.',
    });
    const harmed = await call(coordinatorToken, 'POST', '/api/referrals/harmed-person-requests', {
      newParticipant: { kind: 'VICTIM', firstName: 'Hélène', lastName: harmedLastName, preferredLanguage: 'FR' },
      channel: 'PHONE',
      offenderNumber,
      victimRegistration: 'REGISTERED_VICTIM',
      federalSentence: 'YES',
    });
    referralId = harmed.id;
    await call(coordinatorToken, 'POST', `/api/referrals/${referralId}/start-assessment`);
  });

  await check('coordinator1 opens the request from the matches and assigns mediator1 to its assessment', async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, coordinator);
    await page.getByTestId('nav-referral-queue').click();
    await page.getByTestId('queue-matches').click();
    await page.locator(`[data-testid="match-row"][data-offender-number="${offenderNumber}"]`).getByTestId('match-harmed-person').click();
    await expectState(page, 'UNDER_ASSESSMENT');
    const panel = page.getByTestId('assessor-panel');
    await panel.getByTestId('referral-assessor').getByText(en.referrals.assessor.none).waitFor();
    await accessibleInBothLanguages(page, 'the referral before its assessor is assigned', en.referrals.assessor.title, fr.referrals.assessor.title);
    await panel.getByLabel(en.referrals.assessor.pick).selectOption(mediator.username);
    await panel.getByTestId('assign-assessor').click();
    await panel.getByTestId('referral-assessor').getByText('Martin Mediator,', { exact: false }).waitFor();
    await panel.getByTestId('remove-assessor').waitFor();
    await screenshot(page, '70-assessor-assigned');
    await accessibleInBothLanguages(page, 'the referral with its assessor', en.referrals.assessor.remove, fr.referrals.assessor.remove);
    await signOut(page);
  });

  await check('mediator1 finds it in My work, with no referral queue to browse', async () => {
    await signIn(page, mediator);
    await page.getByTestId('work-count-referral-assessments').getByRole('link').click();
    const row = page.getByTestId('work-item').filter({ hasText: harmedLastName }).first();
    await row.getByText(en.work.reasons.ASSIGNED_FOR_ASSESSMENT).waitFor();
    if (await page.getByTestId('nav-referral-queue').count()) throw new Error('a mediator is offered the referral queue');
    await accessibleInBothLanguages(page, 'the referrals to assess', en.work.reasons.ASSIGNED_FOR_ASSESSMENT, fr.work.reasons.ASSIGNED_FOR_ASSESSMENT);
    await row.getByTestId('work-item-link').click();
    await page.waitForURL((url) => url.pathname === `/referrals/${referralId}`);
  });

  await check('mediator1 reads the referral without any decision to take', async () => {
    await expectState(page, 'UNDER_ASSESSMENT');
    await page.getByTestId('assessor-is-me').waitFor();
    for (const absent of ['accept-referral', 'decline-referral', 'withdraw-referral', 'eligibility-form', 'assessor-form', 'remove-assessor']) {
      if (await page.getByTestId(absent).count()) throw new Error(`the mediator is offered ${absent}`);
    }
    await accessibleInBothLanguages(page, 'the referral as its assessor', en.referrals.assessor.youAssess, fr.referrals.assessor.youAssess);
  });

  await check('mediator1 drafts a SUITABLE suitability assessment and finalises it', async () => {
    await page.getByTestId('new-assessment').click();
    const form = page.getByTestId('suitability-form');
    await form.getByLabel(en.referrals.suitability.fields.appropriateness).fill(assessmentText);
    await form.getByLabel(en.referrals.suitability.fields.motivation).fill('Wants to answer her questions.');
    await form.getByLabel(en.referrals.suitability.fields.acceptanceOfResponsibility).fill('Full.');
    await form.getByLabel(en.referrals.suitability.outcome.SUITABLE, { exact: true }).check();
    await expectAccessible(page, 'the suitability form of the assessor (English)');
    await page.getByTestId('save-assessment').click();
    await page.getByTestId('assessment-status').getByText(en.referrals.suitability.draft).waitFor();
    await page.getByTestId('finalise-assessment').click();
    await page.getByTestId('finalise-assessment-yes').click();
    await page.getByTestId('assessment-status').getByText(en.referrals.suitability.finalised).waitFor();
    await screenshot(page, '71-assessed-by-the-mediator');
    await accessibleInBothLanguages(page, 'the finalised assessment', en.referrals.suitability.finalised, fr.referrals.suitability.finalised);
    await signOut(page);
  });

  await check('mediator2, not on the referral, cannot read it, its assessments or its people (404)', async () => {
    const statuses = [
      await statusOf(otherMediator, `/api/referrals/${referralId}`),
      await statusOf(otherMediator, `/api/referrals/${referralId}/suitability-assessments`),
    ];
    if (statuses.some((s) => s !== 404)) throw new Error(`mediator2 got ${statuses.join(', ')}`);
    if ((await statusOf(mediator, `/api/referrals/${referralId}`)) !== 200) throw new Error('mediator1 lost the referral before the decision');
  });

  await check('coordinator1 sees the finalised assessment by mediator1 and accepts', async () => {
    await signIn(page, coordinator);
    await page.getByTestId('nav-referral-queue').click();
    await page.getByTestId('queue-matches').click();
    await page.locator(`[data-testid="match-row"][data-offender-number="${offenderNumber}"]`).getByTestId('match-harmed-person').click();
    const assessment = page.getByTestId('assessment').filter({ hasText: assessmentText });
    await assessment.getByTestId('assessment-status').getByText(en.referrals.suitability.finalised).waitFor();
    await assessment.getByText('Martin Mediator', { exact: false }).first().waitFor(); // by display name
    await page.getByTestId('referral-federal-sentence').getByText(en.referrals.eligibility.sentence.YES).waitFor();
    await page.getByTestId('accept-referral').click();
    await page.getByTestId('accept-referral-yes').click();
    await expectState(page, 'ACCEPTED');
    await page.getByTestId('no-actions').waitFor();
    await accessibleInBothLanguages(page, 'the accepted referral', en.referrals.state.ACCEPTED, fr.referrals.state.ACCEPTED);
    await signOut(page);
  });

  await check('once decided, mediator1 no longer reaches it (404)', async () => {
    const status = await statusOf(mediator, `/api/referrals/${referralId}`);
    if (status !== 404) throw new Error(`mediator1 got ${status} for a decided referral`);
  });
});
