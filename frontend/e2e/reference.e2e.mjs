// End to end against the running stack: admin1 opens "Reference data", adds an institution, renames it,
// deactivates it (If-Match from the ETag read), and the page passes axe-core in English and in French.
//   E2E_BASE_URL=http://localhost:4173 node e2e/reference.e2e.mjs
import { baseUrl, en, expectAccessible, fr, runSpec, screenshot, signIn, signOut } from './support.mjs';

const admin = { username: process.env.E2E_ADMIN_USER || 'admin1', password: process.env.E2E_ADMIN_PASSWORD || process.env.E2E_ADMIN_USER || 'admin1' };
const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`.toUpperCase();
const code = `E2E-${suffix}`.slice(0, 20);
const nameEn = `E2e Institution ${suffix}`;
const row = (page) => page.locator(`[data-testid="institution-row"][data-code="${code}"]`);

await runSpec('reference', async ({ page, check }) => {
  await check('admin1 signs in and opens the reference data', async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, admin);
    await page.getByTestId('nav-reference-data').click();
    await page.getByTestId('institution-table').waitFor();
    await page.getByTestId('region-row').first().waitFor();
    await expectAccessible(page, 'the reference data page (en)');
    await screenshot(page, 'reference-01-list');
  });

  await check('admin1 adds an institution in Ontario', async () => {
    await page.getByTestId('add-institution').click();
    const form = page.getByTestId('institution-form');
    await form.getByLabel(en.reference.fields.code).fill(code);
    await form.getByLabel(en.reference.fields.nameEn).fill(nameEn);
    await form.getByLabel(en.reference.fields.nameFr).fill(`Établissement E2e ${suffix}`);
    await form.getByLabel(en.reference.fields.region).selectOption({ label: 'Ontario' });
    await expectAccessible(page, 'the add-an-institution form (en)');
    await form.getByTestId('save-institution').click();
    await form.waitFor({ state: 'detached' });
    await row(page).getByRole('cell', { name: nameEn, exact: true }).waitFor();
    await row(page).getByText(en.reference.active, { exact: true }).waitFor();
  });

  await check('admin1 renames it', async () => {
    await page.getByTestId(`edit-institution-${code}`).click();
    const form = page.getByTestId('institution-form');
    await form.getByLabel(en.reference.fields.nameEn).fill(`${nameEn} renamed`);
    await form.getByTestId('save-institution').click();
    await form.waitFor({ state: 'detached' });
    await row(page).getByRole('cell', { name: `${nameEn} renamed`, exact: true }).waitFor();
  });

  await check('admin1 deactivates it', async () => {
    await page.getByTestId(`edit-institution-${code}`).click();
    const form = page.getByTestId('institution-form');
    await form.getByLabel(en.reference.fields.active).uncheck();
    await expectAccessible(page, 'the change-an-institution form (en)');
    await form.getByTestId('save-institution').click();
    await form.waitFor({ state: 'detached' });
    await row(page).getByText(en.reference.inactive, { exact: true }).waitFor();
    await screenshot(page, 'reference-02-deactivated');
  });

  await check('the page in French passes axe-core too', async () => {
    await page.getByTestId('language-toggle').click();
    await page.getByRole('button', { name: fr.reference.addInstitution }).waitFor();
    await row(page).getByText(fr.reference.inactive, { exact: true }).waitFor();
    await expectAccessible(page, 'the reference data page (fr)');
    await page.getByTestId(`edit-institution-${code}`).click();
    await page.getByTestId('institution-form').getByLabel(fr.reference.fields.nameFr).waitFor();
    await expectAccessible(page, 'the change-an-institution form (fr)');
    await screenshot(page, 'reference-03-french');
    await page.getByTestId('language-toggle').click();
  });

  await check('admin1 signs out', async () => {
    await signOut(page);
  });
});
