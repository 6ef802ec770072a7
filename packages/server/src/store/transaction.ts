import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely, Transaction } from 'kysely';
import type { Database, Store } from './database.js';

const current = new AsyncLocalStorage<Transaction<Database>>();

/**
 * Runs `work` in a transaction: the one already open around this call, or a new one that every
 * `transaction()` call made within `work` joins. So services compose — a visitor's change of
 * several subscriptions and consents, or a write with an Idempotency-Key and its stored answer,
 * commits as a whole or not at all.
 */
export async function transaction<T>(store: Store, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  const open = current.getStore();
  if (open) return work(open);
  return store.db.transaction().execute((trx) => current.run(trx, () => work(trx)));
}

/**
 * The database as code sees it: inside a transaction, that transaction. So a read made with
 * `store.db` in the middle of a change sees the change, and never waits for a connection the
 * change holds (SQLite has one).
 */
export function ambient(db: Kysely<Database>): Kysely<Database> {
  return new Proxy(db, {
    get(target, property) {
      const open = current.getStore() ?? target;
      const value: unknown = Reflect.get(open, property, open);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(open) : value;
    },
  });
}
