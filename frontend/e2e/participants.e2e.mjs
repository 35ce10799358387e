// End to end against the running stack (portal + API + Keycloak), in Debian's Chromium:
// sign in as coordinator1, record a victim "Hélène <unique>", find her by "helene" and "Hélène",
// open her record, switch to French, sign out. Exits non-zero with a screenshot in e2e/out/.
//   E2E_BASE_URL=http://localhost:4173 npm run e2e
import { baseUrl, coordinator, en, expectIconFont, fr, runSpec, screenshot, signIn, signOut, staff } from './support.mjs';

const lastName = `E2e${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

await runSpec('participants', async ({ page, check }) => {
  await check('the portal shows its sign-in page', async () => {
    await page.goto(baseUrl + '/');
    await page.getByTestId('sign-in').waitFor();
    await screenshot(page, '01-sign-in');
  });

  await check('signing in goes through Keycloak and back', async () => {
    await signIn(page, coordinator, { beforeSubmit: () => screenshot(page, '02-keycloak') });
    await page.getByTestId('home-participants').waitFor();
    await screenshot(page, '03-home');
  });

  await check('a coordinator records a victim named Hélène', async () => {
    await page.getByTestId('nav-participants').click();
    await page.getByTestId('new-participant').click();
    await page.getByLabel(en.participants.fields.kind).selectOption('VICTIM');
    await page.getByLabel(en.participants.fields.firstName).fill('Hélène');
    await page.getByLabel(en.participants.fields.lastName).fill(lastName);
    await page.getByLabel(en.participants.fields.preferredLanguage).selectOption('FR');
    await page.getByLabel(en.participants.fields.email).fill('helene@example.ca');
    await page.getByLabel(en.participants.fields.mayLeaveMessage).check();
    await page.getByTestId('save-participant').click();
    await page.getByTestId('success-notice').waitFor();
    await page.getByTestId('participant-contact').waitFor();
    const heading = await page.getByTestId('page-heading').textContent();
    if (!heading?.includes(`Hélène ${lastName}`)) throw new Error(`heading is "${heading}"`);
  });

  await check('the design system\'s icons draw from the bundled icon font', async () => {
    await expectIconFont(page);
    await screenshot(page, '03-saved-with-icons');
  });

  const row = () => page.getByRole('link', { name: `${lastName}, Hélène` });
  for (const words of ['helene', 'Hélène']) {
    await check(`searching "${words}" finds her`, async () => {
      // Search from the list page itself: clicking the navigation again resets the page while typing.
      if (new URL(page.url()).pathname !== '/participants') await page.getByTestId('nav-participants').click();
      await page.getByTestId('participant-search').waitFor();
      await page.getByTestId('participant-search').fill(words);
      await page.getByTestId('participant-search-submit').click();
      await page.waitForURL((url) => url.searchParams.get('q') === words);
      await page.getByTestId('participant-row').first().waitFor();
      // Names are matched without regard to accents or case; on a busy database she may be past
      // the first page, so the unique last name then narrows the search.
      if (!(await row().isVisible())) {
        await page.getByTestId('participant-search').fill(`${words} ${lastName.toLowerCase()}`);
        await page.getByTestId('participant-search-submit').click();
      }
      await row().waitFor();
      await screenshot(page, `04-search-${words === 'helene' ? 'plain' : 'accented'}`);
    });
  }

  await check('her record opens from the list, and can be changed', async () => {
    await row().click();
    await page.getByTestId('participant-details').waitFor();
    await page.getByText('helene@example.ca').waitFor();
    await page.getByTestId('edit-participant').click();
    await page.getByLabel(en.participants.fields.safeTimes).fill('Weekdays after 18:00');
    await page.getByTestId('save-participant').click();
    await page.getByTestId('success-notice').waitFor();
    await page.getByText('Weekdays after 18:00').waitFor();
  });

  await check('the page switches to French', async () => {
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('participant-kind').getByText(fr.participants.kind.VICTIM, { exact: true }).waitFor();
    await page.getByRole('link', { name: fr.participants.backToList }).click();
    await page.getByTestId('page-heading').getByText(fr.participants.listTitle).waitFor();
    await page.getByRole('button', { name: fr.participants.searchButton }).waitFor();
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== 'fr') throw new Error(`html lang is ${lang}`);
    await screenshot(page, '05-french');
  });

  await check('signing out returns to the sign-in page', async () => {
    await signOut(page);
    await screenshot(page, '06-signed-out');
  });

  await check('correctional staff sign in and see no participants', async () => {
    await signIn(page, staff);
    await page.getByTestId('home').waitFor();
    if (await page.getByTestId('nav-participants').count()) throw new Error('staff see the Participants link');
    // a reload keeps the Keycloak session (a silent sign-in): still staff, still no participants
    await page.goto(baseUrl + '/participants');
    await page.getByTestId('signed-in-as').waitFor();
    if (await page.getByTestId('nav-participants').count()) throw new Error('staff see the Participants link after a reload');
    if (await page.getByTestId('participants-table').count()) throw new Error('staff see the participants after a reload');
  });
});
