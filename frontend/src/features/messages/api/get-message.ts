import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { messageKeys, type MessageView } from './types';

export async function getMessage(caseId: string, id: string): Promise<MessageView> {
  return unwrap(await api.GET('/api/cases/{caseId}/messages/{id}', { params: { path: { caseId, id } } }));
}

export function getMessageQueryOptions(caseId: string, id: string) {
  return queryOptions({ queryKey: messageKeys.detail(caseId, id), queryFn: () => getMessage(caseId, id) });
}

export function useMessage(caseId: string, id: string) {
  return useQuery(getMessageQueryOptions(caseId, id));
}
