import type { ReactNode } from 'react';
import { useRoles } from '../lib/auth/session';
import { isAllowed, type Policy } from '../lib/authorization';

interface AuthorizationProps {
  policy: Policy;
  children: ReactNode;
  fallback?: ReactNode;
}

/** Shows its children only to a user whose roles the policy allows (see lib/authorization.ts). */
export function Authorization({ policy, children, fallback = null }: AuthorizationProps) {
  const roles = useRoles();
  return <>{isAllowed(roles, policy) ? children : fallback}</>;
}
