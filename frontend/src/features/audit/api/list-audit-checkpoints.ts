import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { auditKeys, type AuditCheckpointPage } from './types';

export const checkpointPageSize = 20;

export async function listAuditCheckpoints(page: number): Promise<AuditCheckpointPage> {
  return unwrap(await api.GET('/api/audit/checkpoints', { params: { query: { page, size: checkpointPageSize } } }));
}

export function listAuditCheckpointsQueryOptions(page: number) {
  return queryOptions({ queryKey: auditKeys.checkpoints(page), queryFn: () => listAuditCheckpoints(page), placeholderData: keepPreviousData });
}

export function useAuditCheckpoints(page: number) {
  return useQuery(listAuditCheckpointsQueryOptions(page));
}
