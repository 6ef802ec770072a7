import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { route } from '../http/route.js';
import { listMailingRecipients } from '../services/mailing-recipients.js';
import { hiddenFields } from '../services/masking.js';
import {
  audienceOf,
  audiencePersons,
  cancelMailing,
  changeMailing,
  createMailing,
  getMailing,
  listMailings,
  previewMailing,
  sendMailing,
  testMailing,
} from '../services/mailings.js';

export function mailingsRouter(ctx: AppContext): Hono<AppEnv> {
  const { store, links } = ctx;
  const router = new Hono<AppEnv>();
  route(router, ctx, api.mailings.list, ({ query }) => listMailings(store.db, query));
  route(router, ctx, api.mailings.create, ({ body }) => createMailing(store, body));
  route(router, ctx, api.mailings.get, ({ params }) => getMailing(store.db, params.id));
  route(router, ctx, api.mailings.update, ({ params, body }) => changeMailing(store, params.id, body));
  route(router, ctx, api.mailings.audience, ({ params }) => audienceOf(store.db, params.id));
  route(router, ctx, api.mailings.audiencePersons, async ({ params, query, c }) =>
    audiencePersons(store.db, params.id, query, await hiddenFields(store.db, c.get('caller'))),
  );
  route(router, ctx, api.mailings.preview, ({ params, query }) => previewMailing(store.db, links, params.id, query.locale));
  route(router, ctx, api.mailings.test, async ({ params, body }) => {
    await testMailing(store, links, params.id, body);
    return { queued: true };
  });
  route(router, ctx, api.mailings.send, ({ params, body, c }) =>
    sendMailing(store, params.id, body, { role: c.get('caller').role, actor: c.get('actor') }),
  );
  route(router, ctx, api.mailings.cancel, ({ params }) => cancelMailing(store, params.id));
  route(router, ctx, api.mailings.recipients, async ({ params, query, c }) =>
    listMailingRecipients(store.db, params.id, query, await hiddenFields(store.db, c.get('caller'))),
  );
  return router;
}
