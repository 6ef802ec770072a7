import type { Source, SourceCreate } from '@basis/sdk/contract';
import { conflict, invalidField } from '../http/problem.js';
import type { Db, Store } from '../store/database.js';
import { transaction } from '../store/transaction.js';
import { findSource, insertSource } from '../store/sources.js';

export async function createSource(store: Store, input: SourceCreate): Promise<Source> {
  return transaction(store, async (trx) => {
    if (await findSource(trx, input.key)) throw conflict(`A source with the key "${input.key}" already exists.`);
    const source: Source = {
      key: input.key,
      name: input.name,
      description: input.description ?? '',
      builtin: false,
      active: true,
      createdAt: new Date().toISOString(),
    };
    await insertSource(trx, source);
    return source;
  });
}

/** Refuses a source that does not exist or is no longer used, naming `field`. */
export async function requireSource(db: Db, key: string, field = 'source'): Promise<Source> {
  const source = await findSource(db, key);
  if (!source?.active) throw invalidField(field, `There is no active source "${key}".`);
  return source;
}
