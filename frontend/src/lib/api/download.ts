import { ApiError, type Problem } from './problem';

/**
 * A file read with the bearer token (a bare link could not send it), asked for with `parseAs: 'blob'`: the
 * blob, or the API's problem+json thrown as an ApiError.
 */
export async function blobOrProblem(result: { data?: unknown; error?: unknown; response: Response }): Promise<Blob> {
  if (!result.response.ok || result.data === undefined) {
    // openapi-fetch reads an error body as JSON whatever parseAs says; a Blob is read here in case it did not
    let problem: Problem | undefined;
    if (result.error instanceof Blob) {
      try {
        problem = JSON.parse(await result.error.text()) as Problem;
      } catch {
        problem = undefined;
      }
    } else if (result.error && typeof result.error === 'object') {
      problem = result.error as Problem;
    }
    throw new ApiError(result.response.status, problem);
  }
  return result.data as Blob;
}

/** Hands a blob to the browser as a download under this name. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
