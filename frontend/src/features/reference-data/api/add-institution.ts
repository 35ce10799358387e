import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referenceKeys } from '../../../lib/api/reference-data';
import type { InstitutionView, NewInstitution } from './types';

/** 409 when the code is taken; 422 when the region is not active. */
export async function addInstitution(body: NewInstitution): Promise<InstitutionView> {
  return unwrap(await api.POST('/api/institutions', { body }));
}

export function useAddInstitution() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addInstitution, onSuccess: () => queryClient.invalidateQueries({ queryKey: referenceKeys.all }) });
}
