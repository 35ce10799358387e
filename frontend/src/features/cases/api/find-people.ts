import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { caseKeys, type ParticipantPage } from './types';

/** People already recorded, by name: who may be added to a case later. */
export async function findPeople(q: string): Promise<ParticipantPage> {
  return unwrap(await api.GET('/api/participants', { params: { query: { q, page: 0, size: 10 } } }));
}

export function findPeopleQueryOptions(q: string) {
  return queryOptions({ queryKey: caseKeys.people(q), queryFn: () => findPeople(q), enabled: q.trim().length > 0 });
}

export function useFindPeople(q: string) {
  return useQuery(findPeopleQueryOptions(q));
}
