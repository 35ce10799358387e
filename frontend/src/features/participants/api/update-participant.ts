import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { participantKeys, type ParticipantUpdate, type VersionedParticipant } from './types';

export interface UpdateParticipantInput {
  id: string;
  etag: string | undefined;
  body: ParticipantUpdate;
}

/** PUT with If-Match: the API answers 412 when someone else changed the record since it was read. */
export async function updateParticipant({ id, etag, body }: UpdateParticipantInput): Promise<VersionedParticipant> {
  const result = await api.PUT('/api/participants/{id}', {
    params: { path: { id }, header: etag ? { 'If-Match': etag } : {} },
    body,
  });
  const participant = unwrap(result);
  return { participant, etag: result.response.headers.get('ETag') ?? undefined };
}

export function useUpdateParticipant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateParticipant,
    onSuccess: (updated) => {
      queryClient.setQueryData(participantKeys.detail(updated.participant.id), updated);
      return queryClient.invalidateQueries({ queryKey: participantKeys.lists() });
    },
  });
}
