import { roles, rolesFromAccessToken } from './auth/session';
import { isAllowed, policies } from './authorization';

describe('the policy table', () => {
  it.each([
    ['coordinator', 'participants:list', true],
    ['coordinator', 'participants:create', true],
    ['coordinator', 'participants:update', true],
    ['mediator', 'participants:list', true],
    ['mediator', 'participants:create', false],
    ['mediator', 'cases:mine', true],
    ['staff', 'participants:list', false],
    ['staff', 'participants:read', false],
    ['auditor', 'participants:list', false],
    ['admin', 'participants:list', false],
    ['integration', 'participants:list', false],
    ['coordinator', 'referrals:queue', true],
    ['coordinator', 'referrals:record-call', true],
    ['coordinator', 'offender-referrals:create', false],
    ['mediator', 'referrals:queue', false],
    ['mediator', 'referrals:read', true],
    ['mediator', 'referrals:assess', true],
    ['mediator', 'referrals:decide', false],
    ['mediator', 'referrals:assign-assessor', false],
    ['coordinator', 'referrals:assign-assessor', true],
    ['staff', 'referrals:queue', false],
    ['staff', 'referrals:read', false],
    ['staff', 'offender-referrals:create', true],
    ['staff', 'offender-referrals:mine', true],
    ['auditor', 'offender-referrals:mine', false],
    ['admin', 'referrals:queue', false],
    ['coordinator', 'cases:list', true],
    ['coordinator', 'cases:all', true],
    ['coordinator', 'cases:open', true],
    ['coordinator', 'cases:assign-mediators', true],
    ['coordinator', 'cases:add-note', false],
    ['coordinator', 'mediators:roster', false],
    ['mediator', 'cases:list', true],
    ['mediator', 'cases:all', false],
    ['mediator', 'cases:open', false],
    ['mediator', 'cases:assign-mediators', false],
    ['mediator', 'cases:add-note', true],
    ['staff', 'cases:list', false],
    ['staff', 'cases:read', false],
    ['auditor', 'cases:read', false],
    ['admin', 'cases:read', false],
    ['admin', 'mediators:roster', true],
    ['coordinator', 'messages:review-queue', true],
    ['mediator', 'messages:review-queue', true],
    ['mediator', 'messages:screen', true],
    ['coordinator', 'messages:record', true],
    ['staff', 'messages:read', false],
    ['staff', 'messages:review-queue', false],
    ['auditor', 'messages:list', false],
    ['admin', 'messages:screen', false],
    ['coordinator', 'statistics:read', true],
    ['auditor', 'statistics:read', true],
    ['mediator', 'statistics:read', false],
    ['staff', 'statistics:read', false],
    ['admin', 'statistics:read', false],
    ['integration', 'statistics:read', false],
  ] as const)('%s → %s is %s', (role, policy, expected) => {
    expect(isAllowed([role], policy)).toBe(expected);
  });

  it('allows nothing to a user without a role', () => {
    for (const policy of Object.keys(policies) as (keyof typeof policies)[]) expect(isAllowed([], policy)).toBe(false);
  });

  it('names only known roles', () => {
    for (const allowed of Object.values(policies)) for (const role of allowed) expect(roles).toContain(role);
  });
});

describe('roles from the access token', () => {
  const token = (claims: object) => `h.${btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.s`;

  it('reads realm_access.roles and keeps only program roles', () => {
    expect(rolesFromAccessToken(token({ realm_access: { roles: ['coordinator', 'offline_access', 'default-roles-ro'] } }))).toEqual([
      'coordinator',
    ]);
  });

  it('gives no role for a token without realm_access or a malformed token', () => {
    expect(rolesFromAccessToken(token({ sub: 'x' }))).toEqual([]);
    expect(rolesFromAccessToken('not-a-jwt')).toEqual([]);
  });
});
