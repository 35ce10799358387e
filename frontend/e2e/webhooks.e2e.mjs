// End to end against the running stack: admin1 opens "Webhooks" from the navigation, registers an endpoint
// for the first integration (its secret shown once), edits it (If-Match from the ETag read), rotates its
// secret, opens its deliveries filtered by state, and deletes it; every page state passes axe-core in English
// and in French. The receiver's address never resolves (.invalid): nothing is sent anywhere.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/webhooks.e2e.mjs
import { baseUrl, en, expectAccessible, fr, runSpec, screenshot, signIn, signOut } from './support.mjs';

const admin = { username: process.env.E2E_ADMIN_USER || 'admin1', password: process.env.E2E_ADMIN_PASSWORD || process.env.E2E_ADMIN_USER || 'admin1' };
const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const url = `https://receiver-${suffix}.e2e.invalid/hooks`;
const row = (page) => page.getByTestId('webhook-row').filter({ hasText: url });
const secretPattern = /^whsec_[A-Za-z0-9+/]{43}=$/;

await runSpec('webhooks', async ({ page, check }) => {
  await check('admin1 signs in and opens the webhooks from the navigation', async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, admin);
    await page.getByTestId('nav-webhooks').click();
    await page.getByRole('heading', { name: en.webhooks.title, level: 1 }).waitFor();
    await page.getByTestId('register-webhook').waitFor();
    await expectAccessible(page, 'the webhooks list (en)');
  });

  let firstSecret = '';
  await check('admin1 registers an endpoint for the first integration and sees its secret once', async () => {
    await page.getByTestId('register-webhook').click();
    const form = page.getByTestId('webhook-form');
    await form.getByLabel(en.webhooks.fields.url).fill(url);
    await form.getByLabel(en.webhooks.fields.description).fill('E2e receiver');
    await form.getByLabel(en.webhooks.fields.integration).fill('service-account-ro-integration');
    await form.getByLabel(en.webhooks.types.REFERRAL_STATE_CHANGED).check();
    await expectAccessible(page, 'the register form (en)');
    await form.getByTestId('save-webhook').click();
    await page.getByTestId('webhook-secret-panel').waitFor();
    firstSecret = await page.getByTestId('webhook-secret').inputValue();
    if (!secretPattern.test(firstSecret)) throw new Error(`the secret reads "${firstSecret}"`);
    await page.getByText(en.webhooks.copyHint).waitFor();
    await expectAccessible(page, 'the secret shown once (en)');
    await screenshot(page, 'webhooks-01-secret');
    await page.getByTestId('back-to-webhooks').click();
    await row(page).getByText('service-account-ro-integration').waitFor();
    await row(page).getByText(en.webhooks.active, { exact: true }).waitFor();
  });

  await check('admin1 pauses it', async () => {
    await row(page).getByTestId('edit-webhook').click();
    const form = page.getByTestId('webhook-form');
    await form.getByLabel(en.webhooks.fields.active).uncheck();
    await expectAccessible(page, 'the edit form (en)');
    await form.getByTestId('save-webhook').click();
    await page.getByTestId('webhook-saved').waitFor();
    if (await form.getByLabel(en.webhooks.fields.active).isChecked()) throw new Error('still active after saving');
  });

  await check('admin1 rotates its secret: a new one, shown once', async () => {
    await page.getByTestId('rotate-secret').click();
    await page.getByTestId('rotate-secret-confirm').getByRole('button', { name: en.webhooks.rotate }).click();
    await page.getByTestId('webhook-secret-panel').waitFor();
    const rotated = await page.getByTestId('webhook-secret').inputValue();
    if (!secretPattern.test(rotated) || rotated === firstSecret) throw new Error(`the rotated secret reads "${rotated}"`);
    await expectAccessible(page, 'the rotated secret (en)');
  });

  await check('admin1 opens its deliveries and filters the failed ones', async () => {
    await page.getByTestId('webhook-deliveries').first().click();
    await page.getByTestId('deliveries-total').waitFor();
    await page.getByLabel(en.webhooks.deliveries.filter).selectOption('FAILED');
    await page.waitForURL((u) => u.searchParams.get('state') === 'FAILED');
    await page.getByTestId('deliveries-total').waitFor();
    await expectAccessible(page, 'the deliveries page (en)');
    await screenshot(page, 'webhooks-02-deliveries');
  });

  await check('the pages in French pass axe-core too', async () => {
    await page.getByTestId('language-toggle').click();
    await page.getByRole('heading', { name: fr.webhooks.deliveries.title, level: 1 }).waitFor();
    await page.getByLabel(fr.webhooks.deliveries.filter).waitFor();
    await expectAccessible(page, 'the deliveries page (fr)');
    await page.getByRole('link', { name: fr.webhooks.back }).click();
    await row(page).getByText(fr.webhooks.inactive, { exact: true }).waitFor();
    await expectAccessible(page, 'the webhooks list (fr)');
    await row(page).getByTestId('edit-webhook').click();
    await page.getByTestId('webhook-form').getByLabel(fr.webhooks.fields.active).waitFor();
    await expectAccessible(page, 'the edit form (fr)');
    await page.getByTestId('rotate-secret').click();
    await page.getByTestId('rotate-secret-confirm').getByRole('button', { name: fr.webhooks.rotate }).click();
    await page.getByTestId('webhook-secret-panel').getByText(fr.webhooks.secretOnce).waitFor();
    await expectAccessible(page, 'the rotated secret (fr)');
    await page.getByRole('link', { name: fr.webhooks.back }).click();
    await page.getByTestId('register-webhook').click();
    await page.getByTestId('webhook-form').getByLabel(fr.webhooks.fields.url).waitFor();
    await page.getByTestId('save-webhook').click();
    await page.getByTestId('field-url-error').getByText(fr.validation.required).waitFor();
    await expectAccessible(page, 'the register form with its errors (fr)');
    await screenshot(page, 'webhooks-03-french');
    await page.getByTestId('language-toggle').click();
  });

  await check('admin1 deletes the endpoint', async () => {
    await page.getByTestId('nav-webhooks').click();
    await row(page).getByTestId('edit-webhook').click();
    await page.getByTestId('delete-webhook').click();
    await page.getByTestId('delete-webhook-confirm').getByRole('button', { name: en.webhooks.delete }).click();
    await page.getByTestId('register-webhook').waitFor();
    await page.getByRole('heading', { name: en.webhooks.title, level: 1 }).waitFor();
    await row(page).waitFor({ state: 'detached' });
  });

  await check('admin1 signs out', async () => {
    await signOut(page);
  });
});
