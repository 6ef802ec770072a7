import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from '../store/database.js';
import { countHit } from '../store/rate-limits.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

export interface RateLimit {
  /** Names the limit in its buckets, e.g. `public-ip`. */
  name: string;
  limit: number;
  windowMs: number;
}

/**
 * Counts a hit against `limit` for `who`; past the limit, a 429 with `Retry-After`. Counters live
 * in the database, so every instance enforces the same limit.
 */
export async function enforceRateLimit(store: Store, limit: RateLimit, who: string, now = Date.now()): Promise<void> {
  const windowStart = Math.floor(now / limit.windowMs) * limit.windowMs;
  const hits = await countHit(store.db, `${limit.name}:${who}`, new Date(windowStart).toISOString());
  if (hits > limit.limit) {
    const retryAfter = Math.max(1, Math.ceil((windowStart + limit.windowMs - now) / 1000));
    throw new ProblemError(429, `Too many requests; try again in ${retryAfter} seconds.`, undefined, { 'Retry-After': String(retryAfter) });
  }
}

export function rateLimit(store: Store, limit: RateLimit, who: (c: Context<AppEnv>) => string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await enforceRateLimit(store, limit, who(c));
    await next();
  };
}
