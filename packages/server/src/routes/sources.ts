import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { createSource } from '../services/sources.js';
import type { Store } from '../store/database.js';
import { listSources } from '../store/sources.js';

export function sourcesRouter(store: Store): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  route(router, store, api.sources.list, async () => ({ items: await listSources(store.db) }));
  route(router, store, api.sources.create, ({ body }) => createSource(store, body));
  return router;
}
