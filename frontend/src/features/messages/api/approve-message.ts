import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { MessageView } from './types';
import type { MoveInput } from './submit-message';
import { useMessageChange } from './use-message-change';

/** IN_REVIEW → APPROVED; with a redacted text when the original may not go as it is (a redacted file is uploaded before). */
export async function approveMessage({ caseId, id, etag, redactedText }: MoveInput & { redactedText?: string | undefined }): Promise<MessageView> {
  return unwrap(
    await api.POST('/api/cases/{caseId}/messages/{id}/approve', {
      params: { path: { caseId, id }, header: { 'If-Match': etag } },
      body: redactedText === undefined ? {} : { redactedText },
    }),
  );
}

export function useApproveMessage() {
  return useMessageChange(approveMessage);
}
