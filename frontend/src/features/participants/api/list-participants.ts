import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { participantKeys, type ListParticipantsParams, type ParticipantPage } from './types';

export async function listParticipants(params: ListParticipantsParams): Promise<ParticipantPage> {
  const query: ListParticipantsParams = { page: params.page, size: params.size };
  if (params.q?.trim()) query.q = params.q.trim();
  if (params.kind) query.kind = params.kind;
  return unwrap(await api.GET('/api/participants', { params: { query } }));
}

export function listParticipantsQueryOptions(params: ListParticipantsParams) {
  return queryOptions({
    queryKey: participantKeys.list(params),
    queryFn: () => listParticipants(params),
    placeholderData: keepPreviousData,
  });
}

export function useParticipants(params: ListParticipantsParams) {
  return useQuery(listParticipantsQueryOptions(params));
}
