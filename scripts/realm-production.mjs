#!/usr/bin/env node
// The production realm, generated from the demo realm (keycloak/realm-ro.json) so roles, clients and
// mappers never drift: no demo users, no `ro-tests` password-grant client, no secret in the file.
//   node scripts/realm-production.mjs           writes keycloak/realm-ro.production.json
//   node scripts/realm-production.mjs --check   fails if the checked-in file differs or leaks (make test)
// Keycloak fills ${RO_PORTAL_URL}, ${RO_INTEGRATION_CLIENT_SECRET} and ${RO_STAFF_DIRECTORY_CLIENT_SECRET}
// from its environment at import.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const demoFile = join(repo, 'keycloak/realm-ro.json');
const productionFile = join(repo, 'keycloak/realm-ro.production.json');

// Clients of the demo and the tests only (a second integration shows that events stay per integration).
const DEMO_ONLY_CLIENTS = new Set(['ro-tests', 'ro-integration-2']);

// Each confidential client's secret comes from Keycloak's environment at import.
const SECRETS = {
  'ro-integration': '${RO_INTEGRATION_CLIENT_SECRET}',
  'ro-api': '${RO_STAFF_DIRECTORY_CLIENT_SECRET}',
};

export function production(demo) {
  const realm = structuredClone(demo);
  realm.bruteForceProtected = true;
  realm.sslRequired = 'external';
  realm.passwordPolicy = 'length(12) and notUsername and notEmail and passwordHistory(5)';
  realm.clients = realm.clients
    .filter((c) => !DEMO_ONLY_CLIENTS.has(c.clientId))
    .map((c) => {
      const client = { ...c };
      if (client.clientId === 'ro-portal') {
        client.redirectUris = ['${RO_PORTAL_URL}/*'];
        client.webOrigins = ['${RO_PORTAL_URL}'];
      }
      if ('secret' in client) client.secret = SECRETS[client.clientId] ?? '${RO_' + client.clientId.replace(/\W/g, '_').toUpperCase() + '_SECRET}';
      return client;
    });
  // Service accounts are not people: they carry the roles of a client-credentials client, and no password.
  realm.users = (realm.users || []).filter((u) => u.serviceAccountClientId && !DEMO_ONLY_CLIENTS.has(u.serviceAccountClientId));
  return realm;
}

/** What must never be in the production realm, whatever the demo realm becomes. */
export function leaks(realm) {
  const problems = [];
  for (const u of realm.users || []) {
    if (!u.serviceAccountClientId) problems.push(`user ${u.username}`);
    if (u.credentials?.length) problems.push(`credentials of ${u.username}`);
  }
  for (const c of realm.clients) {
    if (c.clientId === 'ro-tests') problems.push('client ro-tests');
    if (c.directAccessGrantsEnabled) problems.push(`password grant on ${c.clientId}`);
    if (c.secret !== undefined && !/^\$\{[A-Z_]+\}$/.test(c.secret)) problems.push(`secret of ${c.clientId}`);
    for (const uri of [...(c.redirectUris || []), ...(c.webOrigins || [])]) {
      if (/localhost|127\.0\.0\.1/.test(uri)) problems.push(`${c.clientId} allows ${uri}`);
    }
  }
  return problems;
}

const text = JSON.stringify(production(JSON.parse(readFileSync(demoFile, 'utf8'))), null, 2) + '\n';
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(productionFile, 'utf8');
  } catch {
    current = '';
  }
  const problems = leaks(JSON.parse(current || '{"clients":[]}'));
  if (current !== text) problems.push('keycloak/realm-ro.production.json differs from the one generated: run node scripts/realm-production.mjs');
  if (problems.length) {
    console.error(`realm-production: ${problems.join('; ')}`);
    process.exit(1);
  }
  console.log('realm-production: keycloak/realm-ro.production.json matches the demo realm, without users, ro-tests or secrets');
} else {
  writeFileSync(productionFile, text);
  console.log(`wrote ${productionFile}`);
}
