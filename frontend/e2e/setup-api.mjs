// Setup through the API for end-to-end specs: tokens from Keycloak's password grant, calls with them,
// mediator1 on the roster, and referrals taken to ACCEPTED.
import { apiCall as call, apiToken as token } from './support.mjs';

export { call, token };
export const admin = { username: process.env.E2E_ADMIN_USER || 'admin1', password: process.env.E2E_ADMIN_PASSWORD || process.env.E2E_ADMIN_USER || 'admin1' };
export const mediator = { username: process.env.E2E_MEDIATOR_USER || 'mediator1', password: process.env.E2E_MEDIATOR_PASSWORD || process.env.E2E_MEDIATOR_USER || 'mediator1' };

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
