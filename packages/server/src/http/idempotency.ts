import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from '../store/database.js';
import { findStoredAnswer, forgetAnswersBefore, storeAnswer } from '../store/idempotency.js';
import { transaction } from '../store/transaction.js';
import type { AppEnv } from './env.js';
import { ProblemError, invalidField } from './problem.js';

/** How long a first answer is kept for its repeats. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

class NotStored extends Error {}

/** Keys are the caller's own: an API key's or a person's. */
const byActor = (c: Context<AppEnv>) => `${c.get('actor').type}:${c.get('actor').id ?? ''}`;

/**
 * Makes a write with an `Idempotency-Key` header safe to repeat: the request runs in one
 * transaction that also stores its answer, so a repeat (same caller, same key) gets the first
 * answer back and changes nothing — no second record, no second ledger event. A failed request
 * stores nothing and may be sent again. Anonymous writes name their own `scope`.
 */
export function idempotent(store: Store, scopeOf: (c: Context<AppEnv>) => string = byActor): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined) return next();
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw invalidField('Idempotency-Key', 'The Idempotency-Key header must be 1–255 visible ASCII characters, such as a UUID.', 'header');
    }
    const scope = scopeOf(c);
    const fingerprint = createHash('sha256')
      .update(`${c.req.method} ${c.req.path}\n${await c.req.text()}`)
      .digest('hex');
    const replay = (stored: { status: number; body: string }) =>
      c.body(stored.body, stored.status as 200, { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' });

    const earlier = await findStoredAnswer(store.db, scope, key);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) {
        throw new ProblemError(422, 'This Idempotency-Key was already used for a different request; use a new key for a new request.', [
          { field: 'Idempotency-Key', in: 'header', message: 'Already used for a different request.' },
        ]);
      }
      return replay(earlier);
    }
    try {
      await transaction(store, async (trx) => {
        await next();
        if (c.error || c.res.status >= 300) throw new NotStored();
        const now = Date.now();
        await storeAnswer(trx, {
          scope,
          key,
          fingerprint,
          status: c.res.status,
          body: await c.res.clone().text(),
          created_at: new Date(now).toISOString(),
        });
        await forgetAnswersBefore(trx, new Date(now - IDEMPOTENCY_WINDOW_MS).toISOString());
      });
    } catch (error) {
      if (!(error instanceof NotStored)) throw error;
    }
  };
}
