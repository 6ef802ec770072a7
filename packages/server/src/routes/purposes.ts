import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { changePurpose, createPurpose, requirePurpose } from '../services/purposes.js';
import { listPurposeVersions, listPurposes } from '../store/purposes.js';

export function purposesRouter(ctx: AppContext): Hono<AppEnv> {
  const { store } = ctx;
  const router = new Hono<AppEnv>();
  route(router, ctx, api.purposes.list, async () => ({ items: await listPurposes(store.db) }));
  route(router, ctx, api.purposes.create, ({ body }) => createPurpose(store, body));
  route(router, ctx, api.purposes.get, ({ params }) => requirePurpose(store.db, params.key));
  route(router, ctx, api.purposes.update, ({ params, body }) => changePurpose(store, params.key, body));
  route(router, ctx, api.purposes.versions, async ({ params }) => {
    await requirePurpose(store.db, params.key);
    return { items: await listPurposeVersions(store.db, params.key) };
  });
  return router;
}
