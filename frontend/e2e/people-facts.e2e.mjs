// End to end against the running stack: people's names and facts (issue 14, items 5 and 6). Setup through the API:
// a case about a new offender (staff1's referral and coordinator1's request for Hélène Harmed…, which match) with
// mediator1, in DIALOGUE with letters chosen and the offender consenting; one letter waiting for screening and one
// approved. In the browser, in English then in French, with axe-core at each page state: coordinator1 searches the
// referral queue and the cases by the harmed person's name (accents aside) and by offender number, and sees both
// names on the matches page; mediator1 sees the names and sides on the messages to review, searches their cases,
// is refused a delivery date before the approval, delivers with today's date, and sees who approved the letter.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/people-facts.e2e.mjs
import { call, mediator, token } from './setup-api.mjs';
import { baseUrl, coordinator, en, expectAccessible, fr, openCaseThroughApi, runSpec, screenshot, signIn, signOut, staff } from './support.mjs';

const words = { en, fr };

async function letter(bearer, caseId, harmedId, offenderId, text, actions) {
  let m = await call(bearer, 'POST', `/api/cases/${caseId}/messages`, { kind: 'LETTER', authorId: harmedId, recipientId: offenderId, text });
  for (const action of actions) {
    const body = action === 'approve' ? { textDecision: 'AS_IS' } : undefined;
    m = await call(bearer, 'POST', `/api/cases/${caseId}/messages/${m.id}/${action}`, body, { 'If-Match': `"${m.version}"` });
  }
  return m;
}

async function search(page, prefix, text) {
  await page.getByTestId(`${prefix}-input`).fill(text);
  await page.getByTestId(`${prefix}-submit`).click();
  // the list is searched once the address carries the words (the unfiltered list may still show until then)
  await page.waitForURL((url) => url.searchParams.get('q') === text);
  await page.waitForLoadState('networkidle').catch(() => {});
}

