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

export async function listOutbox(db: Db, options: { subjectId?: string; limit: number }): Promise<OutboxRow[]> {
  let query = db.selectFrom('outbox').selectAll().orderBy('created_at', 'desc').limit(options.limit);
  if (options.subjectId) query = query.where('subject_id', '=', options.subjectId);
  return query.execute();
}
