// Setup through the API for end-to-end specs: tokens from Keycloak's password grant, calls with them,
// mediator1 on the roster, and referrals taken to ACCEPTED.
import { baseUrl } from './support.mjs';

const keycloakUrl = (process.env.E2E_KEYCLOAK_URL || 'http://localhost:8181').replace(/\/$/, '');
export const admin = { username: process.env.E2E_ADMIN_USER || 'admin1', password: process.env.E2E_ADMIN_PASSWORD || process.env.E2E_ADMIN_USER || 'admin1' };
export const mediator = { username: process.env.E2E_MEDIATOR_USER || 'mediator1', password: process.env.E2E_MEDIATOR_PASSWORD || process.env.E2E_MEDIATOR_USER || 'mediator1' };

export async function token({ username, password }) {
  const response = await fetch(`${keycloakUrl}/realms/ro/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'ro-tests', grant_type: 'password', username, password }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

export async function call(bearer, method, path, body, headers = {}) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** The demo roster (flyway location db/demo) may be missing: admin1 puts mediator1 on it, active. */
export async function mediatorOnRoster() {
  const adminToken = await token(admin);
  const roster = await call(adminToken, 'GET', '/api/mediators');
  const onRoster = roster.find((m) => m.username === mediator.username);
  if (!onRoster) {
    await call(adminToken, 'POST', '/api/mediators', { username: mediator.username, displayName: 'Mediator One', languages: ['EN', 'FR'], region: 'Ontario', active: true });
  } else if (!onRoster.active) {
    const { username, displayName, languages, region } = onRoster;
    await call(adminToken, 'PUT', `/api/mediators/${username}`, { username, displayName, languages, region, active: true }, { 'If-Match': `"${onRoster.version}"` });
  }
}

/** SUBMITTED → UNDER_ASSESSMENT → a finalised SUITABLE assessment → ACCEPTED. */
export async function assessAndAccept(bearer, id) {
  const current = await call(bearer, 'GET', `/api/referrals/${id}`);
  if (current.state === 'DORMANT' || current.state === 'SUBMITTED') await call(bearer, 'POST', `/api/referrals/${id}/start-assessment`);
  const draft = await call(bearer, 'POST', `/api/referrals/${id}/suitability-assessments`, {
    appropriateness: 'Appropriate.',
    motivation: 'Sincere.',
    acceptanceOfResponsibility: 'Full.',
    outcome: 'SUITABLE',
  });
  await call(bearer, 'POST', `/api/referrals/${id}/suitability-assessments/${draft.id}/finalise`, undefined, { 'If-Match': `"${draft.version ?? 0}"` });
  const accepted = await call(bearer, 'POST', `/api/referrals/${id}/accept`);
  if (accepted.state !== 'ACCEPTED') throw new Error(`referral ${id} is ${accepted.state}`);
}
