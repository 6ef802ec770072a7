import type { LegalBasis } from '@basis/sdk/contract';
import type { Selectable } from 'kysely';
import type { Db, LegalBasisTable } from './database.js';

export function toLegalBasis(row: Selectable<LegalBasisTable>): LegalBasis {
  return {
    key: row.key,
    name: row.name,
    article: row.article as LegalBasis['article'],
    description: row.description,
    builtin: row.builtin === 1,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listLegalBases(db: Db): Promise<LegalBasis[]> {
  const rows = await db.selectFrom('legal_bases').selectAll().orderBy('builtin', 'desc').orderBy('article').orderBy('key').execute();
  return rows.map(toLegalBasis);
}

export async function findLegalBasis(db: Db, key: string): Promise<LegalBasis | undefined> {
  const row = await db.selectFrom('legal_bases').selectAll().where('key', '=', key).executeTakeFirst();
  return row && toLegalBasis(row);
}

export async function findLegalBases(db: Db, keys: readonly string[]): Promise<LegalBasis[]> {
  if (keys.length === 0) return [];
  const rows = await db.selectFrom('legal_bases').selectAll().where('key', 'in', keys).execute();
  return rows.map(toLegalBasis);
}

export async function insertLegalBasis(db: Db, basis: LegalBasis): Promise<void> {
  await db
    .insertInto('legal_bases')
    .values({
      key: basis.key,
      name: basis.name,
      article: basis.article,
      description: basis.description,
      builtin: basis.builtin ? 1 : 0,
      active: basis.active ? 1 : 0,
      created_at: basis.createdAt,
      updated_at: basis.updatedAt,
    })
    .execute();
}

export async function updateLegalBasis(db: Db, basis: LegalBasis): Promise<void> {
  await db
    .updateTable('legal_bases')
    .set({ name: basis.name, description: basis.description, active: basis.active ? 1 : 0, updated_at: basis.updatedAt })
    .where('key', '=', basis.key)
    .execute();
}
