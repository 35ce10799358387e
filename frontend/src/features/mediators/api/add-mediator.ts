import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { mediatorKeys, type MediatorEntry, type MediatorView } from './types';

/** 409 when the user name is already on the roster. */
export async function addMediator(body: MediatorEntry): Promise<MediatorView> {
  return unwrap(await api.POST('/api/mediators', { body }));
}

export function useAddMediator() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addMediator, onSuccess: () => queryClient.invalidateQueries({ queryKey: mediatorKeys.all }) });
}
