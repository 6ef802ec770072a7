import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { changeLegalBasis, createLegalBasis } from '../services/legal-bases.js';
import type { Store } from '../store/database.js';
import { listLegalBases } from '../store/legal-bases.js';

export function legalBasesRouter(store: Store): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  route(router, store, api.legalBases.list, async () => ({ items: await listLegalBases(store.db) }));
  route(router, store, api.legalBases.create, ({ body }) => createLegalBasis(store, body));
  route(router, store, api.legalBases.update, ({ params, body }) => changeLegalBasis(store, params.key, body));
  return router;
}
