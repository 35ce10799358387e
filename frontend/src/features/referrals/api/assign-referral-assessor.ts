import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { ReferralView } from './types';
import { useReferralMove } from './use-referral-move';

/** A coordinator assigns an active mediator of the roster to the referral's assessment (or changes who), with If-Match: its version. */
export async function assignReferralAssessor({ id, version, mediator }: { id: string; version: number; mediator: string }): Promise<ReferralView> {
  return unwrap(
    await api.PUT('/api/referrals/{id}/assessor', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body: { mediator } }),
  );
}

export function useAssignReferralAssessor() {
  return useReferralMove(assignReferralAssessor);
}
