import type { Source } from '@basis/sdk/contract';
import type { Selectable } from 'kysely';
import type { Db, SourceTable } from './database.js';

function toSource(row: Selectable<SourceTable>): Source {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    builtin: row.builtin === 1,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

export async function listSources(db: Db): Promise<Source[]> {
  const rows = await db.selectFrom('sources').selectAll().orderBy('builtin', 'desc').orderBy('key').execute();
  return rows.map(toSource);
}

export async function findSource(db: Db, key: string): Promise<Source | undefined> {
  const row = await db.selectFrom('sources').selectAll().where('key', '=', key).executeTakeFirst();
  return row && toSource(row);
}

export async function insertSource(db: Db, source: Source): Promise<void> {
  await db
    .insertInto('sources')
    .values({
      key: source.key,
      name: source.name,
      description: source.description,
      builtin: source.builtin ? 1 : 0,
      active: source.active ? 1 : 0,
      created_at: source.createdAt,
    })
    .execute();
}
