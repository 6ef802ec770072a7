import type { Selectable } from 'kysely';
import type { ConsentRequestTable, Db } from './database.js';

export type ConsentRequestRow = Selectable<ConsentRequestTable>;

export async function insertConsentRequest(db: Db, row: ConsentRequestRow): Promise<void> {
  await db.insertInto('consent_requests').values(row).execute();
}

export async function findConsentRequest(db: Db, id: string): Promise<ConsentRequestRow | undefined> {
  return db.selectFrom('consent_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markConsentRequestConfirmed(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('consent_requests').set({ confirmed_at: at }).where('id', '=', id).execute();
}
