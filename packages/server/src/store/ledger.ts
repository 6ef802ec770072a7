import type { Insertable, Selectable } from 'kysely';
import type { Db, LedgerDetailsTable, LedgerEventTable } from './database.js';

export type LedgerEventRow = Selectable<LedgerEventTable>;
export type LedgerEventWithDetails = LedgerEventRow & { salt: string | null; details: string | null };

export async function lastEventOf(db: Db, subjectId: string): Promise<Pick<LedgerEventRow, 'seq' | 'hash'> | undefined> {
  return db
    .selectFrom('ledger_events')
    .select(['seq', 'hash'])
    .where('subject_id', '=', subjectId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertEvent(db: Db, event: Insertable<LedgerEventTable>, details?: Insertable<LedgerDetailsTable>): Promise<void> {
  await db.insertInto('ledger_events').values(event).execute();
  if (details) await db.insertInto('ledger_details').values(details).execute();
}

function withDetails(db: Db) {
  return db
    .selectFrom('ledger_events as e')
    .leftJoin('ledger_details as d', 'd.event_id', 'e.id')
    .selectAll('e')
    .select(['d.salt', 'd.details']);
}

export async function findEvent(db: Db, id: string): Promise<LedgerEventWithDetails | undefined> {
  return withDetails(db).where('e.id', '=', id).executeTakeFirst();
}

/** One person's events in chain order, after `afterSeq`. */
export async function eventsOf(
  db: Db,
  subjectId: string,
  options: { afterSeq?: number; limit: number },
): Promise<LedgerEventWithDetails[]> {
  return withDetails(db)
    .where('e.subject_id', '=', subjectId)
    .where('e.seq', '>', options.afterSeq ?? 0)
    .orderBy('e.seq')
    .limit(options.limit)
    .execute();
}

/** All events in (subject, seq) order, one page after the given position. */
export async function eventsAfter(
  db: Db,
  after: { subjectId: string; seq: number } | undefined,
  limit: number,
): Promise<LedgerEventWithDetails[]> {
  let query = withDetails(db).orderBy('e.subject_id').orderBy('e.seq').limit(limit);
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('e.subject_id', '>', after.subjectId), eb.and([eb('e.subject_id', '=', after.subjectId), eb('e.seq', '>', after.seq)])]),
    );
  }
  return query.execute();
}
