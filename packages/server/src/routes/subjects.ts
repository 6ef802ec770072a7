import { api } from '@basis/sdk/contract';
import { type Context, Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { ProblemError } from '../http/problem.js';
import { setConsent } from '../services/consents.js';
import { hiddenFields, showSubject } from '../services/masking.js';
import { changeSubject, createSubject, getSubject, listSubjects } from '../services/subjects.js';
import { getSubscriptions, setSubscriptions } from '../services/subscriptions.js';
import { listConsentRecords } from '../store/consents.js';

/**
 * Persons, and beneath each person their consent records and subscriptions. Every person is
 * answered as the caller may see them: fields classed sensitive are masked without `see_sensitive`,
 * and cannot be searched by.
 */
export function subjectsRouter(ctx: AppContext): Hono<AppEnv> {
  const { store } = ctx;
  const router = new Hono<AppEnv>();
  const hidden = (c: Context<AppEnv>) => hiddenFields(store.db, c.get('caller'));

  route(router, ctx, api.subjects.list, async ({ query, c }) => {
    const hide = await hidden(c);
    const searchIn = { email: !hide.has('email'), name: !hide.has('name') };
    if (query.q && !searchIn.email && !searchIn.name) {
      throw new ProblemError(403, 'Searching by email or name needs the right "see_sensitive": both fields are classed sensitive.');
    }
    const page = await listSubjects(store, query, searchIn);
    return { ...page, items: page.items.map((subject) => showSubject(subject, hide)) };
  });
  route(router, ctx, api.subjects.create, async ({ body, c }) => showSubject(await createSubject(store, ctx.links, body), await hidden(c)));
  route(router, ctx, api.subjects.get, async ({ params, c }) => showSubject(await getSubject(store, params.id), await hidden(c)));
  route(router, ctx, api.subjects.update, async ({ params, body, c }) =>
    showSubject(await changeSubject(store, params.id, body), await hidden(c)),
  );

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
