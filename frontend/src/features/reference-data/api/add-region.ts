import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referenceKeys } from '../../../lib/api/reference-data';
import type { NewRegion, RegionView } from './types';

/** 409 when the code is taken. */
export async function addRegion(body: NewRegion): Promise<RegionView> {
  return unwrap(await api.POST('/api/regions', { body }));
}

export function useAddRegion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addRegion, onSuccess: () => queryClient.invalidateQueries({ queryKey: referenceKeys.all }) });
}
