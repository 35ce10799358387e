import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { SafetyAssessmentView } from './types';
import { useRefreshCase } from './use-case-change';

/** Finalises a draft (If-Match): it may put the case on safety hold or clear it; never edited afterwards. */
export async function finaliseSafetyAssessment({ caseId, id, etag }: { caseId: string; id: string; etag: string }): Promise<SafetyAssessmentView> {
  return unwrap(
    await api.POST('/api/cases/{id}/safety-assessments/{assessmentId}/finalise', {
      params: { path: { id: caseId, assessmentId: id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useFinaliseSafetyAssessment() {
  const refresh = useRefreshCase();
  return useMutation({ mutationFn: finaliseSafetyAssessment, onSuccess: (finalised) => refresh(finalised.caseId) });
}
