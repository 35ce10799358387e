import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { Decline, ReferralView } from './types';
import { useReferralMove } from './use-referral-move';

/** UNDER_ASSESSMENT → DECLINED, with one of the program's reasons (OTHER needs details). */
export async function declineReferral({ id, body }: { id: string; body: Decline }): Promise<ReferralView> {
  return unwrap(await api.POST('/api/referrals/{id}/decline', { params: { path: { id } }, body }));
}

export function useDeclineReferral() {
  return useReferralMove(declineReferral);
}
