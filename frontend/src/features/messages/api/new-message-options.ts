import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
import { messageKeys } from './types';

export type NewMessageOptions = components['schemas']['NewMessageOptions'];

/** What a new message of the case may be now: for each author and recipient, the kinds the rules allow, and why not the others. */
export async function getNewMessageOptions(caseId: string): Promise<NewMessageOptions> {
  return unwrap(await api.GET('/api/cases/{caseId}/messages/options', { params: { path: { caseId } } }));
}

/** Asked afresh each time the form opens: consents and ways change on the case's page. */
export function useNewMessageOptions(caseId: string) {
  return useQuery({ queryKey: [...messageKeys.list(caseId), 'options'], queryFn: () => getNewMessageOptions(caseId), staleTime: 0 });
}
