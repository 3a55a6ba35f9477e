/**
 * POSTs a multipart form that starts a job and reports how much of it has been sent (0..1): fetch
 * cannot report upload progress, XMLHttpRequest can. Answers the created job (202), or rejects with
 * an ApiError carrying the server's sentence.
 */
import { readAccessToken } from './access-token.ts';
import { ApiError } from './api-error.ts';
import type { Job } from './api-types.ts';

export function uploadForm(path: string, form: FormData, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<Job> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    const token = readAccessToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      if (request.status === 202 && body) return resolve(body as Job);
      const error = (body as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | undefined)?.error;
      reject(new ApiError(error?.code ?? `http_${request.status}`, error?.message ?? `The server answered ${request.status}.`, request.status, error?.details));
    });
    request.addEventListener('error', () => reject(new ApiError('network', 'The Kiln server could not be reached. Check that it is running.', 0)));
    request.addEventListener('abort', () => reject(new ApiError('cancelled', 'The upload was stopped.', 0)));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(form);
  });
}
