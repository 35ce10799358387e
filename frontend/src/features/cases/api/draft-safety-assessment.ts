import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { SafetyAssessmentView, SafetyFindings } from './types';
import { useRefreshCase } from './use-case-change';

/** A new draft for a participant, or (with `amends`) a correction of a finalised assessment. */
export async function draftSafetyAssessment({ caseId, body }: { caseId: string; body: SafetyFindings }): Promise<SafetyAssessmentView> {
  return unwrap(await api.POST('/api/cases/{id}/safety-assessments', { params: { path: { id: caseId } }, body }));
}

export function useDraftSafetyAssessment() {
  const refresh = useRefreshCase();
  return useMutation({ mutationFn: draftSafetyAssessment, onSuccess: (created) => refresh(created.caseId) });
}
