import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { ReferralView } from './types';
import { useReferralMove } from './use-referral-move';

/** SUBMITTED → UNDER_ASSESSMENT. */
export async function startReferralAssessment(id: string): Promise<ReferralView> {
  return unwrap(await api.POST('/api/referrals/{id}/start-assessment', { params: { path: { id } } }));
}

export function useStartReferralAssessment() {
  return useReferralMove(startReferralAssessment);
}
