import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { listAudit } from '../services/audit.js';

export function auditRouter(ctx: AppContext): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  route(router, ctx, api.audit.list, ({ query }) => listAudit(ctx.store.db, query));
  return router;
}
