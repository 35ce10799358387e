import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { auditKeys, type AuditEntryPage } from './types';
import { auditPageSize } from './list-audit-entries';

export async function readAccessLog(type: string, id: string, after: string | undefined): Promise<AuditEntryPage> {
  const query = { size: auditPageSize, ...(after ? { after } : {}) };
  return unwrap(await api.GET('/api/audit/records/{type}/{id}', { params: { path: { type, id }, query } }));
}

export function readAccessLogQueryOptions(type: string, id: string, after: string | undefined) {
  return queryOptions({
    queryKey: auditKeys.accessLog(type, id, after),
    queryFn: () => readAccessLog(type, id, after),
    placeholderData: keepPreviousData,
  });
}

export function useAccessLog(type: string, id: string, after: string | undefined) {
  return useQuery(readAccessLogQueryOptions(type, id, after));
}
