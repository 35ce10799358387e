import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { MessageView } from './types';
import { useMessageChange } from './use-message-change';

export interface ReviseTextInput {
  caseId: string;
  id: string;
  etag: string;
  text: string;
}

/** A draft's new text (If-Match: 412 when changed meanwhile). */
export async function reviseMessageText({ caseId, id, etag, text }: ReviseTextInput): Promise<MessageView> {
  return unwrap(await api.PUT('/api/cases/{caseId}/messages/{id}/text', { params: { path: { caseId, id }, header: { 'If-Match': etag } }, body: { text } }));
}

export function useReviseMessageText() {
  return useMessageChange(reviseMessageText);
}
