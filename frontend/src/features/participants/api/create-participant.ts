import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { participantKeys, type NewParticipant, type VersionedParticipant } from './types';

export async function createParticipant(body: NewParticipant): Promise<VersionedParticipant> {
  const result = await api.POST('/api/participants', { body });
  const participant = unwrap(result);
  return { participant, etag: result.response.headers.get('ETag') ?? undefined };
}

export function useCreateParticipant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createParticipant,
    onSuccess: (created) => {
      queryClient.setQueryData(participantKeys.detail(created.participant.id), created);
      return queryClient.invalidateQueries({ queryKey: participantKeys.lists() });
    },
  });
}
