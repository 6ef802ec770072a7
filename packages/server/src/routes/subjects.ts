import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { setConsent } from '../services/consents.js';
import { changeSubject, createSubject, getSubject, listSubjects } from '../services/subjects.js';
import { getSubscriptions, setSubscriptions } from '../services/subscriptions.js';
import { listConsentRecords } from '../store/consents.js';

/** Persons, and beneath each person their consent records and subscriptions. */
export function subjectsRouter(ctx: AppContext): Hono<AppEnv> {
  const { store } = ctx;
  const router = new Hono<AppEnv>();
  route(router, ctx, api.subjects.list, ({ query }) => listSubjects(store, query));
  route(router, ctx, api.subjects.create, ({ body }) => createSubject(store, ctx.links, body));
  route(router, ctx, api.subjects.get, ({ params }) => getSubject(store, params.id));
  route(router, ctx, api.subjects.update, ({ params, body }) => changeSubject(store, params.id, body));

  route(router, ctx, api.consents.list, async ({ params }) => {
    const items = await listConsentRecords(store.db, params.id);
    // Records exist only for a person who exists; only an empty list needs asking whether they do.
    if (items.length === 0) await getSubject(store, params.id);
    return { items };
  });
  route(router, ctx, api.consents.put, ({ params, body, c }) => setConsent(store, params.id, params.purposeKey, body, c.get('actor')));

  route(router, ctx, api.subscriptions.get, ({ params }) => getSubscriptions(store, params.id));
  route(router, ctx, api.subscriptions.put, ({ params, body, c }) => setSubscriptions(store, params.id, body, c.get('actor')));
  return router;
}
