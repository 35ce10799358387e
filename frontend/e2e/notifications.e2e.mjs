// End to end against the running stack (portal + API + Keycloak), in Debian's Chromium:
// coordinator1 opens Notification settings from the account area, is asked for a kind when turning
// e-mail on without one, chooses no-contact reviews as a daily digest in French and saves; mediator1
// reads the page in French, sees only the kinds of a mediator, chooses messages to review immediately and
// saves. axe-core finds no WCAG 2.1 AA violation at each state, in English and in French.
//   E2E_BASE_URL=http://localhost:4173 node e2e/notifications.e2e.mjs
import { coordinator, en, expectAccessible, fr, runSpec, screenshot, signIn, signOut } from './support.mjs';

const mediator = { username: process.env.E2E_MEDIATOR_USER || 'mediator1', password: process.env.E2E_MEDIATOR_PASSWORD || process.env.E2E_MEDIATOR_USER || 'mediator1' };

async function openSettings(page, words) {
  await page.getByTestId('nav-notification-settings').click();
  await page.waitForURL((url) => url.pathname === '/account/notifications');
  await page.getByTestId('page-heading').getByText(words.notifications.title).waitFor();
  await page.getByTestId('notification-settings-form').waitFor();
}

async function switchTo(page, words) {
  await page.getByTestId('language-toggle').click();
  await page.getByTestId('page-heading').getByText(words.notifications.title).waitFor();
}

await runSpec('notifications', async ({ page, check }) => {
  await check('coordinator1 opens Notification settings from the account area: e-mail off, the kinds of a coordinator', async () => {
    await signIn(page, coordinator);
    await openSettings(page, en);
    const kinds = page.getByTestId('field-kinds');
    await kinds.getByLabel(en.notifications.kinds['no-contact-reviews']).waitFor();
    if (await kinds.getByLabel(en.notifications.kinds['messages-to-screen']).count()) throw new Error("a mediator's kind is offered to a coordinator");
    if (await page.getByLabel(en.notifications.fields.emailEnabled).isChecked()) throw new Error('e-mail is on before anything was saved');
    await screenshot(page, 'notifications-01-coordinator');
    await expectAccessible(page, 'the notification settings (coordinator, English)');
  });

  await check('turning e-mail on without a kind is refused at the kinds', async () => {
    await page.getByLabel(en.notifications.fields.emailEnabled).check();
    await page.getByTestId('save-notification-settings').click();
    await page.getByTestId('field-kinds-error').filter({ hasText: en.validation.choose }).waitFor();
    await expectAccessible(page, 'the notification settings with an error at the kinds');
  });

  await check('a daily digest of no-contact reviews, in French, is saved with the address of the account', async () => {
    await page.getByTestId('field-kinds').getByLabel(en.notifications.kinds['no-contact-reviews']).check();
    await page.getByLabel(en.notifications.frequency.DAILY_DIGEST).check();
    await page.getByTestId('field-language').getByLabel(en.notifications.language.fr).check();
    await page.getByTestId('save-notification-settings').click();
    await page.getByTestId('notification-settings-saved').getByText(en.notifications.savedOn).waitFor();
    await page.getByTestId('notification-address').getByText('coordinator1@ro.example.org', { exact: false }).waitFor();
    await screenshot(page, 'notifications-02-saved');
    await expectAccessible(page, 'the notification settings, saved (English)');
  });

  await check('the same page in French keeps what was saved', async () => {
    await switchTo(page, fr);
    if (!(await page.getByTestId('field-kinds').getByLabel(fr.notifications.kinds['no-contact-reviews']).isChecked())) throw new Error('the saved kind is not ticked');
    if (!(await page.getByLabel(fr.notifications.frequency.DAILY_DIGEST).isChecked())) throw new Error('the daily digest is not chosen');
    await expectAccessible(page, 'the notification settings (coordinator, français)');
    await switchTo(page, en);
    await signOut(page);
  });

  await check('mediator1 reads the page in French: only the kinds of a mediator', async () => {
    await signIn(page, mediator);
    await openSettings(page, en);
    await switchTo(page, fr);
    const kinds = page.getByTestId('field-kinds');
    await kinds.getByLabel(fr.notifications.kinds['messages-to-screen']).waitFor();
    if (await kinds.getByLabel(fr.notifications.kinds['no-contact-reviews']).count()) throw new Error("a coordinator's kind is offered to a mediator");
    await expectAccessible(page, 'the notification settings (mediator, français)');
  });

  await check('mediator1 chooses messages to review, immediately, and saves in French', async () => {
    await page.getByLabel(fr.notifications.fields.emailEnabled).check();
    await page.getByTestId('field-kinds').getByLabel(fr.notifications.kinds['messages-to-screen']).check();
    await page.getByLabel(fr.notifications.frequency.IMMEDIATE).check();
    await page.getByTestId('save-notification-settings').click();
    await page.getByTestId('notification-settings-saved').getByText(fr.notifications.savedOn).waitFor();
    await page.getByTestId('notification-address').getByText('mediator1@ro.example.org', { exact: false }).waitFor();
    await screenshot(page, 'notifications-03-mediator-saved');
    await expectAccessible(page, 'the notification settings, saved (mediator, français)');
    await switchTo(page, en);
    await expectAccessible(page, 'the notification settings, saved (mediator, English)');
    await signOut(page);
  });
});
