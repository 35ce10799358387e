import type { Role } from './auth/session';

/**
 * What each role may use in the portal: the one table the navigation, the pages and the
 * home page consult through <Authorization>. The API enforces the same rules on its side.
 */
export const policies = {
  'participants:list': ['coordinator', 'mediator'],
  'participants:read': ['coordinator', 'mediator'],
  'participants:create': ['coordinator'],
  'participants:update': ['coordinator'],
  'participants:access-export': ['coordinator'],
  'referrals:queue': ['coordinator'],
  'referrals:read': ['coordinator', 'mediator'],
  'referrals:record-call': ['coordinator'],
  'referrals:decide': ['coordinator'],
  'referrals:assess': ['coordinator', 'mediator'],
  'referrals:assign-assessor': ['coordinator'],
  'offender-referrals:create': ['staff'],
  'offender-referrals:mine': ['staff'],
  'cases:mine': ['mediator'],
  'cases:all': ['coordinator'],
  'cases:list': ['coordinator', 'mediator'],
  'cases:read': ['coordinator', 'mediator'],
  'cases:open': ['coordinator'],
  'cases:assign-mediators': ['coordinator'],
  'cases:add-note': ['mediator'],
  'cases:add-participant': ['coordinator'],
  'mediators:roster': ['admin'],
  'reference:manage': ['admin'],
  'messages:list': ['coordinator', 'mediator'],
  'messages:read': ['coordinator', 'mediator'],
  'messages:record': ['coordinator', 'mediator'],
  'messages:screen': ['coordinator', 'mediator'],
  'messages:review-queue': ['coordinator', 'mediator'],
  'work:mine': ['coordinator', 'mediator'],
  'home:coordinator': ['coordinator'],
  'home:mediator': ['mediator'],
  'home:staff': ['staff'],
  'home:auditor': ['auditor'],
  'home:admin': ['admin'],
  'audit:read': ['auditor'],
  'statistics:read': ['coordinator', 'auditor'],
  // corrections (issue 13): recorded, read and resolved by coordinators
  'corrections:manage': ['coordinator'],
  // retention and disposal (issue 13): the list of what is due, approval, legal holds
  'disposal:approve': ['coordinator'],
  // webhooks (issue 16): endpoints, their secrets and deliveries, kept by administrators
  'webhooks:manage': ['admin'],
  // e-mail notifications (issue 16): each coordinator's and mediator's own settings
  'notifications:settings': ['coordinator', 'mediator'],
} as const satisfies Record<string, readonly Role[]>;

export type Policy = keyof typeof policies;

export function isAllowed(userRoles: readonly Role[], policy: Policy): boolean {
  const allowed: readonly Role[] = policies[policy];
  return userRoles.some((role) => allowed.includes(role));
}
