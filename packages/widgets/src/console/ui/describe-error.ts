import { ApiError, BasisError, ConnectionError, RateLimitError, ResponseMismatchError, TimeoutError } from '@basis/sdk';

/** What went wrong, in the terms a view explains to its user. */
export type ErrorKind =
  'forbidden' | 'not-found' | 'signed-out' | 'conflict' | 'invalid' | 'rate-limited' | 'offline' | 'server' | 'mismatch' | 'unknown';

export interface DescribedError {
  kind: ErrorKind;
  /** The server's own sentence, when it gave one worth showing (a conflict names what is in the way). */
  detail: string | undefined;
}

export function describeError(error: unknown): DescribedError {
  if (error instanceof ApiError) {
    const detail = error.detail || undefined;
    if (error.status === 401) return { kind: 'signed-out', detail };
    if (error.status === 403) return { kind: 'forbidden', detail };
    if (error.status === 404) return { kind: 'not-found', detail };
    if (error.status === 409) return { kind: 'conflict', detail };
    if (error.status === 400 || error.status === 422) return { kind: 'invalid', detail };
    if (error instanceof RateLimitError) return { kind: 'rate-limited', detail };
    if (error.status >= 500) return { kind: 'server', detail: undefined };
    return { kind: 'unknown', detail };
  }
  if (error instanceof ConnectionError || error instanceof TimeoutError) return { kind: 'offline', detail: undefined };
  if (error instanceof ResponseMismatchError) return { kind: 'mismatch', detail: undefined };
  if (error instanceof BasisError) return { kind: 'unknown', detail: undefined };
  return { kind: 'unknown', detail: undefined };
}

/** Whether a request was cancelled on purpose (a newer search, a view left): never shown as an error. */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === 'AbortError');
}
