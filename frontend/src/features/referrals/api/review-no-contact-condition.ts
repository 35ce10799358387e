import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { ReferralView } from './types';
import { useReferralMove } from './use-referral-move';

/** Records that a coordinator has reviewed the referral's no-contact condition. */
export async function reviewNoContactCondition(id: string): Promise<ReferralView> {
  return unwrap(await api.POST('/api/referrals/{id}/no-contact-review', { params: { path: { id } } }));
}

export function useReviewNoContactCondition() {
  return useReferralMove(reviewNoContactCondition);
}
