import { ROLE_RIGHTS, type Role, type User } from '@basis/sdk/contract';
import type { Insertable, Selectable } from 'kysely';
import type { Db, Dialect, SignInFailureTable, UserTable } from './database.js';

export type UserRow = Selectable<UserTable>;

export function toUser(row: UserRow, now = new Date()): User {
  const role = row.role as Role;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role,
    rights: [...ROLE_RIGHTS[role]],
    disabled: row.disabled_at !== null,
    lockedUntil: row.locked_until !== null && new Date(row.locked_until) > now ? row.locked_until : null,
    passwordChangeRequired: row.password_change_required === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function insertUser(db: Db, row: Insertable<UserTable>): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function findUserRow(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Reads a user's row and, on PostgreSQL, locks it until the transaction ends. */
export async function lockUserRow(db: Db, dialect: Dialect, id: string): Promise<UserRow | undefined> {
  const query = db.selectFrom('users').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

export async function findUserRowByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function listUserRows(db: Db): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('id').execute();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The ids of the active admins, locked on PostgreSQL until the transaction ends: two admins
 * demoting each other at the same moment cannot both see the other still there.
 */
export async function lockActiveAdminIds(db: Db, dialect: Dialect): Promise<string[]> {
  const query = db.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled_at', 'is', null).orderBy('id');
  return (await (dialect === 'postgres' ? query.forUpdate() : query).execute()).map((r) => r.id);
}

export async function updateUserRow(db: Db, id: string, changes: Partial<Omit<UserTable, 'id' | 'created_at'>>): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

export async function findSignInFailure(db: Db, emailHash: string): Promise<Selectable<SignInFailureTable> | undefined> {
  return db.selectFrom('sign_in_failures').selectAll().where('email_hash', '=', emailHash).executeTakeFirst();
}

export async function writeSignInFailure(db: Db, row: Selectable<SignInFailureTable>): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values(row)
    .onConflict((oc) =>
      oc.column('email_hash').doUpdateSet({ failures: row.failures, last_failed_at: row.last_failed_at, locked_until: row.locked_until }),
    )
    .execute();
}

/** Forgets failures of addresses without an account once they no longer count nor lock. */
export async function forgetSignInFailuresBefore(db: Db, before: string): Promise<void> {
  await db
    .deleteFrom('sign_in_failures')
    .where('last_failed_at', '<', before)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', before)]))
    .execute();
}
