import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { Eligibility, ReferralView } from './types';
import { useReferralMove } from './use-referral-move';

/** What is known of an open referral's eligibility, with If-Match: its version. */
export async function recordEligibility({ id, version, body }: { id: string; version: number; body: Eligibility }): Promise<ReferralView> {
  return unwrap(
    await api.PUT('/api/referrals/{id}/eligibility', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body }),
  );
}

export function useRecordEligibility() {
  return useReferralMove(recordEligibility);
}
