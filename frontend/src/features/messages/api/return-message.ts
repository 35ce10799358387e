import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { MessageView } from './types';
import type { MoveInput } from './submit-message';
import { useMessageChange } from './use-message-change';

/** IN_REVIEW → back to DRAFT, with comments for revision. */
export async function returnMessage({ caseId, id, etag, text }: MoveInput & { text: string }): Promise<MessageView> {
  return unwrap(await api.POST('/api/cases/{caseId}/messages/{id}/return', { params: { path: { caseId, id }, header: { 'If-Match': etag } }, body: { text } }));
}

export function useReturnMessage() {
  return useMessageChange(returnMessage);
}
