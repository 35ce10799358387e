import { api, apiBaseUrl } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

/**
 * A playback grant for a message's video: the address a <video src> loads it from, by byte ranges, without the
 * bearer token (an element cannot send it). The address is good for one request within a minute; that request
 * opens a session (an HttpOnly cookie the API scopes to the address) for the element's next range requests, for a
 * few minutes. So a fresh grant is asked for each time the element starts over, and when its session has ended.
 */
export async function grantPlayback(caseId: string, id: string, fileId: string): Promise<string> {
  const ticket = unwrap(await api.POST('/api/cases/{caseId}/messages/{id}/files/{fileId}/playback', { params: { path: { caseId, id, fileId } } }));
  return `${apiBaseUrl()}${ticket.url}`;
}
