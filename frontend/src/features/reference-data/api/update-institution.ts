import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referenceKeys } from '../../../lib/api/reference-data';
import type { InstitutionUpdate, InstitutionView } from './types';

/** PUT with If-Match: 412 when stale; 422 when moved to a region that is not active. */
export async function updateInstitution({ id, etag, body }: { id: string; etag: string; body: InstitutionUpdate }): Promise<InstitutionView> {
  return unwrap(await api.PUT('/api/institutions/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }));
}

export function useUpdateInstitution() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateInstitution, onSuccess: () => queryClient.invalidateQueries({ queryKey: referenceKeys.all }) });
}
