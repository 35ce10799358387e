import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { CaseView, ConsentRecord } from './types';
import { useCaseChange } from './use-case-change';

/** A participant's consent to a way, given (true) or withdrawn (false). */
export async function recordConsent({ id, participantId, body }: { id: string; participantId: string; body: ConsentRecord }): Promise<CaseView> {
  return unwrap(await api.POST('/api/cases/{id}/participants/{participantId}/consents', { params: { path: { id, participantId } }, body }));
}

export function useRecordConsent() {
  return useCaseChange(recordConsent);
}
