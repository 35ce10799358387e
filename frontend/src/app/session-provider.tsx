import { useMemo, type ReactNode } from 'react';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { onSigninCallback, userManager } from '../lib/auth/oidc';
import { rolesFromAccessToken, SessionContext, type Session } from '../lib/auth/session';

function SessionBridge({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const session = useMemo<Session>(() => {
    const user = auth.user;
    if (auth.isAuthenticated && user) {
      const profile = user.profile;
      const username = profile.preferred_username ?? profile.sub;
      return {
        status: 'authenticated',
        user: { username, name: profile.name ?? username, roles: rolesFromAccessToken(user.access_token) },
        signOut: () => auth.signoutRedirect(),
      };
    }
    if (auth.isLoading) return { status: 'loading' };
    return {
      status: 'anonymous',
      error: auth.error?.message,
      signIn: () => auth.signinRedirect({ state: { returnTo: window.location.pathname + window.location.search } }),
    };
  }, [auth]);
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
