import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { SafetyAssessmentView, SafetyFindings } from './types';
import { useRefreshCase } from './use-case-change';

export interface ReviseSafetyInput {
  caseId: string;
  id: string;
  etag: string;
  body: SafetyFindings;
}

/** PUT with If-Match: 412 when someone else changed the draft since it was read, 409 once it is finalised. */
export async function reviseSafetyAssessment({ caseId, id, etag, body }: ReviseSafetyInput): Promise<SafetyAssessmentView> {
  return unwrap(
    await api.PUT('/api/cases/{id}/safety-assessments/{assessmentId}', {
      params: { path: { id: caseId, assessmentId: id }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

export function useReviseSafetyAssessment() {
  const refresh = useRefreshCase();
  return useMutation({ mutationFn: reviseSafetyAssessment, onSuccess: (revised) => refresh(revised.caseId) });
}
