import type { FieldErrors } from './types';

/** Optional parts of an `ApiError`. */
export interface ApiErrorOptions {
  fieldErrors?: FieldErrors;
  requestId?: string | null;
  referencedBy?: Record<string, number> | null;
  cause?: unknown;
}

/**
 * The one error every API call throws: the HTTP status, a message fit to
 * show, and any per-field validation messages (DRF's 400 body).
 * `status` is 0 when the server could not be reached at all.
 */
export class ApiError extends Error {
  readonly status: number;
  /** A human-readable summary: the server's `detail`, or one made up from the status. */
  readonly detail: string;
  /** Messages per field; `non_field_errors` holds those about the whole record. */
  readonly fieldErrors: FieldErrors;
  /** The server's `X-Request-Id`, to quote when reporting a 500. */
  readonly requestId: string | null;
  /** On a 409 from a delete: collection → how many of its records still refer to this one. */
  readonly referencedBy: Record<string, number> | null;

  constructor(status: number, detail: string, options: ApiErrorOptions = {}) {
    super(detail, { cause: options.cause });
    this.name = 'ApiError';
    this.status = status;
    this.detail = detail;
    this.fieldErrors = options.fieldErrors ?? {};
    this.requestId = options.requestId ?? null;
    this.referencedBy = options.referencedBy ?? null;
  }

  /** Messages for one field (empty when it has none). */
  errorsFor(field: string): string[] {
    return this.fieldErrors[field] ?? [];
  }

  /** Builds the error from a failed response, whatever its body holds. */
  static async fromResponse(response: Response): Promise<ApiError> {
    const requestId = response.headers.get('X-Request-Id');
    let body: unknown = null;
    if (response.headers.get('Content-Type')?.includes('json')) {
      body = await response.json().catch(() => null);
    }
    const { detail, fieldErrors, referencedBy } = parseErrorBody(body);
    const wait = response.status === 429 ? retryAfter(response.headers.get('Retry-After')) : null;
    const message = wait ? `Too many attempts. Try again ${wait}.` : (detail ?? statusMessage(response));
    return new ApiError(response.status, message, { fieldErrors, requestId, referencedBy });
  }

  /** The error for a request that never got an answer (offline, DNS, CORS...). */
  static network(cause: unknown): ApiError {
    return new ApiError(0, 'Could not reach the server. Check your connection and try again.', { cause });
  }
}

/** Splits a DRF error body into `detail` and field messages. */
export function parseErrorBody(body: unknown): {
  detail: string | null;
  fieldErrors: FieldErrors;
  referencedBy: Record<string, number> | null;
} {
  const fieldErrors: FieldErrors = {};
  let referencedBy: Record<string, number> | null = null;
  if (Array.isArray(body)) {
    // DRF writes a bare list for errors raised without a field.
    fieldErrors.non_field_errors = messages(body);
    return { detail: fieldErrors.non_field_errors.join(' ') || null, fieldErrors, referencedBy };
  }
  if (typeof body !== 'object' || body === null) return { detail: null, fieldErrors, referencedBy };

  let detail: string | null = null;
  for (const [key, value] of Object.entries(body)) {
    if (key === 'detail' && typeof value === 'string') detail = value;
    else if (key === 'referenced_by' && typeof value === 'object' && value !== null) {
      referencedBy = Object.fromEntries(
        Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
      );
    } else if (key !== 'detail') {
      const list = messages(value);
      if (list.length > 0) fieldErrors[key] = list;
    }
  }
  if (detail === null) {
    const general = fieldErrors.non_field_errors;
    detail = general?.length ? general.join(' ') : Object.keys(fieldErrors).length ? 'Please correct the errors below.' : null;
  }
  return { detail, fieldErrors, referencedBy };
}

/** Flattens a DRF message value (a string, a list, or nested objects) to strings. */
function messages(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(messages);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(messages);
  return [];
}

/** A message for a status when the body gives none. */
function statusMessage(response: Response): string {
  switch (response.status) {
    case 401:
      return 'Please sign in.';
    case 403:
      return 'You do not have permission to do that.';
    case 404:
      return 'Not found.';
    case 429:
      return 'Too many attempts. Please wait and try again.';
    case 503:
      return 'The service is temporarily unavailable. Please try again shortly.';
    default:
      return response.status >= 500
        ? 'Something went wrong on the server.'
        : response.statusText || `Request failed (${response.status}).`;
  }
}

/**
 * A `Retry-After` of seconds as people say it: "in 45 seconds", "in 15
 * minutes" (893 s), "in 2 hours"; rounded up, so that trying again then
 * works. `null` for a missing or unreadable value.
 */
export function retryAfter(header: string | null): string | null {
  const seconds = Number(header);
  if (!header || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 60) return seconds <= 1 ? 'in a second' : `in ${Math.ceil(seconds)} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'in a minute' : `in ${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? 'in an hour' : `in ${hours} hours`;
}
