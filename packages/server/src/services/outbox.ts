import { type MailingContent, type OutboxMessage, type OutboxQuery, type OutboxStatus, placeholdersIn } from '@basis/sdk/contract';
import type { Db } from '../store/database.js';
import { findMailingContents } from '../store/mailings.js';
import { type OutboxListRow, listOutbox } from '../store/outbox.js';
import { pageOf, readCursor } from './page-cursor.js';

/** Messages that are never tried again. */
const SETTLED: ReadonlySet<OutboxStatus> = new Set(['sent', 'failed', 'cancelled']);

/** The person field a placeholder reads: `name`, or `tier` for `fields.tier`. */
const fieldOf = (placeholder: string) => placeholder.replace(/^fields\./, '');

/**
 * The mailings among these rows whose subject, in some language, holds a person field the caller
 * may not see: their messages' subject lines carry it filled in.
 */
async function revealingMailings(db: Db, rows: readonly OutboxListRow[], hidden: ReadonlySet<string>): Promise<Set<string>> {
  if (hidden.size === 0) return new Set();
  const ids = [...new Set(rows.flatMap((row) => (row.mailing_id === null ? [] : [row.mailing_id])))];
  const revealing = (await findMailingContents(db, ids)).filter((mailing) =>
    Object.values(JSON.parse(mailing.content) as Record<string, MailingContent>).some((content) =>
      placeholdersIn(content.subject).some((placeholder) => hidden.has(fieldOf(placeholder))),
    ),
  );
  return new Set(revealing.map((mailing) => mailing.id));
}

function toOutboxMessage(row: OutboxListRow, hideAddress: boolean, hideSubjectLine: boolean): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    to: hideAddress ? null : row.recipient,
    subjectId: row.subject_id,
    mailingId: row.mailing_id,
    subjectLine: hideSubjectLine ? null : row.subject_line,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    nextAttemptAt: SETTLED.has(row.status) ? null : row.next_attempt_at,
    sentAt: row.sent_at,
    transport: row.transport,
    masked: [...(hideAddress ? (['to'] as const) : []), ...(hideSubjectLine ? (['subjectLine'] as const) : [])],
  };
}

/**
 * A page of the outbox, newest first, as this caller may see it: without `hidden` person fields,
 * neither the address (when `email` is hidden) nor a subject line a mailing filled in with one.
 */
export async function listOutboxMessages(
  db: Db,
  query: OutboxQuery,
  hidden: ReadonlySet<string>,
): Promise<{ items: OutboxMessage[]; nextCursor: string | null }> {
  const limit = query.limit ?? 50;
  const { status, kind, subjectId, mailingId } = query;
  const rows = await listOutbox(db, { status, kind, subjectId, mailingId, before: readCursor(query.cursor), limit: limit + 1 });
  const page = pageOf(rows, limit);
  const revealing = await revealingMailings(db, page.rows, hidden);
  return {
    items: page.rows.map((row) => toOutboxMessage(row, hidden.has('email'), row.mailing_id !== null && revealing.has(row.mailing_id))),
    nextCursor: page.nextCursor,
  };
}
