import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { blobOrProblem, saveBlob } from '../../../lib/api/download';
import { givenFilters, type AuditFilters } from './types';

/** The CSV of the entries the filters select, read with the bearer token (a bare link could not send it). */
export async function exportAuditEntries(filters: AuditFilters): Promise<Blob> {
  return blobOrProblem(
    await api.GET('/api/audit/entries/export', {
      params: { query: givenFilters(filters) },
      headers: { Accept: 'text/csv, application/problem+json' },
      parseAs: 'blob',
    }),
  );
}

/** Saves the CSV under a name that says when it was taken. */
function save(csv: Blob) {
  saveBlob(csv, `audit-trail-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.csv`);
}

export function useExportAuditEntries() {
  return useMutation({ mutationFn: async (filters: AuditFilters) => save(await exportAuditEntries(filters)) });
}
