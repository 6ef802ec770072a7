import type { MiddlewareHandler } from 'hono';
import { authenticateApiKey } from '../services/api-keys.js';
import type { Store } from '../store/database.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="basis"' };

/** `Authorization: Bearer <api key>`; the key becomes the actor of every change the request makes. */
export function requireApiKey(store: Store): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(c.req.header('authorization') ?? '');
    if (!match)
      throw new ProblemError(
        401,
        'Send an API key as "Authorization: Bearer <key>". Create one with "basis apikey create".',
        undefined,
        CHALLENGE,
      );
    const keyId = await authenticateApiKey(store, match[1]!);
    if (!keyId) throw new ProblemError(401, 'This API key is not valid or has been revoked.', undefined, CHALLENGE);
    c.set('actor', { type: 'api_key', id: keyId });
    await next();
  };
}
