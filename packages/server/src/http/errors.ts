import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function send(c: Context<AppEnv>, error: ProblemError): Response {
  return c.body(JSON.stringify(error.toProblem(c.req.path)), error.status as 400, {
    ...error.headers,
    'Content-Type': 'application/problem+json',
  });
}

/** Every error leaves as problem+json; what the client did not cause is logged and never shown. */
export function onError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof ProblemError) return send(c, error);
  if (error instanceof HTTPException) return send(c, new ProblemError(error.status, error.message || 'The request cannot be served.'));
  if (isUniqueViolation(error))
    return send(c, new ProblemError(409, 'This conflicts with a record that was created at the same time; read it and try again.'));
  console.error(`${c.req.method} ${c.req.path} failed:`, error);
  return send(c, new ProblemError(500, 'Something went wrong on our side. The request changed nothing; try again later.'));
}

export function onNotFound(c: Context<AppEnv>): Response {
  return send(c, new ProblemError(404, `There is nothing at ${c.req.method} ${c.req.path}. The API reference is at /docs.`));
}
