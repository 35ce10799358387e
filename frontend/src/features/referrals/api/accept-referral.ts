import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { ReferralView } from './types';
import { useReferralMove } from './use-referral-move';

/** UNDER_ASSESSMENT → ACCEPTED; 409 without a finalised SUITABLE assessment. */
export async function acceptReferral(id: string): Promise<ReferralView> {
  return unwrap(await api.POST('/api/referrals/{id}/accept', { params: { path: { id } } }));
}

export function useAcceptReferral() {
  return useReferralMove(acceptReferral);
}
