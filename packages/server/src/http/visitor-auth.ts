import type { MiddlewareHandler } from 'hono';
import { verifyToken } from '../services/tokens.js';
import { findSubjectRow } from '../store/subjects.js';
import type { AppContext } from './context.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

export const INVALID_LINK = 'This link is not valid or has expired. Ask for a new one: it is sent to the email address it was for.';

/**
 * A person's signed link token, as `Authorization: Bearer` or `?token=`. A missing, malformed,
 * forged, expired or revoked token, or one for a person who is gone, all get the same answer.
 */
export function requireSubjectToken(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const token = header ?? c.req.query('token') ?? '';
    const claims = verifyToken(ctx.links.secret, token, 'manage');
    const subject = claims && (await findSubjectRow(ctx.store.db, claims.subjectId));
    if (!claims || !subject || subject.token_version !== claims.tokenVersion) throw new ProblemError(401, INVALID_LINK);
    c.set('actor', { type: 'subject', id: subject.id });
    await next();
  };
}
