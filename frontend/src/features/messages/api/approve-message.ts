import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { Approval, MessageView } from './types';
import type { MoveInput } from './submit-message';
import { useMessageChange } from './use-message-change';

/** IN_REVIEW → APPROVED, deciding every part the message has (a redacted file is uploaded before). */
export async function approveMessage({ caseId, id, etag, approval }: MoveInput & { approval: Approval }): Promise<MessageView> {
  return unwrap(
    await api.POST('/api/cases/{caseId}/messages/{id}/approve', {
      params: { path: { caseId, id }, header: { 'If-Match': etag } },
      body: approval,
    }),
  );
}

export function useApproveMessage() {
  return useMessageChange(approveMessage);
}
