import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { CaseView } from './types';
import { useCaseChange } from './use-case-change';

/** Effective at once, no reason asked; the API cancels the participant's scheduled meetings. */
export async function withdrawParticipant({ id, participantId }: { id: string; participantId: string }): Promise<CaseView> {
  return unwrap(await api.POST('/api/cases/{id}/participants/{participantId}/withdrawal', { params: { path: { id, participantId } } }));
}

export function useWithdrawParticipant() {
  return useCaseChange(withdrawParticipant);
}
