// The one place the console makes its API client. The SDK keeps the session's CSRF token itself
// (from signing in and from reading the session) and sends it with every write; the session is a
// cookie the browser sends on the console's own origin.
import { type BasisClient, createBasisClient } from '@basis/sdk';

export interface ConsoleClientOptions {
  /** The server's origin; the console is served by the server it manages. */
  origin: string;
  /** Called when the server answers 401: the session has ended (expired, or signed out elsewhere). */
  onSessionEnded: () => void;
}

/** The SDK's client, acting as whoever signs in with `client.session`. */
export function createConsoleClient(options: ConsoleClientOptions): BasisClient {
  return createBasisClient({
    baseUrl: options.origin,
    // Looked up per call, so that a fetch replaced later (by a test's mock, say) is the one used.
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401) options.onSessionEnded();
      return response;
    },
    // A person is waiting at the screen: one quick retry, then the view offers Try again.
    retry: { limit: 1, backoffLimit: 1000, maxRetryAfter: 5000 },
  });
}
