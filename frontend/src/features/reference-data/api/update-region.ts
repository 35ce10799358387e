import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referenceKeys } from '../../../lib/api/reference-data';
import type { RegionUpdate, RegionView } from './types';

/** PUT with If-Match: 412 when stale; 409 when deactivating a region that has active institutions. */
export async function updateRegion({ id, etag, body }: { id: string; etag: string; body: RegionUpdate }): Promise<RegionView> {
  return unwrap(await api.PUT('/api/regions/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }));
}

export function useUpdateRegion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateRegion, onSuccess: () => queryClient.invalidateQueries({ queryKey: referenceKeys.all }) });
}
