import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthProvider, hasAuthParams, useAuth } from 'react-oidc-context';
import { onSigninCallback, uiLocales, userManager } from '../lib/auth/oidc';
import { rolesFromAccessToken, SessionContext, type Session } from '../lib/auth/session';

/**
 * Once per page load, when nobody is signed in and Keycloak is not answering a sign-in already: ask
 * Keycloak in a hidden iframe (prompt=none) whether its session lives. A reload or a new tab is then
 * signed in with no click; without a session the answer is login_required and the sign-in page shows.
 * The UserManager's own call, not the provider's: its user-loaded event signs the provider in, and a
 * login_required is not an error to show.
 */
function useSilentSignIn(loading: boolean, authenticated: boolean): boolean {
  const tried = useRef(false);
  const [pending, setPending] = useState(() => !hasAuthParams());
  useEffect(() => {
    if (tried.current || loading) return;
    tried.current = true;
    if (authenticated || hasAuthParams()) return; // pending only counts while signed out
    userManager
      .signinSilent()
      .catch(() => null)
      .finally(() => setPending(false));
  }, [loading, authenticated]);
  return pending && !authenticated;
}

function SessionBridge({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const { i18n } = useTranslation();
  const silentPending = useSilentSignIn(auth.isLoading, auth.isAuthenticated);
  const user = auth.user;
  const authenticated = auth.isAuthenticated && user != null;
  // The session changes only when who is signed in changes: a token renewed in the background keeps
  // the same session object, so nothing below re-renders and a form in progress keeps what was typed.
  const subject = authenticated ? user.profile.sub : undefined;
  const accessToken = authenticated ? user.access_token : undefined;
  const roleKey = accessToken ? rolesFromAccessToken(accessToken).join(',') : '';
  const session = useMemo<Session>(() => {
    if (authenticated && user) {
      const profile = user.profile;
      const username = profile.preferred_username ?? profile.sub;
      return {
        status: 'authenticated',
        user: { username, name: profile.name ?? username, roles: rolesFromAccessToken(user.access_token) },
        signOut: () => auth.signoutRedirect(),
      };
    }
    if (auth.isLoading || silentPending) return { status: 'loading' };
    return {
      status: 'anonymous',
      error: auth.error?.message,
      signIn: () =>
        auth.signinRedirect({
          state: { returnTo: window.location.pathname + window.location.search },
          ui_locales: uiLocales(i18n.language),
        }),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on who is signed in, not on each renewed token
  }, [authenticated, subject, roleKey, auth.isLoading, silentPending, auth.error, i18n.language]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** Sign-in with Keycloak (authorization code + PKCE, tokens in memory), exposed to the app as a Session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  return (
    <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
      <SessionBridge>{children}</SessionBridge>
    </AuthProvider>
  );
}
