import { api } from '../../../lib/api/client';
import { ApiError, type Problem } from '../../../lib/api/problem';

async function problemOf(error: unknown): Promise<Problem | undefined> {
  try {
    const text = error instanceof Blob ? await error.text() : typeof error === 'string' ? error : '';
    const value: unknown = text ? JSON.parse(text) : error;
    return typeof value === 'object' && value !== null ? (value as Problem) : undefined;
  } catch {
    return undefined;
  }
}

/** A printable PDF of an approved letter for mailing, in the recipient's language (read with the bearer token). */
export async function getLetterPdf(caseId: string, id: string): Promise<Blob> {
  const result = await api.GET('/api/cases/{caseId}/messages/{id}/letter.pdf', { params: { path: { caseId, id } }, parseAs: 'blob' });
  if (result.error !== undefined || result.data === undefined) throw new ApiError(result.response.status, await problemOf(result.error));
  const blob = result.data as Blob;
  return blob.type === 'application/pdf' ? blob : new Blob([blob], { type: 'application/pdf' });
}
