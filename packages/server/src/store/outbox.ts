import type { OutboxKind, OutboxStatus } from '@basis/sdk/contract';
import type { Selectable } from 'kysely';
import type { Db, Dialect, OutboxTable } from './database.js';

export type OutboxRow = Selectable<OutboxTable>;

export async function insertOutboxRow(db: Db, row: OutboxRow): Promise<void> {
  await db.insertInto('outbox').values(row).execute();
}

/**
 * Leases up to `limit` messages that are due — queued and due, or held by a runner whose lease
 * ran out — to `owner` until `leaseUntil`. On PostgreSQL, runners on other instances skip the
 * rows this one locks (`FOR UPDATE SKIP LOCKED`), so no message is taken twice.
 */
export async function leaseDueMessages(
  db: Db,
  dialect: Dialect,
  options: { owner: string; now: string; leaseUntil: string; limit: number },
): Promise<OutboxRow[]> {
  let due = db
    .selectFrom('outbox')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', options.now)]),
        eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', options.now)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(options.limit);
  if (dialect === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('outbox')
    .set((eb) => ({ status: 'sending', lease_owner: options.owner, lease_until: options.leaseUntil, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

/** Records the outcome, if `owner` still holds the message. */
export async function settleMessage(
  db: Db,
  id: string,
  owner: string,
  outcome: Pick<OutboxRow, 'status' | 'next_attempt_at' | 'last_error' | 'transport' | 'sent_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ ...outcome, lease_owner: null, lease_until: null })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A message as lists show it: never its bodies or headers, which carry each person's signed links. */
export type OutboxListRow = Omit<OutboxRow, 'sender' | 'text_body' | 'html_body' | 'headers' | 'lease_owner' | 'lease_until'> & {
  mailing_id: string | null;
};

export interface OutboxFilter {
  status?: OutboxStatus | undefined;
  kind?: OutboxKind | undefined;
  subjectId?: string | undefined;
  mailingId?: string | undefined;
  /** The messages older than this one: ids are time-ordered. */
  before?: string | undefined;
  limit: number;
}

/** Newest first, matching every filter given. */
export async function listOutbox(db: Db, filter: OutboxFilter): Promise<OutboxListRow[]> {
  let query = db
    .selectFrom('outbox as o')
    .leftJoin('mailing_recipients as r', 'r.outbox_id', 'o.id')
    .select([
      'o.id',
      'o.kind',
      'o.subject_id',
      'o.recipient',
      'o.subject_line',
      'o.status',
      'o.attempts',
      'o.next_attempt_at',
      'o.last_error',
      'o.transport',
      'o.created_at',
      'o.sent_at',
      'r.mailing_id',
    ])
    .orderBy('o.id', 'desc')
    .limit(filter.limit);
  if (filter.before !== undefined) query = query.where('o.id', '<', filter.before);
  if (filter.status !== undefined) query = query.where('o.status', '=', filter.status);
  if (filter.kind !== undefined) query = query.where('o.kind', '=', filter.kind);
  if (filter.subjectId !== undefined) query = query.where('o.subject_id', '=', filter.subjectId);
  if (filter.mailingId !== undefined) query = query.where('r.mailing_id', '=', filter.mailingId);
  return query.execute();
}
