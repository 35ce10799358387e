import createClient, { type Middleware } from 'openapi-fetch';
import { accessToken } from '../auth/oidc';
import { currentLanguage } from '../i18n/i18n';
import { rememberOperation } from './problem';
import type { paths } from './schema';

type TokenSource = () => Promise<string | undefined>;
let tokenSource: TokenSource = accessToken;

/** Replaces where the bearer token comes from (tests use a fixed one). */
export function setTokenSource(source: TokenSource): void {
  tokenSource = source;
}

/** Adds the bearer token and the portal's language to every call. */
export const authAndLanguage: Middleware = {
  async onRequest({ request }) {
    const token = await tokenSource();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', currentLanguage());
    return request;
  },
  // a refusal is then headed by what was refused (see ErrorAlert)
  onResponse({ request, response, schemaPath }) {
    rememberOperation(response, request.method, schemaPath);
    return undefined;
  },
};

/** The bearer token for calls made outside openapi-fetch (uploads through XMLHttpRequest, files read as blobs). */
export function bearerToken(): Promise<string | undefined> {
  return tokenSource();
}

/** The API's origin (same origin through the proxy unless VITE_API_BASE says otherwise). */
export function apiBaseUrl(): string {
  return baseUrl();
}

function baseUrl(): string {
  const configured = import.meta.env.VITE_API_BASE;
  if (configured) return configured;
  return typeof window !== 'undefined' ? window.location.origin : '';
}

export const api = createClient<paths>({
  baseUrl: baseUrl(),
  // Looked up at call time so a fetch replaced later (tests' MSW) is the one used.
  fetch: (request) => globalThis.fetch(request),
});
api.use(authAndLanguage);
