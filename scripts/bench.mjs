// Load generator for `make bench` (scripts/bench.sh runs it): time-bounded request loops over a fixed
// number of keep-alive connections against the API on loopback, on the generated data; per operation
// req/s, p50/p95/p99 and the ratio to pgbench's TPC-B tps of the same run, beside the targets.
// Tokens come from the real Keycloak (scripts/keycloak.sh token USER), fetched again per operation.
// Environment: BENCH_API, BENCH_KC_PORT, BENCH_PGBENCH_TPS, BENCH_PGBENCH_SELECT_TPS, BENCH_API_PID,
// BENCH_READY_MS, BENCH_QUARKUS_STARTED, BENCH_HEAP, BENCH_BUSIEST_CASE, BENCH_SECONDS (per operation, 10).
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const env = process.env;
const api = new URL(env.BENCH_API ?? 'http://localhost:8083');
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const TPS = Number(env.BENCH_PGBENCH_TPS);
const SELECT_TPS = Number(env.BENCH_PGBENCH_SELECT_TPS);
const repo = new URL('..', import.meta.url).pathname;

const token = (user) => execFileSync(`${repo}scripts/keycloak.sh`, ['token', user, '--port', env.BENCH_KC_PORT ?? '8181'])
  .toString().trim();

function request(agent, bearer, method, path, body) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request({
      agent, host: api.hostname, port: api.port, method, path,
      headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json',
        ...(data ? { 'Content-Type': 'application/json', 'Content-Length': data.length } : {}) },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

const getJson = async (bearer, path) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const res = await request(agent, bearer, 'GET', path);
  agent.destroy();
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${res.body.toString().slice(0, 300)}`);
  return JSON.parse(res.body);
};

/** Runs `makeRequest(i)` on `connections` connections for SECONDS (after a short warm-up). */
async function measure(user, connections, makeRequest) {
  const bearer = token(user);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  let next = 0;
  const loop = async (until, latencies, failures) => {
    while (performance.now() < until) {
      const i = next++;
      const t0 = performance.now();
      const res = await makeRequest(i, (method, path, body) => request(agent, bearer, method, path, body));
      latencies?.push(performance.now() - t0);
      if (res.status >= 400) failures.push(`${res.status} ${res.body.toString().slice(0, 200)}`);
    }
  };
  const warm = performance.now() + Math.min(2000, SECONDS * 200);
  await Promise.all(Array.from({ length: connections }, () => loop(warm, null, [])));
  const latencies = [];
  const failures = [];
  const started = performance.now();
  const until = started + SECONDS * 1000;
  await Promise.all(Array.from({ length: connections }, () => loop(until, latencies, failures)));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  if (failures.length) console.error(`  ${failures.length} failed, e.g. ${failures[0]}`);
  return { requests: latencies.length, rps: latencies.length / seconds, p50: p(0.5), p95: p(0.95), p99: p(0.99), failures: failures.length };
}

const rows = [];
const f1 = (x) => x.toFixed(1);
const f0 = (x) => Math.round(x).toLocaleString('en-US');
const verdict = (ok) => (ok ? 'met' : '**not met**');

function row(name, connections, r, target = '', met = null) {
  rows.push(`| ${name} | ${connections} | ${f0(r.rps)} | ${f1(r.p50)} | ${f1(r.p95)} | ${f1(r.p99)} | ${(r.rps / TPS).toFixed(2)} | ${target} | ${met === null ? '' : verdict(met)} |`);
  console.log(`  ${name} @${connections}: ${f0(r.rps)} req/s, p50 ${f1(r.p50)} ms, p95 ${f1(r.p95)} ms, p99 ${f1(r.p99)} ms, ${r.failures} failed`);
}

// What the operations read: mediator1's cases (case 0, the busiest, is one of them), a spread of all cases.
const mediatorCases = (await getJson(token('mediator1'), '/api/cases?size=100')).items.map((c) => c.id);
const coordinator = token('coordinator1');
const caseSample = [];
for (const page of [0, 20, 60, 120, 199]) {
  caseSample.push(...(await getJson(coordinator, `/api/cases?size=100&page=${page}`)).items.map((c) => c.id));
}
const busiest = env.BENCH_BUSIEST_CASE ?? caseSample[0];
console.log(`mediator1 has ${mediatorCases.length} cases; ${caseSample.length} cases sampled for the auditor; ${SECONDS} s per operation`);

const readCase = (i, send) => send('GET', `/api/cases/${mediatorCases[i % mediatorCases.length]}`);
const r1 = await measure('mediator1', 1, readCase);
row('Audited `GET /api/cases/{id}` as its mediator', 1, r1);
const r16 = await measure('mediator1', 16, readCase);
row('Audited `GET /api/cases/{id}` as its mediator', 16, r16, '≥ 0.5 × pgbench, p99 ≤ 25 ms',
  r16.rps >= 0.5 * TPS && r16.p99 <= 25);

const surnames = ['tremblay', 'Côté', 'gagne', 'Lévesque', 'roy', 'bouchard', 'martin', 'nguyen', 'o\'brien', 'st-pierre'];
const firsts = ['Hélène', 'francois', 'zoe', 'marc', 'Chloé', 'sarah', 'jerome', 'emily'];
const search = await measure('coordinator1', 8, (i, send) => {
  const q = i % 3 === 0 ? surnames[i % surnames.length] : i % 3 === 1 ? `${firsts[i % firsts.length]} ${surnames[(i * 7) % surnames.length]}`
    : `FPS${String((i * 7919) % 35000).padStart(6, '0')}`;
  return send('GET', `/api/participants?q=${encodeURIComponent(q)}`);
});
row('Participant search `GET /api/participants?q=…` (coordinator)', 8, search, 'p95 ≤ 50 ms', search.p95 <= 50);

const states = ['', '&state=SUBMITTED', '&state=UNDER_ASSESSMENT', '&state=DORMANT'];
const queue = await measure('coordinator1', 8, (i, send) => send('GET', `/api/referrals?page=0${states[i % states.length]}`));
row('Referral queue `GET /api/referrals` (coordinator)', 8, queue, 'p95 ≤ 50 ms', queue.p95 <= 50);

const list = await measure('coordinator1', 8, (i, send) => send('GET', `/api/cases?page=${i % 10}`));
row('Case list `GET /api/cases`, pages 1-10 (coordinator)', 8, list, 'p95 ≤ 50 ms', list.p95 <= 50);

// issue 14 (people facts): the queue and the case list searched by a name or an offender number
const searchedAs = (i) => (i % 2 === 0 ? `${firsts[i % firsts.length]} ${surnames[(i * 7) % surnames.length]}` : `FPS${String((i * 7919) % 35000).padStart(6, '0')}`);
const searchedQueue = await measure('coordinator1', 8, (i, send) => send('GET', `/api/referrals?page=0&q=${encodeURIComponent(searchedAs(i))}`));
row('Referral queue searched `GET /api/referrals?q=…` (coordinator)', 8, searchedQueue, 'p95 ≤ 50 ms', searchedQueue.p95 <= 50);
const searchedCases = await measure('coordinator1', 8, (i, send) => send('GET', `/api/cases?q=${encodeURIComponent(searchedAs(i))}`));
row('Case list searched `GET /api/cases?q=…` (coordinator)', 8, searchedCases, 'p95 ≤ 50 ms', searchedCases.p95 <= 50);

const entries = await measure('auditor1', 8, (i, send) =>
  send('GET', `/api/audit/entries?resourceType=CASE&resourceId=${caseSample[(i * 37) % caseSample.length]}`));
row('Auditor\'s entries of one case `GET /api/audit/entries?resourceType=CASE&resourceId=…`', 8, entries, 'p95 ≤ 50 ms', entries.p95 <= 50);

const busy = await measure('auditor1', 8, (i, send) => send('GET', `/api/audit/entries?resourceType=CASE&resourceId=${busiest}`));
row('… of the busiest case (informative)', 8, busy);

// My work: the counts on the home page (every queue of the role counted) and a page of the queues that read
// the most (issue 12): a mediator's across their cases, a coordinator's across every open case.
const mediatorWork = await measure('mediator1', 8, (i, send) => send('GET', '/api/work'));
row('My work counts `GET /api/work` (mediator, 5 queues)', 8, mediatorWork, 'p95 ≤ 50 ms', mediatorWork.p95 <= 50);
const coordinatorWork = await measure('coordinator1', 8, (i, send) => send('GET', '/api/work'));
row('My work counts `GET /api/work` (coordinator, 6 queues)', 8, coordinatorWork, 'p95 ≤ 50 ms', coordinatorWork.p95 <= 50);
const coordinatorQueues = ['referrals-waiting', 'no-contact-reviews', 'matches-to-act-on', 'numbers-to-confirm', 'quiet-cases', 'cases-without-mediator'];
const queuePage = await measure('coordinator1', 8, (i, send) =>
  send('GET', `/api/work/${coordinatorQueues[i % coordinatorQueues.length]}?page=${i % 3}&size=20`));
row('A coordinator\'s queue page `GET /api/work/{queue}`, each queue in turn', 8, queuePage, 'p95 ≤ 50 ms', queuePage.p95 <= 50);

// Statistics (issue 11): a year and a quarter of the whole country, complementary suppression included.
const year = new Date().getUTCFullYear() - 1;
const stats = await measure('coordinator1', 2, (i, send) =>
  send('GET', i % 2 === 0 ? `/api/statistics?from=${year}-01-01&to=${year}-12-31` : `/api/statistics?from=${year}-04-01&to=${year}-06-30`));
row('Statistics `GET /api/statistics`, a year / a quarter, national (informative)', 2, stats);

const write = await measure('mediator1', 8, (i, send) => send('POST', `/api/cases/${mediatorCases[i % mediatorCases.length]}/notes`,
  { text: `Called the harmed person; letter ${i} to follow.`, mediatorsOnly: i % 2 === 0 }));
row('Audited write `POST /api/cases/{id}/notes` (mediator)', 8, write);

// The API's memory under this load, and its start-up on the existing database.
const status = env.BENCH_API_PID ? readFileSync(`/proc/${env.BENCH_API_PID}/status`, 'utf8') : '';
const kb = (key) => Number((status.match(new RegExp(`${key}:\\s+(\\d+)`)) ?? [0, NaN])[1]);
const rssMb = kb('VmRSS') / 1024;
const peakMb = kb('VmHWM') / 1024;
const readyS = Number(env.BENCH_READY_MS) / 1000;

console.log('\n| Operation | Connections | req/s | p50 ms | p95 ms | p99 ms | ÷ pgbench TPC-B | Target | |');
console.log('|---|---:|---:|---:|---:|---:|---:|---|---|');
console.log(`| pgbench TPC-B (8 clients, own database, same PostgreSQL) | 8 | ${f0(TPS)} | | | | 1.00 | | |`);
if (SELECT_TPS) console.log(`| pgbench primary-key read (\`-S\`, 8 clients) | 8 | ${f0(SELECT_TPS)} | | | | ${(SELECT_TPS / TPS).toFixed(2)} | | |`);
rows.forEach((r) => console.log(r));
console.log(`| API resident memory after the load (heap \`-Xmx${env.BENCH_HEAP ?? '?'}\`) | | ${f0(rssMb)} MB (peak ${f0(peakMb)} MB) | | | | | ≤ 350 MB | ${verdict(peakMb <= 350)} |`);
console.log(`| API start-up, JVM start to \`/q/health/ready\`, existing database | | ${readyS.toFixed(1)} s (Quarkus: ${env.BENCH_QUARKUS_STARTED ?? '?'} s) | | | | | < 3 s | ${verdict(readyS < 3)} |`);
