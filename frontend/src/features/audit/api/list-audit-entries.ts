import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { auditKeys, givenFilters, type AuditEntryPage, type AuditFilters } from './types';

export const auditPageSize = 25;

export async function listAuditEntries(filters: AuditFilters, after: string | undefined): Promise<AuditEntryPage> {
  const query = { ...givenFilters(filters), size: auditPageSize, ...(after ? { after } : {}) };
  return unwrap(await api.GET('/api/audit/entries', { params: { query } }));
}

export function listAuditEntriesQueryOptions(filters: AuditFilters, after: string | undefined) {
  return queryOptions({
    queryKey: auditKeys.entries(givenFilters(filters), after),
    queryFn: () => listAuditEntries(filters, after),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEntries(filters: AuditFilters, after: string | undefined) {
  return useQuery(listAuditEntriesQueryOptions(filters, after));
}
