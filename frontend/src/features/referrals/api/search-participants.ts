import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referralKeys, type ParticipantPage } from './types';

/** Finds the person calling among the participants already recorded (victims and family members are kept; others dropped). */
export async function searchParticipants(q: string): Promise<ParticipantPage> {
  return unwrap(await api.GET('/api/participants', { params: { query: { q, page: 0, size: 10 } } }));
}

export function searchParticipantsQueryOptions(q: string) {
  return queryOptions({
    queryKey: referralKeys.participantSearch(q),
    queryFn: () => searchParticipants(q),
    enabled: q.trim().length > 0,
  });
}

export function useParticipantSearch(q: string) {
  return useQuery(searchParticipantsQueryOptions(q));
}
