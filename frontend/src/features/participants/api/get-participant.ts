import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { participantKeys, type VersionedParticipant } from './types';

export async function getParticipant(id: string): Promise<VersionedParticipant> {
  const result = await api.GET('/api/participants/{id}', { params: { path: { id } } });
  const participant = unwrap(result);
  return { participant, etag: result.response.headers.get('ETag') ?? undefined };
}

export function getParticipantQueryOptions(id: string) {
  return queryOptions({
    queryKey: participantKeys.detail(id),
    queryFn: () => getParticipant(id),
  });
}

export function useParticipant(id: string) {
  return useQuery(getParticipantQueryOptions(id));
}
