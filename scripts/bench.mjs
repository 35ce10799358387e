// Load generator for `make bench`: bounded request loops against the API on loopback, reporting
// latency percentiles and throughput per scenario. Usage: node scripts/bench.mjs API_URL TOKEN
const [api, token] = process.argv.slice(2);
const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 800);

async function scenario(name, makeRequest) {
  for (let i = 0; i < 20; i++) await makeRequest(i); // warm-up
  const latencies = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < REQUESTS) {
      const i = next++;
      const t0 = performance.now();
      const res = await makeRequest(i);
      latencies.push(performance.now() - t0);
      if (!res.ok) failures++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  console.log(`${name.padEnd(44)} ${String(REQUESTS).padStart(5)} req  ${(REQUESTS / seconds).toFixed(0).padStart(5)} req/s  p50 ${p(0.5).padStart(6)} ms  p95 ${p(0.95).padStart(6)} ms  p99 ${p(0.99).padStart(6)} ms  failures ${failures}`);
}

const get = (path) => fetch(api + path, { headers }).then(async (r) => { await r.arrayBuffer(); return r; });
const first = await (await fetch(api + '/api/participants?q=helene&size=100', { headers })).json();
const ids = first.items.map((p) => p.id);
console.log(`participants matching "helene": ${first.total}`);

await scenario('GET /api/participants (first page, 100k rows)', () => get('/api/participants'));
await scenario('GET /api/participants?q=helene (accents)', () => get('/api/participants?q=H%C3%A9l%C3%A8ne'));
await scenario('GET /api/participants?q=<two words, rare>', (i) => get(`/api/participants?q=helene%20nom${(i * 7919) % 100000}`));
await scenario('GET /api/participants?kind=OFFENDER&page=50', () => get('/api/participants?kind=OFFENDER&page=50'));
await scenario('GET /api/participants/{id}', (i) => get(`/api/participants/${ids[i % ids.length]}`));
await scenario('POST /api/participants', (i) => fetch(api + '/api/participants', {
  method: 'POST', headers,
  body: JSON.stringify({ kind: 'VICTIM', firstName: 'Bench', lastName: `Load${i}-${Date.now()}`, preferredLanguage: 'EN',
    contact: { phone: '+1 613 555 0100', mayLeaveMessage: false } }),
}).then(async (r) => { await r.arrayBuffer(); return r; }));
