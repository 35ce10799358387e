// End to end against the running stack: a mediator's "My work". Setup through the API: staff1 refers a
// new offender, coordinator1 records a harmed person's request about them, accepts both and opens a case
// with mediator1; the harmed person's safety reassessment falls due in 5 days; in DIALOGUE a letter from
// the harmed person waits for screening. In the browser: mediator1 sees the counts on the home page,
// opens My work, finds both items named, follows the message's link to its page, and the page passes
// axe-core (WCAG 2.1 AA) in English and in French.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/work.e2e.mjs
import { apiCall as call, apiToken as token, coordinator, en, expectAccessible, fr, runSpec, screenshot, signIn, signOut, staff } from './support.mjs';

const mediator = { username: process.env.E2E_MEDIATOR_USER || 'mediator1', password: process.env.E2E_MEDIATOR_PASSWORD || process.env.E2E_MEDIATOR_USER || 'mediator1' };
const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const offenderNumber = `W${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const harmedLastName = `Waiting${unique}`;

async function accept(bearer, id) {
  const current = await call(bearer, 'GET', `/api/referrals/${id}`);
  if (current.state === 'DORMANT' || current.state === 'SUBMITTED') await call(bearer, 'POST', `/api/referrals/${id}/start-assessment`);
  const draft = await call(bearer, 'POST', `/api/referrals/${id}/suitability-assessments`, {
    appropriateness: 'Appropriate.',
    motivation: 'Sincere.',
    acceptanceOfResponsibility: 'Full.',
    outcome: 'SUITABLE',
  });
  await call(bearer, 'POST', `/api/referrals/${id}/suitability-assessments/${draft.id}/finalise`, undefined, { 'If-Match': `"${draft.version}"` });
  await call(bearer, 'POST', `/api/referrals/${id}/accept`);
}

await runSpec("a mediator's My work", async ({ page, check }) => {
  let caseId;
  let letterId;
  await check('setup through the API: a case of mediator1 with a reassessment coming due and a letter to screen', async () => {
    const staffToken = await token(staff);
    const coordinatorToken = await token(coordinator);
    const offender = await call(staffToken, 'POST', '/api/offender-referrals', {
      offenderNumber,
      offenderFirstName: 'Marc',
      offenderLastName: `Offender${unique}`,
      offenderPreferredLanguage: 'EN',
      institution: 'Collins Bay Institution',
      staffSupportsParticipation: true,
      offenderTakesResponsibility: true, federalSentence: 'YES',
      reasons: 'Has asked to answer the family.',
    });
    const harmed = await call(coordinatorToken, 'POST', '/api/referrals/harmed-person-requests', {
      newParticipant: { kind: 'VICTIM', firstName: 'Hélène', lastName: harmedLastName, preferredLanguage: 'FR' },
      channel: 'PHONE',
      offenderNumber,
      victimRegistration: 'REGISTERED_VICTIM', federalSentence: 'YES',
    });
    await accept(coordinatorToken, offender.id);
    await accept(coordinatorToken, harmed.id);
    const opened = await call(coordinatorToken, 'POST', '/api/cases', { referralIds: [harmed.id, offender.id], mediators: [mediator.username] });
    caseId = opened.id;
    const harmedId = opened.participants.find((p) => p.side === 'HARMED').participantId;
    const offenderId = opened.participants.find((p) => p.side === 'OFFENDER').participantId;
    const due = new Date(Date.now() + 5 * 86400000).toISOString().slice(0, 10);
    for (const [participantId, nextDue] of [[harmedId, due], [offenderId, new Date(Date.now() + 90 * 86400000).toISOString().slice(0, 10)]]) {
      const draft = await call(coordinatorToken, 'POST', `/api/cases/${caseId}/safety-assessments`, {
        participantId,
        riskLevel: 'LOW',
        notSafeToProceed: false,
        emotionalWellbeing: 'Steady',
        readiness: 'Ready for letters',
        safetyMeasures: 'Mediator present',
        nextDue,
      });
      await call(coordinatorToken, 'POST', `/api/cases/${caseId}/safety-assessments/${draft.id}/finalise`, undefined, { 'If-Match': `"${draft.version}"` });
    }
    await call(coordinatorToken, 'POST', `/api/cases/${caseId}/stage`, { stage: 'DIALOGUE' });
    await call(coordinatorToken, 'PUT', `/api/cases/${caseId}/ways`, { ways: ['LETTERS'] });
    await call(coordinatorToken, 'POST', `/api/cases/${caseId}/participants/${offenderId}/consents`, { way: 'LETTERS', given: true, how: 'WRITTEN' });
    const letter = await call(coordinatorToken, 'POST', `/api/cases/${caseId}/messages`, {
      kind: 'LETTER',
      authorId: harmedId,
      recipientId: offenderId,
      text: 'I would like you to know how that night changed us.',
    });
    letterId = letter.id;
    await call(coordinatorToken, 'POST', `/api/cases/${caseId}/messages/${letterId}/submit`, undefined, { 'If-Match': `"${letter.version}"` });
  });

  await check('mediator1 sees the counts of their queues on the home page', async () => {
    await signIn(page, mediator);
    const summary = page.getByTestId('work-summary');
    await summary.waitFor();
    for (const queue of ['reassessments-due', 'messages-to-screen', 'meetings-soon', 'recent-withdrawals']) {
      await summary.getByTestId(`work-count-${queue}`).waitFor();
    }
    await screenshot(page, '60-home-work-counts');
  });

  await check("follows the count to the reassessments' queue and finds the harmed person's, named, due soon", async () => {
    // Tokens live in memory only: move inside the portal, never by loading an address.
    await page.getByTestId('work-count-reassessments-due').getByRole('link').click();
    const row = page.getByTestId('work-item').filter({ hasText: harmedLastName }).first();
    await row.waitFor();
    await row.getByText(en.work.reasons.DUE_SOON).waitFor();
    const href = await row.getByTestId('work-item-link').getAttribute('href');
    if (href !== `/cases/${caseId}`) throw new Error(`the reassessment links to ${href}`);
    await screenshot(page, '61-reassessments-due');
  });

  await check('My work passes axe-core in English', async () => {
    await page.getByTestId('nav-my-work').click();
    await page.getByTestId('work-section-messages-to-screen').waitFor();
    await expectAccessible(page, 'My work (English)');
  });

  await check('My work passes axe-core in French', async () => {
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('page-heading').getByText(fr.work.title).waitFor();
    await expectAccessible(page, 'Mon travail (français)');
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('page-heading').getByText(en.work.title).waitFor();
  });

  await check("the letter's item opens the message to screen", async () => {
    await page.getByTestId('nav-my-work').click();
    await page.getByTestId('work-section-messages-to-screen').waitFor();
    await page.getByRole('link', { name: en.nav.home }).click();
    await page.getByTestId('work-count-messages-to-screen').getByRole('link').click();
    const link = page.locator(`[data-testid="work-item-link"][href="/cases/${caseId}/messages/${letterId}"]`);
    await link.click();
    await page.waitForURL((url) => url.pathname === `/cases/${caseId}/messages/${letterId}`);
    await signOut(page);
  });
});
