import ky, { HTTPError, type KyInstance, NetworkError, TimeoutError as KyTimeoutError } from 'ky';
import type * as z from 'zod/mini';
import type { Route } from './contract/endpoint.js';
import { BasisError, ConnectionError, ResponseMismatchError, TimeoutError, apiError } from './errors.js';

export interface RetryOptions {
  /** Retries after the first try; 0 turns retrying off. Default 2. */
  limit?: number;
  /** The longest wait between two tries, in milliseconds. Default 10 000. */
  backoffLimit?: number;
  /** The longest wait a server's `Retry-After` may ask for, in milliseconds; past it, the SDK waits this long. Default 60 000. */
  maxRetryAfter?: number;
}

export interface TransportOptions {
  baseUrl: string;
  /** Sent as `Authorization: Bearer …`: an API key, or a visitor's link token. */
  bearer?: string;
  /** A fetch to use instead of the global one (for tests, proxies, instrumentation). */
  fetch?: typeof globalThis.fetch;
  retry?: RetryOptions;
  /** Milliseconds per try. Default 10 000. */
  timeout?: number;
}

export interface CallOptions {
  /** Sent with a write so that retries cannot apply it twice; generated when not given. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface CallInput {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

type Schema = z.ZodMiniType;

export interface Transport {
  call<R extends Schema>(endpoint: Route<R>, input?: CallInput, options?: CallOptions): Promise<z.infer<R>>;
}

function pathOf(endpoint: Route, params: Record<string, string> = {}): string {
  return endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new BasisError(`${endpoint.method} ${endpoint.path} needs "${name}".`);
    return encodeURIComponent(value);
  });
}

function searchParams(query: CallInput['query'] = {}): URLSearchParams {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) search.set(name, String(value));
  return search;
}

/** A random key for a write; the same key travels with every retry of that write. */
function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** Turns whatever ky threw into the SDK's errors. */
function translate(error: unknown): never {
  if (error instanceof HTTPError) throw apiError(error.response, error.data);
  if (error instanceof KyTimeoutError) throw new TimeoutError(`No answer in time: ${error.request.method} ${error.request.url}`);
  if (error instanceof NetworkError || error instanceof TypeError) {
    throw new ConnectionError(`Basis could not be reached: ${error.message}`, { cause: error });
  }
  throw error;
}

export function createTransport(options: TransportOptions): Transport {
  const http: KyInstance = ky.create({
    baseUrl: options.baseUrl.replace(/\/?$/, '/'),
    timeout: options.timeout ?? 10_000,
    retry: {
      limit: options.retry?.limit ?? 2,
      // Writes are retried too: each carries an Idempotency-Key, so a retry never applies twice.
      methods: ['get', 'put', 'post', 'patch', 'delete'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      backoffLimit: options.retry?.backoffLimit ?? 10_000,
      maxRetryAfter: options.retry?.maxRetryAfter ?? 60_000,
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: { accept: 'application/json', ...(options.bearer ? { authorization: `Bearer ${options.bearer}` } : {}) },
  });

  return {
    async call(endpoint, input = {}, callOptions = {}) {
      const write = endpoint.method !== 'GET';
      const headers: Record<string, string> = write ? { 'idempotency-key': callOptions.idempotencyKey ?? newIdempotencyKey() } : {};
      const response = await http(pathOf(endpoint, input.params).replace(/^\//, ''), {
        method: endpoint.method,
        searchParams: searchParams(input.query),
        headers,
        ...(input.body !== undefined ? { json: input.body } : {}),
        ...(callOptions.signal ? { signal: callOptions.signal } : {}),
      }).catch(translate);
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new ResponseMismatchError(`${endpoint.method} ${endpoint.path}: the answer is not JSON.`, undefined);
      }
      const parsed = endpoint.response.safeParse(body);
      if (!parsed.success) {
        throw new ResponseMismatchError(
          `${endpoint.method} ${endpoint.path}: the answer does not match the contract.`,
          body,
          parsed.error.issues,
        );
      }
      return parsed.data;
    },
  };
}
