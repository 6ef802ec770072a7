import { type Access, type Right, hasRight } from '@basis/sdk/contract';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { authenticateApiKey } from '../services/api-keys.js';
import { SESSION_MAX_MS, findLiveSession, sameSecret } from '../services/sessions.js';
import type { AppContext } from './context.js';
import type { AppEnv, Caller } from './env.js';
import { ProblemError } from './problem.js';

export const SESSION_COOKIE = 'basis_session';
const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="basis"' };
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const secure = (ctx: AppContext) => ctx.links.publicUrl.startsWith('https:');

/** The session cookie: never readable by scripts, never sent with another site's requests. */
export function setSessionCookie(c: Context<AppEnv>, ctx: AppContext, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: secure(ctx),
    maxAge: SESSION_MAX_MS / 1000,
  });
}

export function clearSessionCookie(c: Context<AppEnv>, ctx: AppContext): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict', secure: secure(ctx) });
}

/**
 * Refuses a request a browser sent from another site. Signing in and setting up have no session
 * and so no CSRF token yet: SameSite keeps the cookie from cross-site requests, and this keeps
 * another site from signing a browser in to an account of its choosing.
 */
export function requireSameOrigin(c: Context<AppEnv>, ctx: AppContext): void {
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  const allowed = [new URL(ctx.links.publicUrl).origin, new URL(c.req.url).origin];
  if ((origin !== undefined && !allowed.includes(origin)) || site === 'cross-site') {
    throw new ProblemError(403, 'This request came from another site. Sign in from the Basis console itself.');
  }
}

async function apiKeyCaller(ctx: AppContext, authorization: string): Promise<Caller> {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
  if (!match) {
    throw new ProblemError(
      401,
      'Send an API key as "Authorization: Bearer <key>". Create one with "basis apikey create".',
      undefined,
      CHALLENGE,
    );
  }
  const key = await authenticateApiKey(ctx.store, match[1]!);
  if (!key) throw new ProblemError(401, 'This API key is not valid or has been revoked.', undefined, CHALLENGE);
  return { type: 'api_key', id: key.id, role: key.role };
}

/** The signed-in user of the session cookie; a cookie that opens no live session is cleared. */
async function sessionCaller(c: Context<AppEnv>, ctx: AppContext): Promise<Caller> {
  const token = getCookie(c, SESSION_COOKIE);
  const live = token === undefined ? undefined : await findLiveSession(ctx.store, token, ctx.now());
  if (!live) {
    if (token !== undefined) clearSessionCookie(c, ctx);
    throw new ProblemError(
      401,
      token === undefined
        ? 'Sign in to the console, or send an API key as "Authorization: Bearer <key>".'
        : 'Your session has ended. Sign in again.',
      undefined,
      CHALLENGE,
    );
  }
  const caller: Caller = {
    type: 'user',
    id: live.user.id,
    role: live.user.role as Caller['role'],
    sessionHash: live.tokenHash,
    passwordChangeRequired: live.user.password_change_required === 1,
  };
  // Every change made with a cookie carries the session's CSRF token, which another site cannot read.
  if (!SAFE_METHODS.has(c.req.method)) {
    const given = c.req.header('x-csrf-token');
    if (given === undefined) {
      throw new ProblemError(403, 'Send the CSRF token of your session as the "X-CSRF-Token" header with every change.');
    }
    if (!sameSecret(given, live.session.csrf_token)) {
      throw new ProblemError(403, 'The "X-CSRF-Token" header does not match your session. Read it again with GET /v1/session.');
    }
  }
  return caller;
}

function authorise(c: Context<AppEnv>, caller: Caller, right: Right, orSelf: boolean): void {
  const self = orSelf && caller.type === 'user' && c.req.param('id') === caller.id;
  if (caller.type === 'user' && caller.passwordChangeRequired && !self) {
    throw new ProblemError(403, `Set a password of your own first: POST /v1/users/${caller.id}/password.`);
  }
  if (self || hasRight(caller.role, right)) return;
  const who = caller.type === 'api_key' ? 'this API key’s role' : 'your role';
  throw new ProblemError(403, `This needs the right "${right}", which ${who} "${caller.role}" does not have.`);
}

function act(c: Context<AppEnv>, caller: Caller): void {
  c.set('caller', caller);
  c.set('actor', { type: caller.type, id: caller.id });
}

/**
 * A staff route: an API key (`Authorization: Bearer`), or else a console session cookie with its
 * CSRF token on writes; then the caller's role must hold the endpoint's right. Every admin route
 * passes here, so this is the one place rights are enforced.
 */
export function requireStaff(ctx: AppContext, access: Extract<Access, { auth: 'staff' }>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    const caller = authorization !== undefined ? await apiKeyCaller(ctx, authorization) : await sessionCaller(c, ctx);
    authorise(c, caller, access.right, access.orSelf === true);
    act(c, caller);
    await next();
  };
}

/** A console session, whatever its role: who is signed in, signing out. */
export function requireSession(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    act(c, await sessionCaller(c, ctx));
    await next();
  };
}
