import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import { clientIp, visitorOf } from '../http/client-ip.js';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { PREFERENCE_PAGE_CSS, PREFERENCE_PAGE_HEADERS, preferencePage } from '../http/preference-page.js';
import { ProblemError, invalidField } from '../http/problem.js';
import { enforceRateLimit, rateLimit } from '../http/rate-limit.js';
import { route } from '../http/route.js';
import { visitorCors } from '../http/visitor-cors.js';
import { sendManageLink } from '../services/manage-links.js';
import { changePreferences, readPreferences } from '../services/preferences.js';
import { setSubscriptions } from '../services/subscriptions.js';
import { findTopic } from '../store/topics.js';
import { confirmRoutes } from './confirm.js';
import { publicFormRoutes } from './public-forms.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Link requests send email: per address and per client, far fewer. */
export const LINK_REQUEST_LIMITS = {
  perAddress: { name: 'link-request-address', limit: 3, windowMs: HOUR },
  perClient: { name: 'link-request-client', limit: 10, windowMs: HOUR },
};

/** The visitor API (`/v1/public/*`): preferences, forms, confirm links, and the preference page a manage link opens. */
export function publicRouter(ctx: AppContext): Hono<AppEnv> {
  const { store } = ctx;
  const router = new Hono<AppEnv>();
  const subjectId = (c: { get(key: 'actor'): { id: string | null } }) => c.get('actor').id!;

  router.use('/v1/public/*', visitorCors(store));
  router.use(
    '/v1/public/*',
    rateLimit(store, { name: 'public-client', limit: ctx.publicRequestsPerMinute, windowMs: MINUTE }, (c) => clientIp(c, ctx.trustProxy)),
  );

  route(router, ctx, api.public.getPreferences, ({ c }) => readPreferences(store.db, subjectId(c)));
  route(router, ctx, api.public.putPreferences, ({ body, c }) =>
    changePreferences(store, subjectId(c), body, { ...visitorOf(c, ctx.trustProxy) }),
  );

  route(router, ctx, api.public.unsubscribe, async ({ query, c }) => {
    const form = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(c.req.header('content-type') ?? '')
      ? await c.req.parseBody()
      : {};
    if (form['List-Unsubscribe'] !== 'One-Click') {
      throw new ProblemError(400, 'Send the form body "List-Unsubscribe=One-Click" (RFC 8058) to unsubscribe.');
    }
    const topic = query.topic ?? null;
    if (topic && !(await findTopic(store.db, topic))) throw invalidField('topic', `There is no topic "${topic}".`, 'query');
    await setSubscriptions(
      store,
      subjectId(c),
      { source: 'email', ...(topic ? { topics: [{ topic, subscribed: false }] } : { optedOutOfAll: true }) },
      c.get('actor'),
    );
    return { unsubscribed: true, topic };
  });

  route(router, ctx, api.public.requestManageLink, async ({ body, c }) => {
    await enforceRateLimit(store, LINK_REQUEST_LIMITS.perClient, clientIp(c, ctx.trustProxy));
    await enforceRateLimit(store, LINK_REQUEST_LIMITS.perAddress, body.email);
    await sendManageLink(store, ctx.links, body.email);
    return { accepted: true };
  });

  publicFormRoutes(router, ctx);
  confirmRoutes(router, ctx);

  // Opening a link shows the page; only the page's own requests change anything.
  const page = preferencePage();
  router.get('/manage', (c) => c.html(page, 200, PREFERENCE_PAGE_HEADERS));
  router.get(api.public.unsubscribe.path, (c) => c.html(page, 200, PREFERENCE_PAGE_HEADERS));
  router.get('/assets/preference-page.css', (c) =>
    c.body(PREFERENCE_PAGE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=300' }),
  );
  return router;
}
