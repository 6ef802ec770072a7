import type { Endpoint, FieldError } from '@basis/sdk/contract';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type * as z from 'zod/mini';
import { transaction } from '../store/transaction.js';
import { readBefore, recordChange } from './audit-trail.js';
import { requireSession, requireStaff } from './auth.js';
import type { AppContext } from './context.js';
import type { AppEnv } from './env.js';
import { fieldErrors } from './field-errors.js';
import { idempotent } from './idempotency.js';
import { ProblemError, invalidFields } from './problem.js';
import { requireSubjectToken } from './visitor-auth.js';

type Schema = z.ZodMiniType;
type Parsed<S> = S extends Schema ? z.infer<S> : undefined;

export interface RouteInput<P, Q, B> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  c: Context<AppEnv>;
}

function parse<S extends Schema>(schema: S, input: unknown, where: FieldError['in']): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = fieldErrors(result.error.issues, where, input);
  if (where === 'path')
    throw new ProblemError(404, `Nothing is found at this address: ${errors.map((e) => e.field).join(', ')} is not valid.`, errors);
  throw invalidFields(errors);
}

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

async function readJson(c: Context<AppEnv>): Promise<unknown> {
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    throw new ProblemError(415, 'Send the request body as JSON, with "Content-Type: application/json".');
  }
  const text = await c.req.text();
  if (text.trim() === '') throw new ProblemError(400, 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ProblemError(400, `The request body is not valid JSON (${(error as Error).message}).`);
  }
}

/**
 * Serves one endpoint of the contract: authenticates and authorises the caller (see `requireStaff`),
 * validates path, query and body with the contract's schemas, calls the handler, and validates what
 * it answers before sending it.
 */
export function route<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined, R extends Schema>(
  app: Hono<AppEnv>,
  ctx: AppContext,
  endpoint: Endpoint<P, Q, B, R>,
  handler: (input: RouteInput<P, Q, B>) => Promise<z.input<R>>,
): void {
  const path = endpoint.path.replace(/\{(\w+)\}/g, ':$1');
  const audited = endpoint.auth === 'staff' && endpoint.method !== 'GET';
  const answer = async (input: RouteInput<P, Q, B>) => {
    const result = endpoint.response.safeParse(await handler(input));
    if (!result.success) {
      throw new Error(`${endpoint.operationId} answered outside its contract: ${JSON.stringify(result.error.issues)}`);
    }
    return result.data;
  };
  const serve = async (c: Context<AppEnv>) => {
    const params = (endpoint.params ? parse(endpoint.params, c.req.param(), 'path') : undefined) as Parsed<P>;
    const query = (endpoint.query ? parse(endpoint.query, c.req.query(), 'query') : undefined) as Parsed<Q>;
    const body = (endpoint.body ? parse(endpoint.body, await readJson(c), 'body') : undefined) as Parsed<B>;
    const input = { params, query, body, c };
    if (!audited) return c.json((await answer(input)) as object, endpoint.status);
    // A change by the staff and its audit entry commit together (with its stored answer, when it
    // has an Idempotency-Key).
    const data = await transaction(ctx.store, async (trx) => {
      const after = await answer(input);
      await recordChange(trx, { endpoint, c, params: c.req.param(), before: c.get('before'), after });
      return after;
    });
    return c.json(data as object, endpoint.status);
  };
  /**
   * Reads the resource as it was, before any transaction opens: readers use the store's own
   * connection, which SQLite lends to one transaction at a time.
   */
  const captureBefore: MiddlewareHandler<AppEnv> = async (c, next) => {
    c.set('before', await readBefore(ctx.readers, endpoint.path, c, c.req.param()));
    await next();
  };
  if (endpoint.auth === 'staff' && endpoint.method === 'GET' && endpoint.params) {
    const { params: paramsSchema, query: querySchema } = endpoint;
    ctx.readers.set(endpoint.path, async (c, raw) =>
      answer({
        params: parse(paramsSchema, raw, 'path') as Parsed<P>,
        query: (querySchema ? parse(querySchema, {}, 'query') : undefined) as Parsed<Q>,
        body: undefined as Parsed<B>,
        c,
      }),
    );
  }
  const { store } = ctx;
  const auth =
    endpoint.auth === 'staff'
      ? requireStaff(ctx, endpoint)
      : endpoint.auth === 'session'
        ? requireSession(ctx)
        : endpoint.auth === 'subjectToken'
          ? requireSubjectToken(ctx)
          : undefined;
  if (!auth) app.on(endpoint.method, path, serve);
  else if (endpoint.method === 'GET') app.on(endpoint.method, path, auth, serve);
  else if (audited) app.on(endpoint.method, path, auth, captureBefore, idempotent(store), serve);
  else app.on(endpoint.method, path, auth, idempotent(store), serve);
}
