import type { Selectable } from 'kysely';
import type { Db, IdempotencyKeyTable } from './database.js';

export type StoredAnswer = Selectable<IdempotencyKeyTable>;

export async function findStoredAnswer(db: Db, scope: string, key: string): Promise<StoredAnswer | undefined> {
  return db.selectFrom('idempotency_keys').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
}

export async function storeAnswer(db: Db, answer: StoredAnswer): Promise<void> {
  await db.insertInto('idempotency_keys').values(answer).execute();
}

export async function forgetAnswersBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('created_at', '<', before).execute();
}
