/**
 * The typed fetch wrapper every page uses to talk to `/api/`. It sends the
 * session cookie and the CSRF token, encodes list parameters, decodes JSON,
 * and turns every failure into an `ApiError`.
 */
import { ApiError } from './api-error';
import type { FilterValue, ListParams, Paginated } from './types';

export { ApiError, parseErrorBody, type ApiErrorOptions } from './api-error';
export type { FieldErrors, FilterValue, ListParams, Paginated } from './types';

/** Where the JSON API lives. */
export const API_BASE = '/api';

/** Methods that change state, and so must carry the CSRF token. */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Name of the cookie holding the CSRF token, and the header that echoes it. */
const CSRF_COOKIE = 'csrftoken';
const CSRF_HEADER = 'X-CSRFToken';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Options of one request. */
export interface RequestOptions {
  /** Query parameters; `undefined` values are left out. */
  params?: ListParams | Record<string, FilterValue | undefined>;
  /** A JSON-serialisable body. */
  body?: unknown;
  signal?: AbortSignal;
}

/** Reads a cookie by name, or `null`. */
export function readCookie(name: string): string | null {
  for (const pair of document.cookie.split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** Encodes query parameters: lists comma-separated, `undefined` skipped. */
export function toQuery(params: RequestOptions['params'] = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const query = search.toString();
  return query ? `?${query}` : '';
}

/** `/products/` → `/api/products/`; leaves paths already under the base alone. */
function apiUrl(path: string, params: RequestOptions['params']): string {
  const base = path.startsWith(`${API_BASE}/`) ? path : `${API_BASE}${path.startsWith('/') ? '' : '/'}${path}`;
  return base + toQuery(params);
}

/**
 * Sends one request to the API and returns its decoded JSON body
 * (`undefined` for 204). Throws `ApiError` on any failure.
 */
export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers = new Headers({ Accept: 'application/json' });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (UNSAFE_METHODS.has(method)) {
    const token = readCookie(CSRF_COOKIE);
    if (token) headers.set(CSRF_HEADER, token);
  }

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.params), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw ApiError.network(cause);
  }

  if (!response.ok) throw await ApiError.fromResponse(response);
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined as T;
  try {
    return (await response.json()) as T;
  } catch (cause) {
    throw new ApiError(response.status, 'The server sent a response that could not be read.', {
      cause,
      requestId: response.headers.get('X-Request-Id'),
    });
  }
}

/** Shorthands for each method, and `list` for a page of a collection. */
export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  list: <T>(path: string, params?: ListParams, signal?: AbortSignal) =>
    request<Paginated<T>>('GET', path, { params, signal }),
  post: <T>(path: string, body?: unknown, signal?: AbortSignal) => request<T>('POST', path, { body, signal }),
  put: <T>(path: string, body: unknown, signal?: AbortSignal) => request<T>('PUT', path, { body, signal }),
  patch: <T>(path: string, body: unknown, signal?: AbortSignal) => request<T>('PATCH', path, { body, signal }),
  delete: (path: string, signal?: AbortSignal) => request<void>('DELETE', path, { signal }),
};
