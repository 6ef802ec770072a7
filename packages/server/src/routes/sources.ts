import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { createSource } from '../services/sources.js';
import { listSources } from '../store/sources.js';

export function sourcesRouter(ctx: AppContext): Hono<AppEnv> {
  const { store } = ctx;
  const router = new Hono<AppEnv>();
  route(router, ctx, api.sources.list, async () => ({ items: await listSources(store.db) }));
  route(router, ctx, api.sources.create, ({ body }) => createSource(store, body));
  return router;
}
