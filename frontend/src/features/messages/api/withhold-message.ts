import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { MessageView } from './types';
import type { MoveInput } from './submit-message';
import { useMessageChange } from './use-message-change';

/** IN_REVIEW → WITHHELD, with the reason. */
export async function withholdMessage({ caseId, id, etag, text }: MoveInput & { text: string }): Promise<MessageView> {
  return unwrap(await api.POST('/api/cases/{caseId}/messages/{id}/withhold', { params: { path: { caseId, id }, header: { 'If-Match': etag } }, body: { text } }));
}

export function useWithholdMessage() {
  return useMessageChange(withholdMessage);
}
