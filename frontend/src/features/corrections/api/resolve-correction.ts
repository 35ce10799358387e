import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { etagOf } from '../../../lib/api/etag';
import { unwrap } from '../../../lib/api/problem';
import { correctionKeys, type CorrectionResolution, type CorrectionView } from './types';

/** POST with If-Match: 412 when someone else resolved it since it was read, 409 when it is already resolved. */
export async function resolveCorrection({ correction, body }: { correction: CorrectionView; body: CorrectionResolution }): Promise<CorrectionView> {
  return unwrap(
    await api.POST('/api/corrections/{id}/resolve', { params: { path: { id: correction.id }, header: { 'If-Match': etagOf(correction) } }, body }),
  );
}

export function useResolveCorrection() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: resolveCorrection, onSuccess: () => queryClient.invalidateQueries({ queryKey: correctionKeys.all }) });
}
