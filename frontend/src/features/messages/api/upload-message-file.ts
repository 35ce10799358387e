import { apiBaseUrl, bearerToken } from '../../../lib/api/client';
import { ApiError, type Problem } from '../../../lib/api/problem';
import { currentLanguage } from '../../../lib/i18n/i18n';
import type { MessageView, UploadRole } from './types';
import { useMessageChange } from './use-message-change';

export interface UploadInput {
  caseId: string;
  id: string;
  role: UploadRole;
  file: Blob;
  /** Called as the bytes go out: a fraction from 0 to 1. */
  onProgress?: (fraction: number) => void;
  /** Aborting it stops the upload (the API keeps nothing of an interrupted upload). */
  signal?: AbortSignal;
}

/** The upload was cancelled by the person sending it. */
export class UploadCancelled extends Error {
  constructor() {
    super('Upload cancelled');
    this.name = 'UploadCancelled';
  }
}

function parseProblem(text: string): Problem | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Problem) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The original file (DRAFT) or the redacted one (IN_REVIEW), sent as the raw body. XMLHttpRequest rather than
 * fetch, for upload progress; the bearer token and Accept-Language are added here since openapi-fetch's middleware
 * is not involved. A 400 names the rule broken (AllowedType, MaxSize).
 */
export async function uploadMessageFile({ caseId, id, role, file, onProgress, signal }: UploadInput): Promise<MessageView> {
  const token = await bearerToken();
  return new Promise<MessageView>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new UploadCancelled());
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiBaseUrl()}/api/cases/${encodeURIComponent(caseId)}/messages/${encodeURIComponent(id)}/uploads/${role}`);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = parseProblem(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && body) {
        onProgress?.(1);
        resolve(body as unknown as MessageView);
      } else {
        reject(new ApiError(xhr.status, body, 'POST /api/cases/{caseId}/messages/{id}/uploads/{role}'));
      }
    };
    xhr.onerror = () => reject(new TypeError('Network error'));
    xhr.onabort = () => reject(new UploadCancelled());
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

export function useUploadMessageFile() {
  return useMessageChange(uploadMessageFile);
}
