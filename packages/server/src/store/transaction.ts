import { AsyncLocalStorage } from 'node:async_hooks';
import type { Transaction } from 'kysely';
import type { Database, Store } from './database.js';

const current = new AsyncLocalStorage<Transaction<Database>>();

/**
 * Runs `work` in a transaction: the one already open around this call (a request that must
 * commit as a whole, such as a write with an Idempotency-Key), or a new one.
 */
export async function transaction<T>(store: Store, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  const open = current.getStore();
  if (open) return work(open);
  return store.db.transaction().execute(work);
}

/** Opens a transaction that every `transaction()` call made within `work` joins. */
export async function withinTransaction<T>(store: Store, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return store.db.transaction().execute((trx) => current.run(trx, () => work(trx)));
}
