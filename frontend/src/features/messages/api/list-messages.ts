import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { messageKeys, type MessageView } from './types';

/** The case's messages, originals and approved versions (coordinators and the case's mediators). */
export async function listMessages(caseId: string): Promise<MessageView[]> {
  return unwrap(await api.GET('/api/cases/{caseId}/messages', { params: { path: { caseId } } }));
}

export function listMessagesQueryOptions(caseId: string) {
  return queryOptions({ queryKey: messageKeys.list(caseId), queryFn: () => listMessages(caseId) });
}

export function useMessages(caseId: string) {
  return useQuery(listMessagesQueryOptions(caseId));
}
