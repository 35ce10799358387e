import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { blobOrProblem, saveBlob } from '../../../lib/api/download';

export type AccessExportFormat = 'json' | 'pdf';

/**
 * A participant's access request export (coordinator): everything held about them, other people's
 * information severed, as JSON or as a bilingual PDF. Each download is audited by the API.
 */
export async function exportAccess(id: string, format: AccessExportFormat): Promise<Blob> {
  const params = { path: { id } };
  const result =
    format === 'pdf'
      ? await api.GET('/api/participants/{id}/access-export.pdf', {
          params,
          headers: { Accept: 'application/pdf, application/problem+json' },
          parseAs: 'blob',
        })
      : await api.GET('/api/participants/{id}/access-export', {
          params,
          headers: { Accept: 'application/json, application/problem+json' },
          parseAs: 'blob',
        });
  return blobOrProblem(result);
}

export function useExportAccess(id: string) {
  return useMutation({
    mutationFn: async (format: AccessExportFormat) => saveBlob(await exportAccess(id, format), `access-export-${id}.${format}`),
  });
}
