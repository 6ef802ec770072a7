import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { changeTopic, createTopic } from '../services/topics.js';
import { listTopics } from '../store/topics.js';

export function topicsRouter(ctx: AppContext): Hono<AppEnv> {
  const { store } = ctx;
  const router = new Hono<AppEnv>();
  route(router, ctx, api.topics.list, async () => ({ items: await listTopics(store.db) }));
  route(router, ctx, api.topics.create, ({ body }) => createTopic(store, body));
  route(router, ctx, api.topics.update, ({ params, body }) => changeTopic(store, params.key, body));
  return router;
}
