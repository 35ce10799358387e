import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { disposalKeys, type Disposal, type RecordRef } from './types';

/** All the records or none: 409 names each one no longer due or under legal hold. */
export async function approveDisposal(records: RecordRef[]): Promise<Disposal> {
  return unwrap(await api.POST('/api/disposals', { body: { records } }));
}

export function useApproveDisposal() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: approveDisposal, onSettled: () => queryClient.invalidateQueries({ queryKey: disposalKeys.all }) });
}
