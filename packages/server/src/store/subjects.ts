import type { CustomFields, StoredSubject } from '@basis/sdk/contract';
import { type Selectable, sql } from 'kysely';
import type { Db, Dialect, SubjectTable } from './database.js';

export type SubjectRow = Selectable<SubjectTable>;

export function toSubject(row: SubjectRow): StoredSubject {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    company: row.company,
    locale: row.locale,
    customFields: JSON.parse(row.custom_fields) as CustomFields,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function insertSubject(db: Db, subject: StoredSubject): Promise<void> {
  await db
    .insertInto('subjects')
    .values({
      id: subject.id,
      email: subject.email,
      name: subject.name,
      phone: subject.phone,
      company: subject.company,
      locale: subject.locale,
      custom_fields: JSON.stringify(subject.customFields),
      opted_out_of_all: 0,
      created_at: subject.createdAt,
      updated_at: subject.updatedAt,
    })
    .execute();
}

export async function updateSubject(db: Db, subject: StoredSubject): Promise<void> {
  await db
    .updateTable('subjects')
    .set({
      email: subject.email,
      name: subject.name,
      phone: subject.phone,
      company: subject.company,
      locale: subject.locale,
      custom_fields: JSON.stringify(subject.customFields),
      updated_at: subject.updatedAt,
    })
    .where('id', '=', subject.id)
    .execute();
}

export async function findSubjectRow(db: Db, id: string): Promise<SubjectRow | undefined> {
  return db.selectFrom('subjects').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Reads a person's row and, on PostgreSQL, locks it until the transaction ends, so that the
 * changes to one person's records and ledger chain happen one after another. (SQLite runs one
 * write transaction at a time anyway.) Different persons never wait for each other.
 */
export async function lockSubjectRow(db: Db, dialect: Dialect, id: string): Promise<SubjectRow | undefined> {
  const query = db.selectFrom('subjects').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

export async function emailTaken(db: Db, email: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('subjects').select('id').where('email', '=', email);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function setOptedOutOfAll(db: Db, id: string, optedOut: boolean, now: string): Promise<void> {
  await db
    .updateTable('subjects')
    .set({ opted_out_of_all: optedOut ? 1 : 0, updated_at: now })
    .where('id', '=', id)
    .execute();
}

function likePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Newest first; `before` is the id of the last person of the previous page. */
export async function searchSubjects(
  db: Db,
  options: { q?: string; searchIn?: { email: boolean; name: boolean }; before?: string; limit: number },
): Promise<SubjectRow[]> {
  let query = db.selectFrom('subjects').selectAll().orderBy('id', 'desc').limit(options.limit);
  if (options.before) query = query.where('id', '<', options.before);
  const q = options.q?.toLowerCase();
  const searchIn = options.searchIn ?? { email: true, name: true };
  if (q) {
    const prefix = `${likePattern(q)}%`;
    const anywhere = `%${likePattern(q)}%`;
    query = query.where((eb) =>
      eb.or([
        ...(searchIn.email ? [eb('email', 'like', sql<string>`${prefix} escape '\\'`)] : []),
        ...(searchIn.name ? [eb(eb.fn('lower', ['name']), 'like', sql<string>`${anywhere} escape '\\'`)] : []),
      ]),
    );
  }
  return query.execute();
}

export async function bumpTokenVersion(db: Db, id: string): Promise<void> {
  await db
    .updateTable('subjects')
    .set((eb) => ({ token_version: eb('token_version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function findSubjectRowByEmail(db: Db, email: string): Promise<SubjectRow | undefined> {
  return db.selectFrom('subjects').selectAll().where('email', '=', email).executeTakeFirst();
}
