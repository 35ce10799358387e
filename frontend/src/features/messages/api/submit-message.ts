import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { MessageView } from './types';
import { useMessageChange } from './use-message-change';

export interface MoveInput {
  caseId: string;
  id: string;
  etag: string;
}

/** DRAFT → IN_REVIEW. */
export async function submitMessage({ caseId, id, etag }: MoveInput): Promise<MessageView> {
  return unwrap(await api.POST('/api/cases/{caseId}/messages/{id}/submit', { params: { path: { caseId, id }, header: { 'If-Match': etag } } }));
}

export function useSubmitMessage() {
  return useMessageChange(submitMessage);
}
