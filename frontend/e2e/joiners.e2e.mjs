// End to end against the running stack: people who join a case later. Setup through the API: a case
// about a new offender and a French-speaking victim, with mediator1, letters chosen. In the browser,
// coordinator1 opens the case, opens "Add a person", is told what is missing, adds a new support person
// beside the victim (English); then, in French, adds a family member who came forward later and records
// her consent to letters. axe-core checks each state in English and in French.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/joiners.e2e.mjs
import { call, mediatorOnRoster, token } from './setup-api.mjs';
import { coordinator, en, expectAccessible, fr, openCaseThroughApi, runSpec, baseUrl, screenshot, signIn, staff } from './support.mjs';

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const supportLastName = `Support${unique}`;
const sisterLastName = `Sister${unique}`;

function participantRow(page, lastName) {
  return page.getByTestId('participants-section').locator('[data-testid="case-participant"]').filter({ hasText: lastName });
}

await runSpec('joiners', async ({ page, check }) => {
  let harmedLastName = '';
  const section = page.getByTestId('participants-section');
  const form = section.getByTestId('add-person-form');

  await check('setup through the API: a case with mediator1, letters chosen', async () => {
    await mediatorOnRoster();
    const opened = await openCaseThroughApi({ staff, coordinator, mediators: ['mediator1'] });
    harmedLastName = opened.harmedLastName;
    await call(await token(coordinator), 'PUT', `/api/cases/${opened.caseId}/ways`, { ways: ['LETTERS'] });
  });

  await check('coordinator1 opens the case and the "Add a person" form: what is missing is named', async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, coordinator);
    // Tokens live in memory only: move inside the portal, never by reloading an address.
    await page.getByTestId('nav-cases').click();
    await page.locator('[data-testid="case-row"]').filter({ hasText: harmedLastName }).getByTestId('open-case').click();
    await section.getByTestId('add-person').click();
    await form.waitFor();
    await expectAccessible(page, 'the add-a-person form (en)');
    await form.getByTestId('save-person').click();
    await form.getByTestId('field-supports-error').waitFor();
    await expectAccessible(page, 'the add-a-person form with its errors (en)');
    await screenshot(page, '80-add-person-errors');
  });

  await check('adds a new support person beside the victim, shown as supporting her', async () => {
    await form.getByLabel(new RegExp(`^${en.participants.fields.firstName}`)).fill('Paul');
    await form.getByLabel(new RegExp(`^${en.participants.fields.lastName}`)).fill(supportLastName);
    await form.getByLabel(new RegExp(`^${en.participants.fields.preferredLanguage}`)).selectOption('EN');
    await form.getByLabel(new RegExp(`^${en.participants.fields.phone}`)).fill('+1 613 555 0142');
    await form.getByLabel(new RegExp(`^${en.caseJoiners.supports}`)).selectOption({ label: `Hélène ${harmedLastName} (${en.cases.side.HARMED})` });
    await form.getByTestId('join-side').getByText(en.cases.side.HARMED).waitFor();
    await form.getByTestId('save-person').click();
    await form.waitFor({ state: 'detached' });
    const row = participantRow(page, supportLastName);
    await row.getByText(en.participants.kind.SUPPORT_PERSON).waitFor();
    await row.getByTestId('participant-supports').getByText(`Hélène ${harmedLastName}`).waitFor();
    await row.getByTestId('participant-joined').waitFor();
    await expectAccessible(page, 'the case with its support person (en)');
    await screenshot(page, '81-support-person-added');
  });

  await check('in French: adds a family member who came forward later, on the harmed side', async () => {
    await page.getByTestId('language-toggle').click();
    await section.getByTestId('add-person').getByText(fr.caseJoiners.add).waitFor();
    await section.getByTestId('add-person').click();
    await form.waitFor();
    await form.getByLabel(new RegExp(`^${fr.participants.fields.kind}`)).selectOption('FAMILY_MEMBER');
    await form.getByLabel(new RegExp(`^${fr.participants.fields.firstName}`)).fill('Julie');
    await form.getByLabel(new RegExp(`^${fr.participants.fields.lastName}`)).fill(sisterLastName);
    await form.getByLabel(new RegExp(`^${fr.participants.fields.preferredLanguage}`)).selectOption('FR');
    await form.getByTestId('join-side').getByText(fr.cases.side.HARMED).waitFor();
    await expectAccessible(page, 'the add-a-person form (fr)');
    await form.getByTestId('save-person').click();
    await form.waitFor({ state: 'detached' });
    const row = participantRow(page, sisterLastName);
    await row.getByText(fr.participants.kind.FAMILY_MEMBER).waitFor();
    await row.getByTestId('participant-joined').getByText(/plus tard/).waitFor();
    await expectAccessible(page, 'the case with its family member (fr)');
  });

  await check('records the family member’s written consent to letters, like anyone else’s', async () => {
    const ways = page.getByTestId('ways-section');
    const sisterId = await participantRow(page, sisterLastName).getAttribute('data-participant-id');
    await ways.getByRole('radio', { name: fr.cases.consent.forms.WRITTEN }).check();
    await ways.getByTestId(`consent-${sisterId}-LETTERS`).click();
    await page.locator(`[data-testid="consent-${sisterId}-LETTERS"]:checked:not([disabled])`).waitFor();
    await expectAccessible(page, 'the consent of the family member (fr)');
    await screenshot(page, '82-late-family-member-consents');
  });
});
