import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { correctionKeys, type CorrectionView, type NewCorrection } from './types';

/** 422 naming participantId or recordId when either does not exist; 400 naming field when the record has no such field. */
export async function createCorrection(body: NewCorrection): Promise<CorrectionView> {
  return unwrap(await api.POST('/api/corrections', { body }));
}

export function useCreateCorrection() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCorrection, onSuccess: () => queryClient.invalidateQueries({ queryKey: correctionKeys.all }) });
}
