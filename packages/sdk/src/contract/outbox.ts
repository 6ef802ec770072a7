import * as z from 'zod/mini';
import { Id, Page, PageQuery, Timestamp } from './common.js';
import { endpoint } from './endpoint.js';

// Every email Basis sent or still holds, as the outbox keeps it. Never its bodies or headers: they
// carry each person's signed links, which would let a reader act as that person.

/** What a message is for. */
export const OutboxKind = z.enum(['manage_link', 'double_opt_in', 'consent_request', 'mailing', 'mailing_test']);
export type OutboxKind = z.infer<typeof OutboxKind>;

/** `cancelled`: dropped before sending, because what it was for no longer holds (a mailing the person left). */
export const OutboxStatus = z.enum(['queued', 'sending', 'sent', 'failed', 'cancelled']);
export type OutboxStatus = z.infer<typeof OutboxStatus>;

/** How a message left: by SMTP, or kept by the built-in catcher of an installation without a mail server. */
export const MailTransportName = z.enum(['smtp', 'catcher']);
export type MailTransportName = z.infer<typeof MailTransportName>;

export const OutboxMessage = z
  .object({
    id: Id,
    kind: OutboxKind,
    /** The address it goes to; null for a caller who may not see persons' email addresses (then `masked` names it). */
    to: z.nullable(z.string()),
    /** The person it is for; null for a test of a mailing. */
    subjectId: z.nullable(Id),
    /** The mailing it belongs to, for a mailing's message. */
    mailingId: z.nullable(Id),
    /** Null when it holds a person field the caller may not see (then `masked` names it). */
    subjectLine: z.nullable(z.string()),
    status: OutboxStatus,
    attempts: z.number(),
    /** Why the last attempt failed. */
    lastError: z.nullable(z.string()),
    createdAt: Timestamp,
    /** When it is tried next; null once it is settled (sent, failed or cancelled). */
    nextAttemptAt: z.nullable(Timestamp),
    sentAt: z.nullable(Timestamp),
    transport: z.nullable(MailTransportName),
    /** The fields withheld from this caller. */
    masked: z.array(z.enum(['to', 'subjectLine'])),
  })
  .register(z.globalRegistry, { id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export const OutboxQuery = z.strictObject({
  status: z.optional(OutboxStatus),
  kind: z.optional(OutboxKind),
  /** The messages to one person. */
  subjectId: z.optional(Id),
  /** The messages of one mailing. */
  mailingId: z.optional(Id),
  ...PageQuery,
});
export type OutboxQuery = z.infer<typeof OutboxQuery>;

export const outboxEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/v1/outbox',
    operationId: 'listOutboxMessages',
    tag: 'Outbox',
    auth: 'staff',
    right: 'view_persons',
    summary: 'The emails Basis sent or holds, newest first, filtered by status, kind, person or mailing; never their bodies.',
    query: OutboxQuery,
    status: 200,
    response: Page(OutboxMessage),
  }),
};
