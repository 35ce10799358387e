import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { ReferralView } from './types';
import { useReferralMove } from './use-referral-move';

/** DORMANT, SUBMITTED or UNDER_ASSESSMENT → WITHDRAWN. */
export async function withdrawReferral(id: string): Promise<ReferralView> {
  return unwrap(await api.POST('/api/referrals/{id}/withdraw', { params: { path: { id } } }));
}

export function useWithdrawReferral() {
  return useReferralMove(withdrawReferral);
}
