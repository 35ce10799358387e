import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { CaseView } from './types';
import { useCaseChange } from './use-case-change';

export async function rejoinParticipant({ id, participantId }: { id: string; participantId: string }): Promise<CaseView> {
  return unwrap(await api.POST('/api/cases/{id}/participants/{participantId}/rejoin', { params: { path: { id, participantId } } }));
}

export function useRejoinParticipant() {
  return useCaseChange(rejoinParticipant);
}
