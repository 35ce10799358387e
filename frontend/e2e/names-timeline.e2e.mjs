// End to end against the running stack: the case timeline in the reader's language, and staff named as people
// call them (issue 14, items 1 and 2). Setup through the API: a case about a new offender opened by coordinator1
// with mediator1, moved to DIALOGUE, letters chosen, the offender consenting in writing, a LOW safety assessment
// finalised (next due 2027-02-28), a letter recorded, submitted, approved, delivered and acknowledged, a second one
// returned and a third withheld. Then in the browser, as coordinator1, in English and in French (axe-core at each
// state): the case list and the case page name the mediator and the coordinator by their display names (the realm's
// first and last names), never "coordinator1" / "mediator1"; the timeline words every entry with the labels the
// rest of the page uses (no enum code, no ISO date), with the message events; a message entry opens the message,
// which names who recorded it.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/names-timeline.e2e.mjs
import { mediator, mediatorOnRoster } from './setup-api.mjs';
import {
  apiCall, apiToken, baseUrl, coordinator, en, expectAccessible, fr, openCaseThroughApi, runSpec, screenshot, signIn, staff,
} from './support.mjs';

/** The display names of coordinator1 and mediator1 in the realm (keycloak/realm-ro.json). */
const claire = 'Claire Coordinator';
const martin = 'Martin Mediator';
/** Every code a timeline entry may carry, which must never show as such. */
const codes = [
  'OPENED', 'MEDIATORS', 'STAGE', 'WAYS', 'CONSENT', 'CONSENT_HOW', 'WITHDRAWN', 'REJOINED', 'SAFETY_ASSESSMENT', 'MESSAGE',
  'PREPARATION', 'DIALOGUE', 'FOLLOW_UP', 'CLOSED', 'LETTERS', 'FACE_TO_FACE', 'VIDEO_MESSAGES', 'SHUTTLE', 'LOW', 'MODERATE', 'HIGH',
  'VERBAL', 'WRITTEN', 'SIGNED_FORM', 'LETTER', 'VIDEO_MESSAGE', 'RELAYED_MESSAGE', 'MESSAGE_RECORDED', 'MESSAGE_DELIVERED',
];
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;

/** The visible text of the page's main content (the header legitimately shows the signed-in user's name). */
async function mainText(page) {
  return page.locator('main').innerText();
}

function expectNoUserNames(text, what) {
  for (const username of ['coordinator1', 'mediator1']) {
    if (text.includes(username)) throw new Error(`${what} shows the user name ${username}`);
  }
}

async function timelineText(page) {
  const rows = page.getByTestId('timeline-entry');
  await rows.first().waitFor();
  return (await rows.allInnerTexts()).join('\n');
}

function expectWorded(text, what, expected) {
  for (const code of codes) {
    if (new RegExp(`\\b${code}\\b`).test(text)) throw new Error(`${what} shows the code ${code}:\n${text}`);
  }
  if (isoDate.test(text)) throw new Error(`${what} shows an unformatted date:\n${text}`);
  for (const phrase of expected) {
    if (!text.includes(phrase)) throw new Error(`${what} does not say "${phrase}":\n${text}`);
  }
}

/** A letter from the harmed person to the offender through these moves, as coordinator1. */
async function letter(bearer, caseId, authorId, recipientId, moves) {
  let m = await apiCall(bearer, 'POST', `/api/cases/${caseId}/messages`, { kind: 'LETTER', authorId, recipientId, text: 'I would like an answer.' });
  for (const [move, body] of moves) {
    m = await apiCall(bearer, 'POST', `/api/cases/${caseId}/messages/${m.id}/${move}`, body, { 'If-Match': `"${m.version}"` });
  }
  return m;
}

