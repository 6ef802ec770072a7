import { DEFAULT_ROLE, type PasswordSet, type Role, type User, type UserCreate, type UserPatch, hasRight } from '@basis/sdk/contract';
import type { Caller } from '../http/env.js';
import { ProblemError, invalidField, notFound } from '../http/problem.js';
import { newId } from '../lib/ids.js';
import type { Db, Store } from '../store/database.js';
import { deleteSessionsOfUser } from '../store/sessions.js';
import { transaction } from '../store/transaction.js';
import {
  type UserRow,
  findUserRow,
  findUserRowByEmail,
  insertUser,
  listUserRows,
  lockActiveAdminIds,
  lockUserRow,
  toUser,
  updateUserRow,
} from '../store/users.js';
import { hashPassword } from './passwords.js';
import { checkPassword } from './sessions.js';

export interface NewUser {
  email: string;
  name: string;
  role?: Role | undefined;
  password: string;
  /** A password someone else chose works once: the user must set their own before anything else. */
  passwordChangeRequired: boolean;
}

/** Adds a user in the caller's transaction; the role is `viewer` unless given (privacy by default). */
export async function addUser(db: Db, input: NewUser, now = new Date()): Promise<UserRow> {
  if (await findUserRowByEmail(db, input.email)) {
    throw new ProblemError(409, `There is already a user with the email "${input.email}".`, [
      { field: 'email', in: 'body', message: 'Already the email of a user.' },
    ]);
  }
  const row: UserRow = {
    id: newId(now.getTime()),
    email: input.email,
    name: input.name,
    role: input.role ?? DEFAULT_ROLE,
    password_hash: await hashPassword(input.password),
    password_change_required: input.passwordChangeRequired ? 1 : 0,
    failed_sign_ins: 0,
    last_failed_sign_in_at: null,
    locked_until: null,
    disabled_at: null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  await insertUser(db, row);
  return row;
}

/** A user added through the API: the password the adding user chose is one to change at first sign-in. */
export async function createUser(store: Store, input: UserCreate, now: Date): Promise<User> {
  return toUser(await transaction(store, (trx) => addUser(trx, { ...input, passwordChangeRequired: true }, now)), now);
}

export async function listUsers(store: Store, now: Date): Promise<User[]> {
  return (await listUserRows(store.db)).map((row) => toUser(row, now));
}

export async function getUser(store: Store, id: string, now: Date): Promise<User> {
  const row = await findUserRow(store.db, id);
  if (!row) throw notFound(`There is no user with the id "${id}".`);
  return toUser(row, now);
}

const isActiveAdmin = (row: Pick<UserRow, 'role' | 'disabled_at'>) => row.role === 'admin' && row.disabled_at === null;

/**
 * Changes a user's name, role or whether they are disabled. Nobody disables themselves or takes
 * away their own right to manage users, and the last active admin stays one: each is a 409.
 * Disabling ends every session of the user.
 */
export async function changeUser(store: Store, caller: Caller, id: string, patch: UserPatch, now: Date): Promise<User> {
  return transaction(store, async (trx) => {
    const row = await lockUserRow(trx, store.dialect, id);
    if (!row) throw notFound(`There is no user with the id "${id}".`);
    const self = caller.type === 'user' && caller.id === id;
    if (self && patch.disabled === true) {
      throw new ProblemError(409, 'You cannot disable yourself; another user with the right "manage_users" can.', [
        { field: 'disabled', in: 'body', message: 'Not for yourself.' },
      ]);
    }
    if (self && patch.role !== undefined && !hasRight(patch.role, 'manage_users')) {
      throw new ProblemError(409, `You cannot take away your own right "manage_users": the role "${patch.role}" does not have it.`, [
        { field: 'role', in: 'body', message: 'Not for yourself.' },
      ]);
    }
    const at = now.toISOString();
    const next: UserRow = {
      ...row,
      name: patch.name ?? row.name,
      role: patch.role ?? row.role,
      disabled_at: patch.disabled === undefined ? row.disabled_at : patch.disabled ? (row.disabled_at ?? at) : null,
      updated_at: at,
    };
    if (isActiveAdmin(row) && !isActiveAdmin(next)) {
      const others = (await lockActiveAdminIds(trx, store.dialect)).filter((adminId) => adminId !== id);
      if (others.length === 0) {
        throw new ProblemError(409, 'This is the last active admin: make another user an admin first.', [
          { field: patch.disabled === true ? 'disabled' : 'role', in: 'body', message: 'The last active admin stays one.' },
        ]);
      }
    }
    await updateUserRow(trx, id, { name: next.name, role: next.role, disabled_at: next.disabled_at, updated_at: next.updated_at });
    if (next.disabled_at !== null && row.disabled_at === null) await deleteSessionsOfUser(trx, id);
    return toUser(next, now);
  });
}

/**
 * Sets a user's password. Users setting their own give their current one (a wrong one counts
 * towards the lock, as a sign-in would) and keep the session they do it from; a password set by
 * someone else is one to change at the next sign-in. Every other session of the user ends.
 */
export async function setPassword(store: Store, secret: string, caller: Caller, id: string, input: PasswordSet, now: Date): Promise<User> {
  const self = caller.type === 'user' && caller.id === id;
  const target = await findUserRow(store.db, id);
  if (!target) throw notFound(`There is no user with the id "${id}".`);
  if (self) {
    if (input.currentPassword === undefined) {
      throw invalidField('currentPassword', 'To change your own password, give your current one as "currentPassword".');
    }
    try {
      await checkPassword(store, secret, { email: target.email, password: input.currentPassword }, now);
    } catch (error) {
      if (error instanceof ProblemError && error.status === 401) {
        throw invalidField('currentPassword', 'This is not your current password.');
      }
      throw error;
    }
  }
  const passwordHash = await hashPassword(input.password);
  return transaction(store, async (trx) => {
    const row = await lockUserRow(trx, store.dialect, id);
    if (!row) throw notFound(`There is no user with the id "${id}".`);
    const changes = {
      password_hash: passwordHash,
      password_change_required: self ? 0 : 1,
      failed_sign_ins: 0,
      last_failed_sign_in_at: null,
      locked_until: null,
      updated_at: now.toISOString(),
    };
    await updateUserRow(trx, id, changes);
    await deleteSessionsOfUser(trx, id, self ? caller.sessionHash : undefined);
    return toUser({ ...row, ...changes }, now);
  });
}
