import type { RecipientStatus } from '@basis/sdk/contract';
import { type Selectable, sql } from 'kysely';
import type { Db, Dialect, MailingRecipientTable, MailingTable } from './database.js';

export type MailingRow = Selectable<MailingTable>;
export type MailingRecipientRow = Selectable<MailingRecipientTable>;

export async function insertMailing(db: Db, row: MailingRow): Promise<void> {
  await db.insertInto('mailings').values(row).execute();
}

export async function updateMailing(db: Db, id: string, changes: Partial<Omit<MailingRow, 'id' | 'created_at'>>): Promise<void> {
  await db.updateTable('mailings').set(changes).where('id', '=', id).execute();
}

export async function findMailingRow(db: Db, id: string): Promise<MailingRow | undefined> {
  return db.selectFrom('mailings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The content of each of these mailings, as stored (JSON by language). */
export async function findMailingContents(db: Db, ids: readonly string[]): Promise<Pick<MailingRow, 'id' | 'content'>[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('mailings').select(['id', 'content']).where('id', 'in', ids).execute();
}

/** Reads a mailing and, on PostgreSQL, locks it until the transaction ends. */
export async function lockMailingRow(db: Db, dialect: Dialect, id: string): Promise<MailingRow | undefined> {
  const query = db.selectFrom('mailings').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

/** Newest first (ids are time-ordered), after `cursor`. */
export async function listMailingRows(db: Db, page: { cursor?: string | undefined; limit: number }): Promise<MailingRow[]> {
  let query = db.selectFrom('mailings').selectAll().orderBy('id', 'desc').limit(page.limit);
  if (page.cursor !== undefined) query = query.where('id', '<', page.cursor);
  return query.execute();
}

/**
 * Leases the next mailing with work to do — due to start, or sending with no live lease — to
 * `owner` until `leaseUntil`. On PostgreSQL, instances skip the rows others lock, so one mailing
 * is worked on by one instance at a time.
 */
export async function leaseDueMailing(
  db: Db,
  dialect: Dialect,
  options: { owner: string; now: string; leaseUntil: string },
): Promise<MailingRow | undefined> {
  let due = db
    .selectFrom('mailings')
    .select('id')
    .where((eb) =>
      eb.and([
        eb.or([eb.and([eb('status', '=', 'scheduled'), eb('scheduled_at', '<=', options.now)]), eb('status', '=', 'sending')]),
        eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', options.now)]),
      ]),
    )
    .orderBy('scheduled_at')
    .limit(1);
  if (dialect === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('mailings')
    .set({ lease_owner: options.owner, lease_until: options.leaseUntil })
    .where('id', 'in', due)
    .returningAll()
    .executeTakeFirst();
}

/** Gives a mailing's lease back, if `owner` still holds it. */
export async function releaseMailing(db: Db, id: string, owner: string): Promise<void> {
  await db
    .updateTable('mailings')
    .set({ lease_owner: null, lease_until: null })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .execute();
}

export async function insertRecipient(db: Db, row: MailingRecipientRow): Promise<void> {
  await db.insertInto('mailing_recipients').values(row).execute();
}

/** The mailing and recipient a queued message belongs to, if it is a mailing's. */
export async function findRecipientByOutbox(
  db: Db,
  outboxId: string,
): Promise<(MailingRecipientRow & { mailing: MailingRow }) | undefined> {
  const recipient = await db.selectFrom('mailing_recipients').selectAll().where('outbox_id', '=', outboxId).executeTakeFirst();
  if (!recipient) return undefined;
  const mailing = await findMailingRow(db, recipient.mailing_id);
  return mailing && { ...recipient, mailing };
}

/** A recipient's status, told from their message's. */
const recipientStatus = sql<RecipientStatus>`case o.status when 'sent' then 'sent' when 'failed' then 'failed' when 'cancelled' then 'skipped' else 'queued' end`;

/** Each mailing's recipients by status, in one query; every mailing asked for has its entry. */
export async function countRecipients(db: Db, mailingIds: readonly string[]): Promise<Map<string, Record<RecipientStatus, number>>> {
  const counted = new Map(
    mailingIds.map((id): [string, Record<RecipientStatus, number>] => [id, { queued: 0, sent: 0, failed: 0, skipped: 0 }]),
  );
  if (mailingIds.length === 0) return counted;
  const rows = await db
    .selectFrom('mailing_recipients as r')
    .innerJoin('outbox as o', 'o.id', 'r.outbox_id')
    .select(['r.mailing_id', recipientStatus.as('status'), (eb) => eb.fn.countAll<number | string | bigint>().as('count')])
    .where('r.mailing_id', 'in', mailingIds)
    .groupBy(['r.mailing_id', recipientStatus])
    .execute();
  for (const row of rows) counted.get(row.mailing_id)![row.status] = Number(row.count);
  return counted;
}

export interface RecipientView {
  subject_id: string;
  email: string;
  status: RecipientStatus;
  last_error: string | null;
  overridden: string | null;
  queued_at: string;
  sent_at: string | null;
}

/** A page of a mailing's recipients in person id order, after `cursor`. */
export async function listRecipients(
  db: Db,
  mailingId: string,
  options: { status?: RecipientStatus | undefined; cursor?: string | undefined; limit: number },
): Promise<RecipientView[]> {
  let query = db
    .selectFrom('mailing_recipients as r')
    .innerJoin('outbox as o', 'o.id', 'r.outbox_id')
    .select([
      'r.subject_id',
      'o.recipient as email',
      recipientStatus.as('status'),
      'o.last_error',
      'r.overridden',
      'r.queued_at',
      'o.sent_at',
    ])
    .where('r.mailing_id', '=', mailingId)
    .orderBy('r.subject_id')
    .limit(options.limit);
  if (options.cursor !== undefined) query = query.where('r.subject_id', '>', options.cursor);
  if (options.status !== undefined) query = query.where(recipientStatus, '=', options.status);
  return query.execute();
}

/** Drops the messages of a mailing that have not gone out; returns how many. */
export async function cancelQueuedMessages(db: Db, mailingId: string): Promise<number> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'cancelled', lease_owner: null, lease_until: null })
    .where('status', '=', 'queued')
    .where('id', 'in', db.selectFrom('mailing_recipients').select('outbox_id').where('mailing_id', '=', mailingId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
