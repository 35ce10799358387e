import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { MessageView, NewMessage } from './types';
import { useMessageChange } from './use-message-change';

/** A draft recorded for its author; 409 when the recipient is not on the other side. */
export async function recordMessage({ caseId, body }: { caseId: string; body: NewMessage }): Promise<MessageView> {
  return unwrap(await api.POST('/api/cases/{caseId}/messages', { params: { path: { caseId } }, body }));
}

export function useRecordMessage() {
  return useMessageChange(recordMessage);
}
