import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { getSettings, putSettings } from '../services/settings.js';
import type { Store } from '../store/database.js';

export function settingsRouter(store: Store): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  route(router, store, api.settings.get, () => getSettings(store.db));
  route(router, store, api.settings.put, ({ body }) => putSettings(store, body));
  return router;
}
