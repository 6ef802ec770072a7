import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { changePurpose, createPurpose, requirePurpose } from '../services/purposes.js';
import type { Store } from '../store/database.js';
import { listPurposeVersions, listPurposes } from '../store/purposes.js';

export function purposesRouter(store: Store): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  route(router, store, api.purposes.list, async () => ({ items: await listPurposes(store.db) }));
  route(router, store, api.purposes.create, ({ body }) => createPurpose(store, body));
  route(router, store, api.purposes.get, ({ params }) => requirePurpose(store.db, params.key));
  route(router, store, api.purposes.update, ({ params, body }) => changePurpose(store, params.key, body));
  route(router, store, api.purposes.versions, async ({ params }) => {
    await requirePurpose(store.db, params.key);
    return { items: await listPurposeVersions(store.db, params.key) };
  });
  return router;
}
