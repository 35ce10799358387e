import { InMemoryWebStorage, UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';

const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost:5173';

export const oidcSettings: UserManagerSettings = {
  authority: import.meta.env.VITE_OIDC_AUTHORITY || 'http://localhost:8180/realms/ro',
  client_id: import.meta.env.VITE_OIDC_CLIENT_ID || 'ro-portal',
  redirect_uri: `${origin}/`,
  // A reload or a new tab signs in again without a click while the Keycloak session lives: a hidden
  // iframe asks Keycloak (prompt=none) and lands on this page, which hands the answer to the portal.
  silent_redirect_uri: `${origin}/silent-callback.html`,
  post_logout_redirect_uri: `${origin}/`,
  response_type: 'code',
  scope: 'openid profile email',
  // Tokens live in memory only; nothing of them reaches localStorage or sessionStorage.
  userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
  automaticSilentRenew: true,
  // Keycloak answers a silent sign-in at once; do not keep a page loading long when it cannot be reached.
  silentRequestTimeoutInSeconds: 5,
};

/** The one UserManager of the portal: the provider uses it, and the API client asks it for the token. */
export const userManager = new UserManager(oidcSettings);

/** The sign-in page's language: Keycloak shows its form in the portal's (en or fr). */
export function uiLocales(language: string): string {
  return language.startsWith('fr') ? 'fr' : 'en';
}

export async function accessToken(): Promise<string | undefined> {
  const user = await userManager.getUser();
  return user && !user.expired ? user.access_token : undefined;
}

interface ReturnState {
  returnTo?: string;
}

/** After Keycloak sends the user back: drop code and state from the address, return where they were. */
export function onSigninCallback(user: { state?: unknown } | void): void {
  const state = (user?.state ?? {}) as ReturnState;
  const returnTo = typeof state.returnTo === 'string' && state.returnTo.startsWith('/') ? state.returnTo : '/';
  window.history.replaceState({}, document.title, returnTo);
}
