import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { mediatorKeys, type MediatorEntry, type MediatorView } from './types';

/** PUT with If-Match: 412 when someone else changed the entry since it was read. */
export async function updateMediator({ username, etag, body }: { username: string; etag: string; body: MediatorEntry }): Promise<MediatorView> {
  return unwrap(await api.PUT('/api/mediators/{username}', { params: { path: { username }, header: { 'If-Match': etag } }, body }));
}

export function useUpdateMediator() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMediator, onSuccess: () => queryClient.invalidateQueries({ queryKey: mediatorKeys.all }) });
}
