import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { caseKeys, type FeedbackView, type NewFeedback } from './types';

/** The feedback participants gave after the case closed. */
export async function listCaseFeedback(id: string): Promise<FeedbackView[]> {
  return unwrap(await api.GET('/api/cases/{id}/feedback', { params: { path: { id } } }));
}

/** Asked only of a closed case (`enabled`): before closure there is none. */
export function useCaseFeedback(id: string, enabled: boolean) {
  return useQuery(queryOptions({ queryKey: caseKeys.feedback(id), queryFn: () => listCaseFeedback(id), enabled }));
}

/** Records a participant's feedback (once the case is closed, once per participant). */
export async function recordCaseFeedback({ caseId, body }: { caseId: string; body: NewFeedback }): Promise<FeedbackView> {
  return unwrap(await api.POST('/api/cases/{id}/feedback', { params: { path: { id: caseId } }, body }));
}

export function useRecordCaseFeedback(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordCaseFeedback,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.feedback(caseId) }),
  });
}
