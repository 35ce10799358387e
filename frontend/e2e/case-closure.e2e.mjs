// End to end against the running stack: closing a case says how it ended (the closure outcome the
// program's statistics count). Setup through the API: an accepted pair of referrals and a case with
// mediator1. In the browser, coordinator1 opens the close form, is told both fields are needed, closes
// the case with an outcome and sees it; then, in French, reopens it and closes it again. axe-core checks
// each state in English and in French.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/case-closure.e2e.mjs
import { assessAndAccept, call, mediatorOnRoster, token } from './setup-api.mjs';
import { baseUrl, coordinator, en, expectAccessible, fr, runSpec, screenshot, signIn, signOut, staff } from './support.mjs';

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const offenderNumber = `K${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const harmedLastName = `Closure${unique}`;

await runSpec('case closure', async ({ page, check }) => {
  const form = page.getByTestId('close-case-form');
  const closeWith = async (labels, outcome) => {
    await page.getByTestId('stage-move-CLOSED').click();
    await form.getByLabel(new RegExp(`^${labels.cases.stageMoves.outcomeSummary}`)).fill('Letters exchanged; the family had answers.');
    await form.getByLabel(new RegExp(`^${labels.caseClosure.title}`)).selectOption(outcome);
    await page.getByTestId('confirm-close-case').click();
    await page.locator('[data-testid="case-stage"][data-state="stage-CLOSED"]').waitFor();
    await page.getByTestId('closure-outcome').getByText(labels.caseClosure.outcome[outcome]).waitFor();
  };

  await check(`setup through the API: a case about ${offenderNumber} with mediator1`, async () => {
    await mediatorOnRoster();
    const coordinatorToken = await token(coordinator);
    const offenderReferral = await call(await token(staff), 'POST', '/api/offender-referrals', {
      offenderNumber,
      offenderFirstName: 'Marc',
      offenderLastName: `Offender${unique}`,
      offenderPreferredLanguage: 'EN',
      institution: 'Joyceville Institution',
      staffSupportsParticipation: true,
      offenderTakesResponsibility: true, federalSentence: 'YES',
      reasons: 'Has asked to answer the family.',
    });
    const harmedReferral = await call(coordinatorToken, 'POST', '/api/referrals/harmed-person-requests', {
      newParticipant: { kind: 'VICTIM', firstName: 'Hélène', lastName: harmedLastName, preferredLanguage: 'FR' },
      channel: 'PHONE',
      offenderNumber,
      victimRegistration: 'REGISTERED_VICTIM', federalSentence: 'YES',
    });
    await assessAndAccept(coordinatorToken, offenderReferral.id);
    await assessAndAccept(coordinatorToken, harmedReferral.id);
    await call(coordinatorToken, 'POST', '/api/cases', { referralIds: [harmedReferral.id, offenderReferral.id], mediators: ['mediator1'] });
  });

  await check('coordinator1 opens the case and the close form: both fields are required', async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, coordinator);
    // Tokens live in memory only: move inside the portal, never by reloading an address.
    await page.getByTestId('nav-cases').click();
    await page.locator('[data-testid="case-row"]').filter({ hasText: harmedLastName }).getByTestId('open-case').click();
    await page.getByTestId('stage-section').waitFor();
    await page.getByTestId('stage-move-CLOSED').click();
    await form.waitFor();
    await expectAccessible(page, 'the close form (en)');
    await page.getByTestId('confirm-close-case').click();
    await page.getByTestId('field-closureOutcome-error').getByText(en.caseClosure.required).waitFor();
    await expectAccessible(page, 'the close form with its errors (en)');
    await screenshot(page, '60-close-form-errors');
    await form.getByRole('button', { name: en.common.cancel }).click();
  });

  await check('closes the case saying how it ended, and sees it', async () => {
    await closeWith(en, 'ENDED_BY_PARTICIPANT');
    await expectAccessible(page, 'the closed case (en)');
    await screenshot(page, '61-closed-case');
  });

  await check('in French: reopens the case and closes it again, with the outcome in French', async () => {
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('stage-move-PREPARATION').click();
    await page.getByTestId('stage-move-PREPARATION-yes').click();
    await page.locator('[data-testid="case-stage"][data-state="stage-PREPARATION"]').waitFor();
    await page.getByTestId('stage-move-CLOSED').click();
    await page.getByTestId('confirm-close-case').click();
    await page.getByTestId('field-closureOutcome-error').getByText(fr.caseClosure.required).waitFor();
    await expectAccessible(page, 'the close form with its errors (fr)');
    await form.getByRole('button', { name: fr.common.cancel }).click();
    await closeWith(fr, 'DIALOGUE_COMPLETED');
    await expectAccessible(page, 'the closed case (fr)');
    await page.getByTestId('language-toggle').click();
    await signOut(page);
  });
});
