import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { ApiError, operationOf, unwrap, type Problem } from '../../../lib/api/problem';
import { disposalKeys, type LegalHoldView, type RecordType } from './types';

interface HoldTarget {
  recordType: RecordType;
  recordId: string;
}

/** Places a new hold (no If-Match) on the record. */
export async function placeHold({ recordType, recordId, reason }: HoldTarget & { reason: string }): Promise<LegalHoldView> {
  return unwrap(await api.PUT('/api/legal-holds/{type}/{id}', { params: { path: { type: recordType, id: recordId } }, body: { reason } }));
}

/** Releases the hold read with this ETag (412 when someone changed it since). */
export async function releaseHold({ recordType, recordId, etag }: HoldTarget & { etag: string }): Promise<void> {
  const result = await api.DELETE('/api/legal-holds/{type}/{id}', {
    params: { path: { type: recordType, id: recordId }, header: { 'If-Match': etag } },
  });
  if (!result.response.ok) {
    throw new ApiError(result.response.status, typeof result.error === 'object' && result.error !== null ? (result.error as Problem) : undefined, operationOf(result.response));
  }
}

export function usePlaceHold() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: placeHold, onSuccess: () => queryClient.invalidateQueries({ queryKey: disposalKeys.all }) });
}

export function useReleaseHold() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: releaseHold, onSettled: () => queryClient.invalidateQueries({ queryKey: disposalKeys.all }) });
}