await runSpec('people-facts', async ({ page, check }) => {
  let opened;
  let offenderNumber = '';
  let approvedId = '';
  let queuedId = '';

  await check('setup through the API: a matched pair, a case with mediator1, one letter in review and one approved', async () => {
    opened = await openCaseThroughApi({ staff, coordinator, mediators: [mediator.username] });
    const bearer = await token(coordinator);
    const c = await call(bearer, 'GET', `/api/cases/${opened.caseId}`);
    const harmedId = c.participants.find((p) => p.side === 'HARMED').participantId;
    const offenderId = c.participants.find((p) => p.side === 'OFFENDER').participantId;
    offenderNumber = (await call(bearer, 'GET', `/api/participants/${offenderId}`)).offenderNumber;
    await call(bearer, 'POST', `/api/cases/${opened.caseId}/stage`, { stage: 'DIALOGUE' });
    await call(bearer, 'PUT', `/api/cases/${opened.caseId}/ways`, { ways: ['LETTERS'] });
    await call(bearer, 'POST', `/api/cases/${opened.caseId}/participants/${offenderId}/consents`, { way: 'LETTERS', given: true, how: 'WRITTEN' });
    queuedId = (await letter(bearer, opened.caseId, harmedId, offenderId, 'I want you to know what it took from us.', ['submit'])).id;
    approvedId = (await letter(bearer, opened.caseId, harmedId, offenderId, 'I would like an answer.', ['submit', 'approve'])).id;
  });

  await check('coordinator1 signs in', async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, coordinator);
  });

  for (const language of ['en', 'fr']) {
    const t = words[language];
    if (language === 'fr') {
      await check('switches to French', async () => {
        await page.getByTestId('language-toggle').click();
        await page.locator('html[lang="fr"]').waitFor();
      });
    }

    await check(`(${language}) the referral queue is searched by name without accents, then by offender number`, async () => {
      await page.getByTestId('nav-referral-queue').click();
      await page.getByRole('searchbox', { name: t.peopleFacts.search.label }).waitFor();
      await search(page, 'referral-search', `helene ${opened.harmedLastName.toLowerCase()}`);
      await page.getByTestId('queue-total').filter({ hasText: /^1\b/ }).waitFor();
      await page.locator('tr').filter({ hasText: opened.harmedLastName }).first().waitFor();
      await expectAccessible(page, `the referral queue searched by name (${language})`);
      await search(page, 'referral-search', offenderNumber.slice(0, 7));
      await page.locator('tr').filter({ hasText: opened.harmedLastName }).first().waitFor();
      await page.getByTestId('referral-search-clear').click();
      await page.getByTestId('referral-search-input').and(page.locator('[value=""]')).waitFor();
    });

    await check(`(${language}) the matches page names the harmed person and the offender`, async () => {
      await page.getByTestId('queue-matches').click();
      const row = page.locator(`[data-testid="match-row"][data-offender-number="${offenderNumber}"]`);
      await row.getByTestId('match-harmed-person-name').filter({ hasText: `Hélène ${opened.harmedLastName}` }).waitFor();
      await row.getByTestId('match-offender-name').filter({ hasText: 'Marc Offender' }).waitFor();
      await page.getByRole('columnheader', { name: t.peopleFacts.matches.harmedPerson, exact: true }).waitFor();
      await screenshot(page, `people-facts-matches-${language}`);
      await expectAccessible(page, `the matches with names (${language})`);
    });

    await check(`(${language}) the cases are searched by the harmed person's name`, async () => {
      await page.getByTestId('nav-cases').click();
      await search(page, 'case-search', `HÉLÈNE ${opened.harmedLastName}`);
      await page.locator(`[data-testid="case-row"][data-case-id="${opened.caseId}"]`).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="case-row"]').length === 1, undefined, { timeout: 5000 })
        .catch(() => {});
      if ((await page.getByTestId('case-row').count()) !== 1) throw new Error('the search found more than the one case');
      await expectAccessible(page, `the cases searched (${language})`);
      await search(page, 'case-search', `nobody${opened.harmedLastName}`);
      await page.getByTestId('no-cases').filter({ hasText: t.peopleFacts.search.noneFound }).waitFor();
      await expectAccessible(page, `the cases searched, nothing found (${language})`);
    });
  }

  await check('coordinator1 switches back to English and signs out', async () => {
    await page.getByTestId('language-toggle').click();
    await page.locator('html[lang="en"]').waitFor();
    await signOut(page);
  });

  await check('mediator1 signs in', async () => {
    await signIn(page, mediator);
  });

  for (const language of ['en', 'fr']) {
    const t = words[language];
    if (language === 'fr') {
      await check('switches to French', async () => {
        await page.getByTestId('language-toggle').click();
        await page.locator('html[lang="fr"]').waitFor();
      });
    }

    await check(`(${language}) the messages to review name the author and the recipient with their sides`, async () => {
      await page.getByTestId('nav-review-queue').click();
      const row = page.locator(`[data-testid="queue-row"][data-message-id="${queuedId}"]`);
      await row.getByTestId('queue-author').filter({ hasText: `Hélène ${opened.harmedLastName} (${t.messages.side.HARMED})` }).waitFor();
      await row.getByTestId('queue-recipient').filter({ hasText: `(${t.messages.side.OFFENDER})` }).waitFor();
      await screenshot(page, `people-facts-review-queue-${language}`);
      await expectAccessible(page, `the messages to review with names (${language})`);
    });

    await check(`(${language}) mediator1 finds their case by name and opens the approved letter`, async () => {
      await page.getByTestId('nav-my-cases').click();
      await search(page, 'case-search', opened.harmedLastName.slice(0, 12));
      // a click landing while the searched list re-renders can be lost (seen once in CI): click again if the case did not open
      const openCase = page.locator(`[data-testid="case-row"][data-case-id="${opened.caseId}"]`).getByTestId('open-case');
      await openCase.click();
      await page.waitForURL((url) => url.pathname.startsWith(`/cases/${opened.caseId}`), { timeout: 5000 })
        .catch(() => openCase.click());
      await page.getByTestId('open-case-messages').click();
      await page.locator(`[data-testid="message-row"][data-message-id="${approvedId}"]`).getByTestId('open-message').click();
      await page.getByTestId('approved-by').filter({ hasText: 'Claire Coordinator' }).waitFor();
      await page.getByTestId('approved-at').waitFor();
      await expectAccessible(page, `the approved letter with who approved it (${language})`);
    });

    if (language === 'en') {
      await check('(en) a delivery date before the approval is refused; today is the default and delivers', async () => {
        const date = page.getByLabel(t.peopleFacts.delivery.date);
        const today = await date.inputValue();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`the date defaults to "${today}"`);
        await page.getByTestId('deliver-form').getByText(t.messages.method.MAIL, { exact: true }).click();
        await date.fill('2020-01-01');
        await page.getByTestId('deliver-message').click();
        await page.getByText(t.peopleFacts.delivery.beforeApproval).first().waitFor();
        await expectAccessible(page, 'the delivery form refusing a date before the approval (en)');
        await date.fill(today);
        await page.getByTestId('deliver-message').click();
        await page.getByTestId('delivery-method').waitFor();
        await page.getByTestId('approved-by').filter({ hasText: 'Claire Coordinator' }).waitFor();
        await expectAccessible(page, 'the delivered letter (en)');
      });
    } else {
      await check('(fr) the delivered letter shows who approved it, in French', async () => {
        await page.getByText(t.peopleFacts.message.approvedBy, { exact: true }).waitFor();
        await page.getByTestId('delivery-method').filter({ hasText: t.messages.method.MAIL }).waitFor();
      });
    }
  }
});
