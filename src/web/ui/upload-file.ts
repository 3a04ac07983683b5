import { ApiError, csrfHeaders, handleUnauthenticated, toApiError, withQuery, type QueryValue } from '../api/client';

/**
 * Posts a file's raw bytes (application/octet-stream) to the research API and resolves with the JSON answer.
 * The JSON client cannot send a file as the body, so uploads use fetch directly with the same CSRF header.
 */
export async function uploadFile<T>(path: string, query: Record<string, QueryValue>, file: Blob): Promise<T> {
  let response: Response;
  try {
    response = await fetch(withQuery(path, query), {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/octet-stream', ...csrfHeaders('POST') },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('NETWORK', 'The upload failed: Tandem could not reach the server. Try again.', 0);
  }
  if (response.status === 401) handleUnauthenticated();
  if (!response.ok) throw toApiError(response.status, await response.text());
  return (await response.json()) as T;
}

/** The file's name without its extension, as a default title or project name. */
export function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).trim();
}

/** The lower-case extension with its dot, or '' when the name has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot).toLowerCase() : '';
}
