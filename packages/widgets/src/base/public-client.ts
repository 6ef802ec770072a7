import { type PublicClient, createPublicClient } from '@basis/sdk/public';
import { apiRoot } from './api-root.js';

// One client per server and token for the whole page, shared by every element.
const clients = new Map<string, PublicClient>();

function memo(key: string, create: () => PublicClient): PublicClient {
  let client = clients.get(key);
  if (!client) clients.set(key, (client = create()));
  return client;
}

/** The client that reads and changes the preferences of the person holding `token`. */
export function preferencesClient(api: string | undefined, token: string): PublicClient {
  const baseUrl = apiRoot(api);
  return memo(`${baseUrl} ${token}`, () => createPublicClient({ baseUrl, token }));
}

/**
 * The client for what a visitor sends without a token: a request for a new manage link, a form.
 * It never retries: a rate-limited request is answered with a `Retry-After` of up to an hour,
 * which the SDK would otherwise wait out while the person looks at a spinner. The elements offer
 * Try again instead.
 */
function anonymousClient(api: string | undefined): PublicClient {
  const baseUrl = apiRoot(api);
  return memo(baseUrl, () => createPublicClient({ baseUrl, retry: { limit: 0 } }));
}

/** The client that asks for a new manage link. */
export const linkRequestClient = anonymousClient;

/** The client that reads a published form and sends it; a retry repeats the submission's idempotency key. */
export const formsClient = anonymousClient;
