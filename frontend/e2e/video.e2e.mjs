// End to end against the running stack: video messages. Setup through the API: a case in DIALOGUE with video
// messages chosen, mediator1 on it. A small VP8 WebM is made in the browser (e2e/webm.mjs: WebCodecs, no ffmpeg),
// plus a 4 MB one (the same frames with padding) to upload slowly. Then in English, and again in French, mediator1
// records a video message from the offender: the slow upload shows its progress bar with the percentage, is
// cancelled (and the API kept no file of it), the small video goes up instead, and on the message's page it plays
// under a playback grant by byte ranges (206 answers, no token in the address) and seeks to the middle.
// axe-core at each state.
//   E2E_BASE_URL=http://localhost:4173 E2E_KEYCLOAK_URL=http://localhost:8181 node e2e/video.e2e.mjs
import { call, mediator, mediatorOnRoster, token } from './setup-api.mjs';
import { encodeFrames, muxWebm, seekToMiddle } from './webm.mjs';
import { baseUrl, coordinator, en, expectAccessible, fr, openCaseThroughApi, runSpec, screenshot, signIn, staff } from './support.mjs';

await runSpec('video', async ({ page, check }) => {
  let caseId = '';
  let harmedLastName = '';
  let harmedId = '';
  let offenderId = '';
  let small;
  let slow;
  let withFile = new Set();
  const coordinatorToken = () => token(coordinator);

  await check('setup through the API: a case in DIALOGUE with video messages chosen, mediator1 on it', async () => {
    await mediatorOnRoster();
    ({ caseId, harmedLastName } = await openCaseThroughApi({ staff, coordinator, mediators: [mediator.username] }));
    const bearer = await coordinatorToken();
    await call(bearer, 'POST', `/api/cases/${caseId}/stage`, { stage: 'DIALOGUE' });
    const opened = await call(bearer, 'PUT', `/api/cases/${caseId}/ways`, { ways: ['VIDEO_MESSAGES'] });
    harmedId = opened.participants.find((p) => p.side === 'HARMED').participantId;
    offenderId = opened.participants.find((p) => p.side === 'OFFENDER').participantId;
    // both sides agree to video messages (a new message offers only the kinds its recipient agreed to)
    for (const id of [harmedId, offenderId]) {
      await call(bearer, 'POST', `/api/cases/${caseId}/participants/${id}/consents`, { way: 'VIDEO_MESSAGES', given: true, how: 'WRITTEN' });
    }
  });

  await check('mediator1 signs in; a 6-second WebM is made in the browser, and a 4 MB one to upload slowly', async () => {
    await page.goto(baseUrl + '/');
    await signIn(page, mediator);
    const frames = await encodeFrames(page, { seconds: 6 });
    small = muxWebm(frames).buffer;
    slow = muxWebm(frames, { padTo: 4_000_000 }).buffer;
  });

  const playback = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/playback/')) playback.push({ status: response.status(), range: response.request().headers().range, auth: response.request().headers().authorization });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');

  for (const [language, t] of [['en', en], ['fr', fr]]) {
    await check(`[${language}] records a video message: the slow upload shows its progress and percentage`, async () => {
      if (language === 'fr') await page.getByTestId('language-toggle').click();
      await page.getByTestId('nav-my-cases').click();
      await page.locator('[data-testid="case-row"]').filter({ hasText: harmedLastName }).getByTestId('open-case').click();
      await page.getByTestId('open-case-messages').click();
      await page.getByTestId('record-message').click();
      const form = page.getByTestId('record-message-form');
      await form.getByLabel(t.messages.fields.kind).selectOption('VIDEO_MESSAGE');
      await form.getByLabel(t.messages.fields.author).selectOption(offenderId);
      await form.getByLabel(t.messages.fields.recipient).selectOption(harmedId);
      const before = await call(await coordinatorToken(), 'GET', `/api/cases/${caseId}/messages`);
      withFile = new Set(before.filter((m) => m.originalFile).map((m) => m.id));
      await form.getByTestId('original-file').setInputFiles({ name: 'message.webm', mimeType: 'video/webm', buffer: slow });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 200_000 });
      await form.getByTestId('save-message').click();
      const progress = form.getByTestId('original-progress');
      await progress.waitFor();
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="original-progress"]')?.getAttribute('value')) > 0);
      const label = (await form.locator('.ro-upload-progress label').textContent()) ?? '';
      const percent = await progress.getAttribute('value');
      if (!label.includes('message.webm') || !/\d+\s?%/.test(label) || !(Number(percent) > 0 && Number(percent) < 100)) {
        throw new Error(`progress: "${label}" at ${percent}`);
      }
      await screenshot(page, `60-upload-progress-${language}`);
      await expectAccessible(page, `the upload in progress (${language})`);
    });

    await check(`[${language}] cancels it: the upload stops and the API kept no file`, async () => {
      const form = page.getByTestId('record-message-form');
      await form.getByTestId('original-cancel-upload').getByText(t.messages.upload.cancel).click();
      await form.getByTestId('original-upload-cancelled').getByText(t.messages.upload.cancelled).waitFor();
      if (await form.getByTestId('original-progress').count()) throw new Error('the progress bar is still shown');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await page.waitForTimeout(500);
      const messages = await call(await coordinatorToken(), 'GET', `/api/cases/${caseId}/messages`);
      const drafts = messages.filter((m) => m.kind === 'VIDEO_MESSAGE' && !withFile.has(m.id));
      if (!drafts.length || drafts.some((m) => m.originalFile)) throw new Error(`a cancelled upload left a file: ${JSON.stringify(drafts)}`);
      await expectAccessible(page, `the cancelled upload (${language})`);
    });

    await check(`[${language}] sends the small video instead and opens the message`, async () => {
      const form = page.getByTestId('record-message-form');
      await form.getByTestId('original-file').setInputFiles({ name: 'message.webm', mimeType: 'video/webm', buffer: small });
      await form.getByTestId('save-message').getByText(t.messages.upload.retry).click();
      await page.getByTestId('original-file-play').getByText(t.messages.file.loadVideo).waitFor();
      await expectAccessible(page, `the video message (${language})`);
    });

    await check(`[${language}] plays it by byte ranges under a playback grant and seeks to the middle`, async () => {
      const before = playback.length;
      await page.getByTestId('original-file-play').click();
      const seek = await seekToMiddle(page, 'original-file-video');
      if (!(Math.abs(seek.duration - 6) < 0.5) || seek.at < seek.middle) throw new Error(`seek: ${JSON.stringify(seek)}`);
      const mine = playback.slice(before);
      if (!mine.length || mine.some((r) => r.auth)) throw new Error(`playback requests: ${JSON.stringify(mine)}`);
      if (!mine.some((r) => r.status === 206 && r.range)) throw new Error(`no range answered: ${JSON.stringify(mine)}`);
      if (mine.some((r) => r.status >= 400)) throw new Error(`a range was refused: ${JSON.stringify(mine)}`);
      console.log(`      seeked in ${seek.seekedMs} ms, playing in ${seek.playingMs} ms`);
      await screenshot(page, `61-video-playing-${language}`);
      await expectAccessible(page, `the video playing (${language})`);
    });
  }
});
