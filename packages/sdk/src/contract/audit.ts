import * as z from 'zod/mini';
import { Page, PageQuery, Timestamp } from './common.js';
import { endpoint } from './endpoint.js';

// Every change made in the console or through the API with a key: who, what, when, and the
// resource before and after, as Basis stores it (never the request itself, which may carry what
// Basis would not keep, such as an untruncated IP address). The ledger keeps each person's own
// history; this keeps the staff's.

export const AuditActor = z.object({
  type: z.enum(['user', 'api_key']),
  id: z.string(),
  /** The user's or the key's name as it is now; null once they are gone. */
  name: z.nullable(z.string()),
});
export type AuditActor = z.infer<typeof AuditActor>;

export const AuditEntry = z
  .object({
    id: z.string(),
    at: Timestamp,
    actor: AuditActor,
    /** The operation, as the API names it: `updatePurpose`, `sendMailing`… */
    action: z.string(),
    /** What it changed: the resource (`purposes`, `subjects`, `mailings`…) and its key or id (`newsletter`, `<subject id>/newsletter`). */
    target: z.object({ type: z.string(), id: z.nullable(z.string()) }),
    /** The resource as it was, for a change of something that existed. */
    before: z.nullable(z.unknown()),
    /** The resource as the change left it: the answer the caller got. */
    after: z.nullable(z.unknown()),
  })
  .register(z.globalRegistry, { id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({
  /** `user:<id>` or `api_key:<id>`. */
  actor: z.optional(z.string().check(z.regex(/^(user|api_key):[\w-]{1,64}$/, 'Use user:<id> or api_key:<id>.'))),
  action: z.optional(z.string().check(z.maxLength(64))),
  targetType: z.optional(z.string().check(z.maxLength(64))),
  targetId: z.optional(z.string().check(z.maxLength(200))),
  /** From this time on (inclusive). */
  from: z.optional(Timestamp),
  /** Before this time. */
  to: z.optional(Timestamp),
  ...PageQuery,
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const auditEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/v1/audit',
    operationId: 'listAuditEntries',
    tag: 'Audit',
    auth: 'staff',
    right: 'view_audit',
    summary: 'The audit log, newest first, filtered by who, what, which resource and when.',
    query: AuditQuery,
    status: 200,
    response: Page(AuditEntry),
  }),
};
