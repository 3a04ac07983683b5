import { errorBody } from '../../shared/errors';

/** An error answer from the API (`{ error: { code, message, details? } }`), or a network failure. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** One of the API's error codes, or `NETWORK` when the server could not be reached. */
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** The session provider hands over the CSRF token of the signed-in session. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function csrfHeaders(method: string): Record<string, string> {
  return csrfToken && method !== 'GET' && method !== 'HEAD' ? { 'x-csrf-token': csrfToken } : {};
}

/** Called when any call (except the session check) answers 401: the session has ended. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export function handleUnauthenticated(): void {
  if (onUnauthenticated) {
    onUnauthenticated();
    return;
  }
  const next = window.location.pathname + window.location.search;
  window.location.assign(`/sign-in?next=${encodeURIComponent(next)}`);
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** The session check and sign-in answer 401 as a normal result, not as "session ended". */
  allowUnauthenticated?: boolean;
}

export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Turns an error answer's status and body text into an ApiError. */
export function toApiError(status: number, bodyText: string): ApiError {
  try {
    const parsed = errorBody.safeParse(JSON.parse(bodyText));
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      return new ApiError(code, message, status, details);
    }
  } catch {
    // Not JSON: fall through to a generic message.
  }
  if (status === 413) return new ApiError('PAYLOAD_TOO_LARGE', 'The file is too large.', status);
  if (status === 429) return new ApiError('RATE_LIMITED', 'Too many attempts. Wait a minute and try again.', status);
  return new ApiError('INTERNAL', `The server answered with an unexpected error (${status}). Try again.`, status);
}

/** Calls the JSON API on the same origin. Resolves with the parsed body (undefined for 204). */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...csrfHeaders(method) };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('NETWORK', 'Tandem could not reach the server. Check your connection and try again.', 0);
  }
  if (response.status === 401 && !options.allowUnauthenticated) handleUnauthenticated();
  if (!response.ok) throw toApiError(response.status, await response.text());
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
