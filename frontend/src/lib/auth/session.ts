import { createContext, useContext } from 'react';

export const roles = ['coordinator', 'mediator', 'staff', 'auditor', 'admin', 'integration'] as const;
export type Role = (typeof roles)[number];

export interface SessionUser {
  username: string;
  name: string;
  roles: readonly Role[];
}

export type Session =
  | { status: 'loading' }
  | { status: 'anonymous'; error?: string; signIn: () => Promise<void> }
  | { status: 'authenticated'; user: SessionUser; signOut: () => Promise<void> };

export const SessionContext = createContext<Session>({ status: 'loading' });

export function useSession(): Session {
  return useContext(SessionContext);
}

/** The signed-in user's roles, none when signed out. */
export function useRoles(): readonly Role[] {
  const session = useSession();
  return session.status === 'authenticated' ? session.user.roles : [];
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** Reads the program roles from an access token's `realm_access.roles` (the token is not verified here: the API does that). */
export function rolesFromAccessToken(accessToken: string): Role[] {
  const payload = accessToken.split('.')[1];
  if (!payload) return [];
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    if (typeof claims !== 'object' || claims === null) return [];
    const realmAccess = (claims as { realm_access?: { roles?: unknown } }).realm_access;
    const list = Array.isArray(realmAccess?.roles) ? (realmAccess.roles as unknown[]) : [];
    return list.filter(isRole);
  } catch {
    return [];
  }
}
