import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { readStats } from '../services/stats.js';

export function statsRouter(ctx: AppContext): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  route(router, ctx, api.stats.get, ({ query }) => readStats(ctx.store, query, ctx.now()));
  return router;
}
