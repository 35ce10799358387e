import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referralKeys, type SuitabilityAssessmentView } from './types';

export interface FinaliseSuitabilityInput {
  referralId: string;
  id: string;
  etag: string;
}

/** Finalises a draft (If-Match): from then on it is never edited. */
export async function finaliseSuitabilityAssessment({ referralId, id, etag }: FinaliseSuitabilityInput): Promise<SuitabilityAssessmentView> {
  return unwrap(
    await api.POST('/api/referrals/{referralId}/suitability-assessments/{id}/finalise', {
      params: { path: { referralId, id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useFinaliseSuitabilityAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: finaliseSuitabilityAssessment,
    // The referral's allowedActions change too (ACCEPT needs a finalised SUITABLE assessment).
    onSuccess: (finalised) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.assessments(finalised.referralId) }),
        queryClient.invalidateQueries({ queryKey: referralKeys.detail(finalised.referralId) }),
      ]),
  });
}
