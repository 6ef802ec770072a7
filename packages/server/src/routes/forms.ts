import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { changeForm, createForm, getForm, listForms, publishForm } from '../services/forms.js';
import { listSubmissions } from '../services/submission-records.js';

export function formsRouter(ctx: AppContext): Hono<AppEnv> {
  const { store } = ctx;
  const router = new Hono<AppEnv>();
  route(router, ctx, api.forms.list, async () => ({ items: await listForms(store.db) }));
  route(router, ctx, api.forms.create, ({ body }) => createForm(store, body));
  route(router, ctx, api.forms.get, ({ params }) => getForm(store.db, params.id));
  route(router, ctx, api.forms.update, ({ params, body }) => changeForm(store, params.id, body));
  route(router, ctx, api.forms.publish, ({ params }) => publishForm(store, params.id));
  route(router, ctx, api.forms.submissions, ({ params, query }) => listSubmissions(store.db, params.id, query));
  return router;
}
