// A 300 MB video message streamed to the API, whose heap the test run caps at 256 MB, then a byte
// range read back from the middle of it. Usage: node scripts/upload-check.mjs API_URL KEYCLOAK_URL
const [api, keycloak] = process.argv.slice(2);
const MiB = 1024 * 1024;
const SIZE = 300 * MiB;

async function token(user) {
  const res = await fetch(`${keycloak}/realms/ro/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'ro-tests', username: user, password: user }),
  });
  if (!res.ok) throw new Error(`token for ${user}: ${res.status}`);
  return (await res.json()).access_token;
}

const tokens = { staff1: await token('staff1'), coordinator1: await token('coordinator1'), mediator1: await token('mediator1') };

async function call(user, method, path, body, headers = {}) {
  const res = await fetch(api + path, {
    method,
    headers: { Authorization: `Bearer ${tokens[user]}`, 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} as ${user}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function accept(id) {
  await call('coordinator1', 'POST', `/api/referrals/${id}/start-assessment`);
  const a = await call('coordinator1', 'POST', `/api/referrals/${id}/suitability-assessments`, { outcome: 'SUITABLE' });
  await call('coordinator1', 'POST', `/api/referrals/${id}/suitability-assessments/${a.id}/finalise`, undefined, { 'If-Match': '"0"' });
  await call('coordinator1', 'POST', `/api/referrals/${id}/accept`);
}

const number = 'U' + String(Date.now()).slice(-9);
const staff = await call('staff1', 'POST', '/api/offender-referrals', {
  offenderNumber: number, offenderFirstName: 'Upload', offenderLastName: 'Check', offenderPreferredLanguage: 'EN',
  institution: 'Collins Bay Institution', staffSupportsParticipation: true, offenderTakesResponsibility: true, federalSentence: 'YES',
});
const harmed = await call('coordinator1', 'POST', '/api/referrals/harmed-person-requests', {
  newParticipant: { kind: 'VICTIM', firstName: 'Video', lastName: 'Check', preferredLanguage: 'FR', contact: { mayLeaveMessage: false } },
  channel: 'PHONE', offenderNumber: number, victimRegistration: 'NOT_REGISTERED', federalSentence: 'YES',
});
await accept(harmed.id);
await accept(staff.id);
const opened = await call('coordinator1', 'POST', '/api/cases', { referralIds: [harmed.id, staff.id], mediators: ['mediator1'] });
const offender = opened.participants.find((p) => p.side === 'OFFENDER').participantId;
const victim = opened.participants.find((p) => p.side === 'HARMED').participantId;
// a video message is recorded only in a case where video messages are a chosen way
await call('mediator1', 'PUT', `/api/cases/${opened.id}/ways`, { ways: ['VIDEO_MESSAGES'] });
const message = await call('mediator1', 'POST', `/api/cases/${opened.id}/messages`, { kind: 'VIDEO_MESSAGE', authorId: offender, recipientId: victim });

let sent = 0;
const body = new ReadableStream({
  pull(controller) {
    if (sent >= SIZE) { controller.close(); return; }
    const chunk = new Uint8Array(MiB);
    if (sent === 0) chunk.set([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]); // ....ftypisom
    for (let i = 16; i < MiB; i += 4096) chunk[i] = (sent / MiB + i) % 251;
    sent += MiB;
    controller.enqueue(chunk);
  },
});
const started = performance.now();
const res = await fetch(`${api}/api/cases/${opened.id}/messages/${message.id}/uploads/original`, {
  method: 'POST', headers: { Authorization: `Bearer ${tokens.mediator1}`, 'Content-Type': 'application/octet-stream' },
  body, duplex: 'half',
});
const uploaded = await res.json();
if (res.status !== 200 || uploaded.originalFile?.sizeBytes !== SIZE) {
  console.log(`upload refused: ${res.status} ${JSON.stringify(uploaded)}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const seconds = (performance.now() - started) / 1000;
const range = await fetch(`${api}/api/cases/${opened.id}/messages/${message.id}/files/${uploaded.originalFile.id}`, {
  headers: { Authorization: `Bearer ${tokens.mediator1}`, Range: `bytes=${200 * MiB}-${200 * MiB + 1023}`, Accept: '*/*' },
});
const part = new Uint8Array(await range.arrayBuffer());
const ok = range.status === 206 && part.length === 1024 && range.headers.get('content-range') === `bytes ${200 * MiB}-${200 * MiB + 1023}/${SIZE}`;
console.log(`upload: 300 MiB video streamed in ${seconds.toFixed(1)} s (SHA-256 ${uploaded.originalFile.sha256.slice(0, 12)}…); range read ${range.status}`);
console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
process.exit(ok ? 0 : 1);
