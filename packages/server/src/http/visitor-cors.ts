import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { formAllowsOrigin } from '../services/forms.js';
import { getSettings } from '../services/settings.js';
import type { Store } from '../store/database.js';
import type { AppEnv } from './env.js';

const FORM_PATH = /^\/v1\/public\/forms\/([0-9a-f-]{36})(?:\/|$)/;

/**
 * Cross-origin calls to the visitor API: from the Privacy Center's allowed origins, and a form's
 * own calls also from the origins that form names. The admin API is never cross-origin.
 */
export function visitorCors(store: Store): MiddlewareHandler<AppEnv> {
  const mayCall = async (origin: string, path: string) => {
    if ((await getSettings(store.db)).allowedOrigins.includes(origin)) return true;
    const formId = FORM_PATH.exec(path)?.[1];
    return formId !== undefined && (await formAllowsOrigin(store.db, formId, origin));
  };
  return cors({
    origin: async (origin, c) => ((await mayCall(origin, c.req.path)) ? origin : null),
    allowMethods: ['GET', 'PUT', 'POST'],
    allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key'],
    maxAge: 600,
  });
}
