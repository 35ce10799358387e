// A measurement, not part of `npm run e2e` (it writes and uploads 1 GB): seeking in a 1 GB video on a running stack.
// The video is a real VP8 WebM of 120 s (640x360, made in the browser as in video.e2e.mjs) whose clusters are spread
// over 1,073,000,000 bytes by EBML Void padding, so seeking to the middle of the time reads from the middle of the
// file (about 536 MB in), through the API's decryption of only the 64 KiB chunks asked for. It is uploaded through
// the portal's proxy, then mediator1 opens the message, loads the video (a playback grant) and seeks to the middle;
// the times until `seeked` and until `playing` are printed, with the upload and grant times and a 1 MB range read
// at 800 MB through the grant.
//   /work/e2e-one.sh <repo> 8197 <api> <pg> <portal> video-seek.measure.mjs
import { createReadStream, rmSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { call, mediator, mediatorOnRoster, token } from './setup-api.mjs';
import { encodeFrames, muxWebm, seekToMiddle } from './webm.mjs';
import { baseUrl, coordinator, openCaseThroughApi, runSpec, signIn, staff } from './support.mjs';

const path = process.env.VIDEO_PATH || '/tmp/ro-video-1gb.webm';
const bytes = 1_073_000_000;

await runSpec('video seek (1 GB)', async ({ page, check }) => {
  let caseId = '';
  let harmedLastName = '';
  let messageId = '';
  let fileId = '';

  await check('setup: a case with video messages, and mediator1 signed in', async () => {
    await mediatorOnRoster();
    ({ caseId, harmedLastName } = await openCaseThroughApi({ staff, coordinator, mediators: [mediator.username] }));
    const bearer = await token(coordinator);
    await call(bearer, 'POST', `/api/cases/${caseId}/stage`, { stage: 'DIALOGUE' });
    const opened = await call(bearer, 'PUT', `/api/cases/${caseId}/ways`, { ways: ['VIDEO_MESSAGES'] });
    const harmedId = opened.participants.find((p) => p.side === 'HARMED').participantId;
    const offenderId = opened.participants.find((p) => p.side === 'OFFENDER').participantId;
    messageId = (await call(await token(mediator), 'POST', `/api/cases/${caseId}/messages`, { kind: 'VIDEO_MESSAGE', authorId: offenderId, recipientId: harmedId })).id;
    await page.goto(baseUrl + '/');
    await signIn(page, mediator);
  });

  await check('a 120 s WebM padded to 1,073,000,000 bytes', async () => {
    const started = Date.now();
    const frames = await encodeFrames(page, { width: 640, height: 360, fps: 10, seconds: 120, bitrate: 1_000_000 });
    const made = muxWebm(frames, { width: 640, height: 360, fps: 10, padTo: bytes, path });
    console.log(`      ${made.size} bytes on disk (${statSync(path).size}), ${made.seconds} s, frames ${frames.reduce((n, f) => n + f.data.length * 0.75, 0) / 1e6 | 0} MB; made in ${Date.now() - started} ms`);
  });

  await check('uploaded through the portal origin', async () => {
    const started = Date.now();
    const response = await fetch(`${baseUrl}/api/cases/${caseId}/messages/${messageId}/uploads/original`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await token(mediator)}`, 'Content-Type': 'application/octet-stream', 'Content-Length': String(bytes) },
      body: Readable.toWeb(createReadStream(path)),
      duplex: 'half',
    });
    const body = await response.json();
    if (!response.ok) throw new Error(`upload: ${response.status} ${JSON.stringify(body)}`);
    fileId = body.originalFile.id;
    console.log(`      upload of ${body.originalFile.sizeBytes} bytes: ${Date.now() - started} ms`);
  });

  await check('a 1 MB range at 800 MB through a playback grant', async () => {
    let started = Date.now();
    const grant = await call(await token(mediator), 'POST', `/api/cases/${caseId}/messages/${messageId}/files/${fileId}/playback`);
    console.log(`      first grant (the API checks the file's SHA-256 once after a start): ${Date.now() - started} ms`);
    started = Date.now();
    const response = await fetch(baseUrl + grant.url, { headers: { Range: 'bytes=800000000-800999999' } });
    const read = (await response.arrayBuffer()).byteLength;
    if (response.status !== 206 || read !== 1_000_000) throw new Error(`range: ${response.status} ${read}`);
    console.log(`      1 MB range at 800 MB: ${Date.now() - started} ms`);
  });

  await check('mediator1 opens the message, loads the video and seeks to the middle', async () => {
    await page.getByTestId('nav-my-cases').click();
    await page.locator('[data-testid="case-row"]').filter({ hasText: harmedLastName }).getByTestId('open-case').click();
    await page.getByTestId('open-case-messages').click();
    await page.locator(`[data-testid="message-row"][data-message-id="${messageId}"]`).getByTestId('open-message').click();
    let started = Date.now();
    await page.getByTestId('original-file-play').click();
    await page.getByTestId('original-file-video').evaluate((video) => video.readyState >= 1 || new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true })));
    console.log(`      play button to metadata loaded: ${Date.now() - started} ms`);
    for (const fraction of [0.5, 0.25, 0.75, 0.9, 0.5]) {
      started = Date.now();
      const seek = await seekToMiddle(page, 'original-file-video', fraction);
      console.log(`      seek to ${seek.middle} s of ${seek.duration} s: seeked in ${seek.seekedMs} ms, playing in ${seek.playingMs} ms (wall ${Date.now() - started} ms)`);
      await page.waitForTimeout(1000);
    }
  });
  rmSync(path, { force: true });
});
