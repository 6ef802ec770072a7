import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { getSettings, putSettings } from '../services/settings.js';

export function settingsRouter(ctx: AppContext): Hono<AppEnv> {
  const { store } = ctx;
  const router = new Hono<AppEnv>();
  route(router, ctx, api.settings.get, () => getSettings(store.db));
  route(router, ctx, api.settings.put, ({ body }) => putSettings(store, body));
  return router;
}
