import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { messageKeys, type AuthorCopy } from './types';

/** What the author's side may be told: RECEIVED only when the recipient agreed. */
export async function getAuthorCopy(caseId: string, id: string): Promise<AuthorCopy> {
  return unwrap(await api.GET('/api/cases/{caseId}/messages/{id}/author-copy', { params: { path: { caseId, id } } }));
}

export function getAuthorCopyQueryOptions(caseId: string, id: string) {
  return queryOptions({ queryKey: messageKeys.authorCopy(id), queryFn: () => getAuthorCopy(caseId, id) });
}

export function useAuthorCopy(caseId: string, id: string) {
  return useQuery(getAuthorCopyQueryOptions(caseId, id));
}
