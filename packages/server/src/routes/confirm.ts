import type { Context, Hono } from 'hono';
import { visitorOf } from '../http/client-ip.js';
import { CONFIRM_PAGE_HEADERS, confirmPage } from '../http/confirm-page.js';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { CONFIRM_PATH, type Confirmation } from '../services/confirm-links.js';
import { giveConfirmation, viewConfirmation } from '../services/confirmations.js';

/**
 * The page of a confirm link (double opt-in, consent request). `GET` only shows it — mail
 * scanners open links — and its one button `POST`s the token back to confirm.
 */
export function confirmRoutes(router: Hono<AppEnv>, ctx: AppContext): void {
  const { store, links } = ctx;
  const show = (c: Context<AppEnv>, confirmation: Confirmation, token: string) =>
    c.html(confirmPage(confirmation, token), confirmation.state === 'invalid' ? 404 : 200, CONFIRM_PAGE_HEADERS);
  router.get(CONFIRM_PATH, async (c) => {
    const token = c.req.query('token') ?? '';
    return show(c, await viewConfirmation(store, links.secret, token), token);
  });
  router.post(CONFIRM_PATH, async (c) => {
    const form = /^application\/x-www-form-urlencoded/i.test(c.req.header('content-type') ?? '') ? await c.req.parseBody() : {};
    const token = typeof form.token === 'string' ? form.token : '';
    return show(c, await giveConfirmation(store, links.secret, token, visitorOf(c, ctx.trustProxy)), token);
  });
}
