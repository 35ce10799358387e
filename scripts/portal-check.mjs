#!/usr/bin/env node
// The portal's hardening, checked in make test (scripts/test.sh e2e) against the built portal:
//   1. frontend/dist loads nothing from another origin: index.html's scripts and styles, the CSS's
//      url() and @import are the portal's own files (fonts bundled, no Google Fonts, no CDN);
//   2. `vite preview` (make run, the e2e tests) answers with the strict CSP: 'self' plus Keycloak;
//   3. deploy/web/nginx.conf serves the same CSP, HSTS and the other headers, proxies only /api/,
//      answers /q/ with 404, and documents TLS 1.2/1.3.
//   node scripts/portal-check.mjs PORTAL_URL KEYCLOAK_URL
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const [portal, keycloakUrl] = process.argv.slice(2);
if (!portal || !keycloakUrl) {
  console.error('usage: node scripts/portal-check.mjs PORTAL_URL KEYCLOAK_URL');
  process.exit(2);
}
const keycloak = new URL(keycloakUrl).origin;
const problems = [];
const expect = (ok, problem) => ok || problems.push(problem);

// 1. The built portal.
const dist = join(repo, 'frontend/dist');
const ownFile = (ref) => ref.startsWith('/') && !ref.startsWith('//');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
for (const [, ref] of html.matchAll(/(?:src|href)="([^"]*)"/g)) expect(ownFile(ref), `index.html loads ${ref}`);
expect(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'index.html has an inline script');
expect(!/<style[\s>]/.test(html) && !/\sstyle="/.test(html), 'index.html has an inline style');
const assets = readdirSync(join(dist, 'assets'));
for (const css of assets.filter((f) => f.endsWith('.css'))) {
  const text = readFileSync(join(dist, 'assets', css), 'utf8');
  for (const [, ref] of text.matchAll(/url\(\s*["']?([^"')]+)/g)) expect(ownFile(ref), `${css} loads ${ref.slice(0, 60)}`);
  expect(!/@import/.test(text), `${css} has an @import`);
}
const fonts = assets.filter((f) => /^gcds-(icons|lato|noto-sans)/.test(f));
expect(fonts.some((f) => f.startsWith('gcds-icons')), 'the gcds-icons font is not bundled');
expect(fonts.some((f) => f.startsWith('gcds-noto-sans')) && fonts.some((f) => f.startsWith('gcds-lato')), 'the GCDS text fonts are not bundled');
const cdn = /fonts\.googleapis\.com|fonts\.gstatic\.com|cdn\.design-system\.canada\.ca|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\./;
for (const file of assets.filter((f) => /\.(js|css)$/.test(f))) {
  expect(!cdn.test(readFileSync(join(dist, 'assets', file), 'utf8')), `${file} names a font or script CDN`);
}

// 2. What `vite preview` answers.
const expected = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "font-src 'self'", "img-src 'self' data:", "media-src 'self'",
  `connect-src 'self' ${keycloak}`, `frame-src 'self' ${keycloak}`, `form-action 'self' ${keycloak}`,
  "frame-ancestors 'self'", "base-uri 'self'", "object-src 'none'",
].join('; ');
const css = assets.find((f) => f.endsWith('.css'));
for (const path of ['/', '/participants', `/assets/${css}`]) {
  const response = await fetch(new URL(path, portal));
  expect(response.ok, `${path} answered ${response.status}`);
  expect(response.headers.get('content-security-policy') === expected,
    `${path}: CSP is "${response.headers.get('content-security-policy')}", expected "${expected}"`);
  expect(response.headers.get('x-content-type-options') === 'nosniff', `${path}: no X-Content-Type-Options`);
}

// 3. The deployment's nginx.
const nginx = readFileSync(join(repo, 'deploy/web/nginx.conf'), 'utf8');
const live = nginx.split('\n').filter((line) => !line.trim().startsWith('#')).join('\n');
const headers = readFileSync(join(repo, 'deploy/web/security-headers.conf'), 'utf8');
const csp = /set \$csp "([^"]+)";/.exec(live);
expect(csp && csp[1].replaceAll('${KEYCLOAK_URL}', keycloak) === expected, `nginx.conf's CSP differs from the portal's: ${csp && csp[1]}`);
expect(/location \/q\/ \{\s*return 404;\s*\}/.test(live), 'nginx.conf does not answer /q/ with 404');
const proxied = [...live.matchAll(/location\s+(?:~\s+)?([^\s{]+)\s*\{[^}]*proxy_pass/g)].map((m) => m[1]);
expect(proxied.includes('/api/') && proxied.every((l) => l === '/api/' || l.startsWith('^/api/')),
  `nginx.conf proxies ${proxied.join(', ')}; only /api/ may reach the API`);
expect(/client_max_body_size 1m;/.test(live), 'nginx.conf does not limit bodies to 1 MB outside message uploads');
expect(/include \/etc\/nginx\/snippets\/security-headers\.conf;/.test(live), 'nginx.conf does not include the security headers');
expect(/add_header Content-Security-Policy \$csp always;/.test(headers), 'security-headers.conf sends no CSP');
const hsts = /add_header Strict-Transport-Security "max-age=(\d+)[^"]*" always;/.exec(headers);
expect(hsts && Number(hsts[1]) >= 31536000, 'security-headers.conf sends no HSTS of a year or more');
for (const header of ['X-Content-Type-Options nosniff', 'Referrer-Policy no-referrer', 'X-Frame-Options SAMEORIGIN']) {
  expect(headers.includes(`add_header ${header} always;`), `security-headers.conf lacks ${header}`);
}
expect(/#\s*ssl_protocols TLSv1\.2 TLSv1\.3;/.test(nginx), 'nginx.conf does not document the TLS server block (ssl_protocols TLSv1.2 TLSv1.3)');

if (problems.length) {
  console.error(`portal-check: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`portal-check: the built portal loads only its own files; CSP (Keycloak ${keycloak}), HSTS and /q/ 404 in place`);
