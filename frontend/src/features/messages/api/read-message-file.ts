import { api } from '../../../lib/api/client';
import { ApiError } from '../../../lib/api/problem';

/**
 * A message's file as a blob, read with the bearer token (a <video src> or a new tab cannot send it).
 * Limitation: the whole file is fetched before it plays, so the API's byte ranges (206) are not used and
 * seeking happens in memory; fine for scans and short videos, not for a 1 GB recording (that would need a
 * short-lived signed URL or a service worker adding the token to the browser's range requests).
 */
export async function readMessageFile(caseId: string, id: string, fileId: string): Promise<Blob> {
  const result = await api.GET('/api/cases/{caseId}/messages/{id}/files/{fileId}', { params: { path: { caseId, id, fileId } }, parseAs: 'blob' });
  if (result.error !== undefined || result.data === undefined) throw new ApiError(result.response.status, undefined);
  return result.data as Blob;
}
