import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { ReferralView } from './types';
import { useReferralMove } from './use-referral-move';

/** The number of the offender a harmed person named, confirmed by a coordinator (If-Match: the referral's version). */
export async function confirmOffenderNumber({ id, version, offenderNumber }: { id: string; version: number; offenderNumber: string }): Promise<ReferralView> {
  return unwrap(
    await api.PUT('/api/referrals/{id}/offender-number', {
      params: { path: { id }, header: { 'If-Match': `"${version}"` } },
      body: { offenderNumber },
    }),
  );
}

export function useConfirmOffenderNumber() {
  return useReferralMove(confirmOffenderNumber);
}
