import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { ApiError, type Problem } from '../../../lib/api/problem';
import { givenFilters, type AuditFilters } from './types';

/** The CSV of the entries the filters select, read with the bearer token (a bare link could not send it). */
export async function exportAuditEntries(filters: AuditFilters): Promise<Blob> {
  const result = await api.GET('/api/audit/entries/export', {
    params: { query: givenFilters(filters) },
    headers: { Accept: 'text/csv, application/problem+json' },
    parseAs: 'blob',
  });
  if (!result.response.ok || result.data === undefined) {
    let problem: Problem | undefined;
    try {
      problem = JSON.parse(await (result.error as Blob).text()) as Problem;
    } catch {
      problem = undefined;
    }
    throw new ApiError(result.response.status, problem);
  }
  return result.data as Blob;
}

/** Saves the CSV under a name that says when it was taken. */
function save(csv: Blob) {
  const url = URL.createObjectURL(csv);
  const link = document.createElement('a');
  link.href = url;
  link.download = `audit-trail-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function useExportAuditEntries() {
  return useMutation({ mutationFn: async (filters: AuditFilters) => save(await exportAuditEntries(filters)) });
}
