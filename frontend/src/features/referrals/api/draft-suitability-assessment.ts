import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referralKeys, type SuitabilityAssessmentView, type SuitabilityFindings } from './types';

/** A new draft, or (with `amends`) a correction of a finalised assessment. */
export async function draftSuitabilityAssessment({ referralId, body }: { referralId: string; body: SuitabilityFindings }): Promise<SuitabilityAssessmentView> {
  return unwrap(await api.POST('/api/referrals/{referralId}/suitability-assessments', { params: { path: { referralId } }, body }));
}

export function useDraftSuitabilityAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: draftSuitabilityAssessment,
    onSuccess: (created) => queryClient.invalidateQueries({ queryKey: referralKeys.assessments(created.referralId) }),
  });
}
