import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { DeliveryMethod, MessageView } from './types';
import type { MoveInput } from './submit-message';
import { useMessageChange } from './use-message-change';

/**
 * APPROVED → DELIVERED. 409 with a localized detail while a side has withdrawn (message-deliver-held,
 * -recipient-withdrawn), the case is on safety hold, not in DIALOGUE, or the recipient has not agreed to this way.
 */
export async function deliverMessage({ caseId, id, etag, method, deliveredAt }: MoveInput & { method: DeliveryMethod; deliveredAt?: string | undefined }): Promise<MessageView> {
  const body = deliveredAt ? { method, deliveredAt } : { method };
  return unwrap(await api.POST('/api/cases/{caseId}/messages/{id}/deliver', { params: { path: { caseId, id }, header: { 'If-Match': etag } }, body }));
}

export function useDeliverMessage() {
  return useMessageChange(deliverMessage);
}
