import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { changeLegalBasis, createLegalBasis } from '../services/legal-bases.js';
import { listLegalBases } from '../store/legal-bases.js';

export function legalBasesRouter(ctx: AppContext): Hono<AppEnv> {
  const { store } = ctx;
  const router = new Hono<AppEnv>();
  route(router, ctx, api.legalBases.list, async () => ({ items: await listLegalBases(store.db) }));
  route(router, ctx, api.legalBases.create, ({ body }) => createLegalBasis(store, body));
  route(router, ctx, api.legalBases.update, ({ params, body }) => changeLegalBasis(store, params.key, body));
  return router;
}
