import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referralKeys, type SuitabilityAssessmentView, type SuitabilityFindings } from './types';

export interface ReviseSuitabilityInput {
  referralId: string;
  id: string;
  etag: string;
  body: SuitabilityFindings;
}

/** PUT with If-Match: 412 when someone else changed the draft since it was read, 409 once it is finalised. */
export async function reviseSuitabilityAssessment({ referralId, id, etag, body }: ReviseSuitabilityInput): Promise<SuitabilityAssessmentView> {
  return unwrap(
    await api.PUT('/api/referrals/{referralId}/suitability-assessments/{id}', {
      params: { path: { referralId, id }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

export function useReviseSuitabilityAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviseSuitabilityAssessment,
    onSuccess: (revised) => queryClient.invalidateQueries({ queryKey: referralKeys.assessments(revised.referralId) }),
  });
}
