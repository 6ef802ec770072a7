// The one place that knows how the console authenticates its API calls. When the SDK gains a
// `csrfToken` option, this file becomes a single call to createBasisClient.
import { type BasisClient, createBasisClient } from '@basis/sdk';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface ConsoleClientOptions {
  /** The server's origin; the console is served by the server it manages. */
  origin: string;
  csrfToken: string;
  /** Called when the server answers 401: the session has ended (expired, or signed out elsewhere). */
  onSessionEnded?: () => void;
  fetch?: typeof fetch;
}

/** A fetch that sends the session cookie, and the CSRF token with every write. */
export function sessionFetch(options: ConsoleClientOptions): typeof fetch {
  const fetcher = options.fetch ?? fetch;
  return async (input, init) => {
    const request = new Request(input, { ...init, credentials: 'same-origin' });
    if (!SAFE_METHODS.has(request.method)) request.headers.set('x-csrf-token', options.csrfToken);
    const response = await fetcher(request);
    if (response.status === 401) options.onSessionEnded?.();
    return response;
  };
}

/** The SDK's admin client, acting as the signed-in user. */
export function createConsoleClient(options: ConsoleClientOptions): BasisClient {
  return createBasisClient({
    baseUrl: options.origin,
    apiKey: '',
    fetch: sessionFetch(options),
    // A person is waiting at the screen: one quick retry, then the view offers Try again.
    retry: { limit: 1, backoffLimit: 1000, maxRetryAfter: 5000 },
  });
}
