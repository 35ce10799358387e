import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { MessageView } from './types';
import type { MoveInput } from './submit-message';
import { useMessageChange } from './use-message-change';

/** DELIVERED → ACKNOWLEDGED, with the recipient's decision whether the author may learn so. */
export async function acknowledgeMessage({ caseId, id, etag, authorMayKnow }: MoveInput & { authorMayKnow: boolean }): Promise<MessageView> {
  return unwrap(
    await api.POST('/api/cases/{caseId}/messages/{id}/acknowledge', { params: { path: { caseId, id }, header: { 'If-Match': etag } }, body: { authorMayKnow } }),
  );
}

export function useAcknowledgeMessage() {
  return useMessageChange(acknowledgeMessage);
}
