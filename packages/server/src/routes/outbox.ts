import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { hiddenFields } from '../services/masking.js';
import { listOutboxMessages } from '../services/outbox.js';

export function outboxRouter(ctx: AppContext): Hono<AppEnv> {
  const { store } = ctx;
  const router = new Hono<AppEnv>();
  route(router, ctx, api.outbox.list, async ({ query, c }) =>
    listOutboxMessages(store.db, query, await hiddenFields(store.db, c.get('caller'))),
  );
  return router;
}
