import { api } from '../../../lib/api/client';
import { ApiError } from '../../../lib/api/problem';

/**
 * A message's scan as a blob, read with the bearer token (a new tab cannot send it), for a scan of at most 20 MB.
 * A video is not read this way: it plays by byte ranges under a playback grant (see grantPlayback).
 */
export async function readMessageFile(caseId: string, id: string, fileId: string): Promise<Blob> {
  const result = await api.GET('/api/cases/{caseId}/messages/{id}/files/{fileId}', { params: { path: { caseId, id, fileId } }, parseAs: 'blob' });
  if (result.error !== undefined || result.data === undefined) throw new ApiError(result.response.status, undefined);
  return result.data as Blob;
}
