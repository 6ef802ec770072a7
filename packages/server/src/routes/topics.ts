import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { changeTopic, createTopic } from '../services/topics.js';
import type { Store } from '../store/database.js';
import { listTopics } from '../store/topics.js';

export function topicsRouter(store: Store): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  route(router, store, api.topics.list, async () => ({ items: await listTopics(store.db) }));
  route(router, store, api.topics.create, ({ body }) => createTopic(store, body));
  route(router, store, api.topics.update, ({ params, body }) => changeTopic(store, params.key, body));
  return router;
}
