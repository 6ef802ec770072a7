import { Email, api } from '@basis/sdk/contract';
import type { Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { RETAINED_304_HEADERS, etag } from 'hono/etag';
import { clientIp, visitorOf } from '../http/client-ip.js';
import type { AppContext } from '../http/context.js';
import type { AppEnv } from '../http/env.js';
import { idempotent } from '../http/idempotency.js';
import { ProblemError } from '../http/problem.js';
import { enforceRateLimit } from '../http/rate-limit.js';
import { route } from '../http/route.js';
import { submitForm } from '../services/form-submissions.js';
import { latestPublishedVersion, toPublicForm } from '../services/forms.js';

/** A filled-in form is small; anything larger is not one. */
export const SUBMISSION_LIMIT = 16 * 1024;
const HOUR = 60 * 60 * 1000;

const pathOf = (template: string) => template.replace(/\{(\w+)\}/g, ':$1');

/** The address a submission is for, if its body names a valid one. */
function emailIn(body: string): string | undefined {
  try {
    const parsed = Email.safeParse((JSON.parse(body) as { values?: { email?: unknown } } | null)?.values?.email);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Per client and per address: counted before the submission's transaction, so that a refused or
 * failed submission counts too.
 */
function submissionLimits(ctx: AppContext): MiddlewareHandler<AppEnv> {
  const { perClient, perAddress } = ctx.formSubmissionsPerHour;
  return async (c, next) => {
    await enforceRateLimit(ctx.store, { name: 'form-client', limit: perClient, windowMs: HOUR }, clientIp(c, ctx.trustProxy));
    const email = emailIn(await c.req.text());
    if (email) await enforceRateLimit(ctx.store, { name: 'form-address', limit: perAddress, windowMs: HOUR }, email);
    await next();
  };
}

/** A published form, cacheable, and its submissions, on the visitor router. */
export function publicFormRoutes(router: Hono<AppEnv>, ctx: AppContext): void {
  const { store } = ctx;

  // The answer of a 304 keeps the CORS header, so that a browser may reuse its cached copy cross-origin.
  router.use(pathOf(api.publicForms.get.path), etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin'] }));
  route(router, ctx, api.publicForms.get, async ({ params, c }) => {
    const version = await latestPublishedVersion(store.db, params.id);
    c.header('Cache-Control', 'public, max-age=60');
    return toPublicForm(version);
  });

  router.use(
    pathOf(api.publicForms.submit.path),
    bodyLimit({
      maxSize: SUBMISSION_LIMIT,
      onError: () => {
        throw new ProblemError(413, `A form submission is at most ${SUBMISSION_LIMIT / 1024} KiB.`);
      },
    }),
    submissionLimits(ctx),
    // Nobody is signed in: a key is the sender's own within the form it was sent to.
    idempotent(store, (c) => `form:${c.req.param('id') ?? ''}`),
  );
  route(router, ctx, api.publicForms.submit, ({ params, body, c }) =>
    submitForm(store, ctx.links, params.id, body, visitorOf(c, ctx.trustProxy)),
  );
}
