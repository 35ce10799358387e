import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { messageKeys, type CaseView } from './types';

/** The case the messages belong to: its participants (names, sides) and stage. 404 for a mediator not on the case. */
export async function getMessageCase(caseId: string): Promise<CaseView> {
  return unwrap(await api.GET('/api/cases/{id}', { params: { path: { id: caseId } } }));
}

export function getMessageCaseQueryOptions(caseId: string) {
  return queryOptions({ queryKey: messageKeys.caseOf(caseId), queryFn: () => getMessageCase(caseId) });
}

export function useMessageCase(caseId: string) {
  return useQuery(getMessageCaseQueryOptions(caseId));
}