await runSpec('names-timeline', async ({ page, check }) => {
  let caseId = '';
  let harmedLastName = '';

  await check('setup through the API: a case in DIALOGUE with consents, a safety assessment and letters moved through the relay', async () => {
    await mediatorOnRoster();
    ({ caseId, harmedLastName } = await openCaseThroughApi({ staff, coordinator, mediators: [mediator.username] }));
    const bearer = await apiToken(coordinator);
    await apiCall(bearer, 'POST', `/api/cases/${caseId}/stage`, { stage: 'DIALOGUE' });
    await apiCall(bearer, 'PUT', `/api/cases/${caseId}/ways`, { ways: ['LETTERS'] });
    const view = await apiCall(bearer, 'GET', `/api/cases/${caseId}`);
    const harmedId = view.participants.find((p) => p.side === 'HARMED').participantId;
    const offenderId = view.participants.find((p) => p.side === 'OFFENDER').participantId;
    await apiCall(bearer, 'POST', `/api/cases/${caseId}/participants/${offenderId}/consents`, { way: 'LETTERS', given: true, how: 'WRITTEN' });
    const draft = await apiCall(bearer, 'POST', `/api/cases/${caseId}/safety-assessments`, {
      participantId: harmedId, riskLevel: 'LOW', notSafeToProceed: false, emotionalWellbeing: 'Steady', readiness: 'Ready',
      safetyMeasures: 'Support person present', nextDue: '2027-02-28',
    });
    await apiCall(bearer, 'POST', `/api/cases/${caseId}/safety-assessments/${draft.id}/finalise`, undefined, { 'If-Match': `"${draft.version}"` });
    await letter(bearer, caseId, harmedId, offenderId, [
      ['submit'], ['approve', { textDecision: 'AS_IS' }], ['deliver', { method: 'MAIL' }], ['acknowledge', { authorMayKnow: true }],
    ]);
    await letter(bearer, caseId, harmedId, offenderId, [['submit'], ['return', { text: 'Please say it in your own words.' }]]);
    await letter(bearer, caseId, harmedId, offenderId, [['submit'], ['withhold', { text: 'Not now.' }]]);
  });

  await check(`coordinator1 signs in; the case list names the mediator "${martin}"`, async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, coordinator);
    await page.getByTestId('nav-cases').click();
    const row = page.locator('[data-testid="case-row"]').filter({ hasText: harmedLastName });
    await row.waitFor();
    const text = await row.innerText();
    if (!text.includes(martin)) throw new Error(`the case row does not name ${martin}: ${text}`);
    expectNoUserNames(await mainText(page), 'the case list');
    await expectAccessible(page, 'the case list (English)');
    await row.getByTestId('open-case').click();
  });

  await check('the case page in English: display names, the timeline worded with labels and formatted dates, the message events', async () => {
    await page.getByTestId('timeline-entry').first().waitFor();
    await page.getByTestId('timeline-entry').filter({ hasText: en.caseTimeline.says.MESSAGE_WITHHELD.split(':')[0] }).waitFor();
    const text = await timelineText(page);
    expectWorded(text, 'the English timeline', [
      claire,
      `mediators: ${martin}`,
      'Stage moved from Preparation to Dialogue',
      'Ways of communicating chosen: Letters',
      'consents to Letters (In writing)',
      'Low risk; next one due February 28, 2027',
      'Message recorded: letter from Hélène',
      'Message submitted for screening: letter',
      'Message approved: letter',
      'Message delivered: letter',
      'Message acknowledged: letter',
      'Message returned for changes: letter',
      'Message withheld: letter',
    ]);
    const main = await mainText(page);
    if (!main.includes(claire) || !main.includes(martin)) throw new Error('the case page does not name Claire Coordinator and Martin Mediator');
    expectNoUserNames(main, 'the case page');
    await screenshot(page, 'names-timeline-en');
    await expectAccessible(page, 'the case page and its timeline (English)');
  });

  await check('the case page in French: French labels, French dates, the same display names', async () => {
    await page.getByTestId('language-toggle').click();
    await page.getByRole('heading', { name: fr.cases.timeline.title }).waitFor();
    await page.getByTestId('timeline-entry').filter({ hasText: 'Message retenu' }).waitFor();
    const text = await timelineText(page);
    expectWorded(text, 'the French timeline', [
      claire,
      `médiateurs : ${martin}`,
      'Étape passée de « Préparation » à « Dialogue »',
      'Modes de communication choisis : Lettres',
      'consent au mode « Lettres » (Par écrit)',
      'Risque faible; prochaine prévue le 28 février 2027',
      'Message enregistré : lettre de Hélène',
      'Message soumis au filtrage : lettre',
      'Message approuvé : lettre',
      'Message remis : lettre',
      'Réception du message confirmée : lettre',
      'Message renvoyé pour modifications : lettre',
      'Message retenu : lettre',
    ]);
    for (const english of ['Stage moved', 'Message recorded', 'Low risk', 'February']) {
      if (text.includes(english)) throw new Error(`the French timeline still says "${english}"`);
    }
    expectNoUserNames(await mainText(page), 'the French case page');
    await screenshot(page, 'names-timeline-fr');
    await expectAccessible(page, 'the case page and its timeline (français)');
  });

  await check('a message entry opens the message, which names who recorded it (French, then English)', async () => {
    await page.getByTestId('timeline-entry').filter({ hasText: 'Message remis' }).getByTestId('timeline-open-message').click();
    await page.getByTestId('message-state').first().waitFor();
    let main = await mainText(page);
    if (!main.includes(claire)) throw new Error(`the message page does not name ${claire}`);
    expectNoUserNames(main, 'the message page (français)');
    await expectAccessible(page, 'the message page (français)');
    await page.getByTestId('language-toggle').click();
    await page.getByText(en.messages.page.recordedBy).first().waitFor();
    main = await mainText(page);
    expectNoUserNames(main, 'the message page (English)');
    await expectAccessible(page, 'the message page (English)');
  });
});
