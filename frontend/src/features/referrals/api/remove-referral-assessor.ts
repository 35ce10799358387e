import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { ReferralView } from './types';
import { useReferralMove } from './use-referral-move';

/** A coordinator removes the mediator from the referral's assessment, with If-Match: its version. */
export async function removeReferralAssessor({ id, version }: { id: string; version: number }): Promise<ReferralView> {
  return unwrap(await api.DELETE('/api/referrals/{id}/assessor', { params: { path: { id }, header: { 'If-Match': `"${version}"` } } }));
}

export function useRemoveReferralAssessor() {
  return useReferralMove(removeReferralAssessor);
}
