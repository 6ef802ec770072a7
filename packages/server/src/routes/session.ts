import { api } from '@basis/sdk/contract';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE, clearSessionCookie, requireSameOrigin, setSessionCookie } from '../http/auth.js';
import { clientIp } from '../http/client-ip.js';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { enforceRateLimit } from '../http/rate-limit.js';
import { route } from '../http/route.js';
import { dummyHash } from '../services/passwords.js';
import { endSession, findLiveSession, sessionAnswer, signIn } from '../services/sessions.js';
import { setUp } from '../services/setup.js';

const FIFTEEN_MINUTES = 15 * 60_000;

/** Signing in and out of the console, and setting up its first administrator. */
export function sessionRouter(ctx: AppContext): Hono<AppEnv> {
  const { store } = ctx;
  const router = new Hono<AppEnv>();
  // Made now, so that not even the first sign-in for an unknown address takes longer than for a known one.
  void dummyHash();
  const limitClient = (c: Parameters<typeof clientIp>[0]) =>
    enforceRateLimit(
      store,
      { name: 'sign-in-client', limit: ctx.signInsPerClient, windowMs: FIFTEEN_MINUTES },
      clientIp(c, ctx.trustProxy),
      ctx.now().getTime(),
    );

  route(router, ctx, api.session.signIn, async ({ body, c }) => {
    requireSameOrigin(c, ctx);
    await limitClient(c);
    const { token, session } = await signIn(store, ctx.links.secret, body, ctx.now());
    setSessionCookie(c, ctx, token);
    return session;
  });

  route(router, ctx, api.session.get, async ({ c }) => {
    const live = await findLiveSession(store, getCookie(c, SESSION_COOKIE) ?? '', ctx.now());
    if (!live) throw new ProblemError(401, 'Your session has ended. Sign in again.');
    return sessionAnswer(live.user, live.session);
  });

  route(router, ctx, api.session.signOut, async ({ c }) => {
    const caller = c.get('caller');
    if (caller.type === 'user') await endSession(store, caller.sessionHash);
    clearSessionCookie(c, ctx);
    return { signedOut: true };
  });

  route(router, ctx, api.setup.create, async ({ body, c }) => {
    requireSameOrigin(c, ctx);
    await limitClient(c);
    const { token, session } = await setUp(store, ctx.links.secret, body, ctx.now());
    setSessionCookie(c, ctx, token);
    return session;
  });
  return router;
}
