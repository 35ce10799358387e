import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { messageKeys, type RecipientCopy } from './types';

/** The approved version only, never the original (409 before approval). */
export async function getRecipientCopy(caseId: string, id: string): Promise<RecipientCopy> {
  return unwrap(await api.GET('/api/cases/{caseId}/messages/{id}/recipient-copy', { params: { path: { caseId, id } } }));
}

export function getRecipientCopyQueryOptions(caseId: string, id: string) {
  return queryOptions({ queryKey: messageKeys.recipientCopy(id), queryFn: () => getRecipientCopy(caseId, id) });
}

export function useRecipientCopy(caseId: string, id: string, enabled: boolean) {
  return useQuery({ ...getRecipientCopyQueryOptions(caseId, id), enabled });
}
