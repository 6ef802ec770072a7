import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLE_RIGHTS, type Role, type Session, type SignIn } from '@basis/sdk/contract';
import { sql } from 'kysely';
import { ProblemError } from '../http/problem.js';
import type { Db, Store } from '../store/database.js';
import { type SessionRow, deleteSession, findSessionWithUser, insertSession, touchSession } from '../store/sessions.js';
import { type UserRow, findSignInFailure, findUserRowByEmail, updateUserRow } from '../store/users.js';
import { dummyHash, verifyPassword } from './passwords.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A session unused this long ends… */
export const SESSION_IDLE_MS = 12 * HOUR;
/** …and every session ends this long after sign-in, however much it is used. */
export const SESSION_MAX_MS = 7 * 24 * HOUR;
/** A session's last use is written at most this often: reading is every request, writing need not be. */
const TOUCH_EVERY_MS = MINUTE;

/** After this many failed sign-ins, each within `LOCKOUT_MS` of the one before, the account is locked for `LOCKOUT_MS`. */
export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_MS = 15 * MINUTE;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Equal strings, compared in constant time whatever their lengths. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(Buffer.from(sha256(given), 'hex'), Buffer.from(sha256(expected), 'hex'));
}

export function sessionAnswer(user: UserRow, session: SessionRow): Session {
  const role = user.role as Role;
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role,
      rights: [...ROLE_RIGHTS[role]],
      passwordChangeRequired: user.password_change_required === 1,
    },
    csrfToken: session.csrf_token,
    expiresAt: session.expires_at,
  };
}

/** A new session for `user`; the token goes into the cookie and nowhere else. */
export async function startSession(db: Db, user: UserRow, now: Date): Promise<{ token: string; session: Session }> {
  const token = randomBytes(32).toString('base64url');
  const row: SessionRow = {
    token_hash: sha256(token),
    user_id: user.id,
    csrf_token: randomBytes(32).toString('base64url'),
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + Math.min(SESSION_IDLE_MS, SESSION_MAX_MS)).toISOString(),
  };
  await insertSession(db, row);
  return { token, session: sessionAnswer(user, row) };
}

/**
 * The live session a cookie's token opens, with its user: not expired, the user not disabled.
 * Using a session moves its idle expiry on, up to the absolute limit.
 */
export async function findLiveSession(
  store: Store,
  token: string,
  now: Date,
): Promise<{ session: SessionRow; user: UserRow; tokenHash: string } | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const tokenHash = sha256(token);
  const found = await findSessionWithUser(store.db, tokenHash);
  if (!found || new Date(found.session.expires_at) <= now || found.user.disabled_at !== null) return undefined;
  const { session } = found;
  if (now.getTime() - new Date(session.last_seen_at).getTime() >= TOUCH_EVERY_MS) {
    const expiresAt = new Date(
      Math.min(now.getTime() + SESSION_IDLE_MS, new Date(session.created_at).getTime() + SESSION_MAX_MS),
    ).toISOString();
    await touchSession(store.db, tokenHash, now.toISOString(), expiresAt);
    found.session = { ...session, last_seen_at: now.toISOString(), expires_at: expiresAt };
  }
  return { ...found, tokenHash };
}

export async function endSession(store: Store, tokenHash: string): Promise<void> {
  await deleteSession(store.db, tokenHash);
}

const WRONG = 'The email address or the password is not correct.';

function lockedOut(lockedUntil: Date, now: Date): ProblemError {
  const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
  return new ProblemError(
    429,
    `Too many failed sign-ins: this account is locked. Try again in ${Math.ceil(seconds / 60)} minutes.`,
    undefined,
    { 'Retry-After': String(seconds) },
  );
}

interface LockState {
  lockedUntil: string | null;
}

/**
 * Where an address's failed sign-ins are counted: on the user's row, or, for an address with no
 * account, in `sign_in_failures` under a keyed hash of it — counted the same way, so that the
 * answers and their timing never tell whether an account exists.
 */
interface FailureCounter {
  state(): Promise<LockState>;
  /** Counts one failure and returns the failures in a row so far. */
  fail(now: Date): Promise<number>;
  lock(until: Date): Promise<void>;
}

function userCounter(db: Db, user: UserRow): FailureCounter {
  return {
    state: () => Promise.resolve({ lockedUntil: user.locked_until }),
    async fail(now) {
      const since = new Date(now.getTime() - LOCKOUT_MS).toISOString();
      const row = await db
        .updateTable('users')
        .set({
          failed_sign_ins: sql<number>`case when last_failed_sign_in_at >= ${since} then failed_sign_ins + 1 else 1 end`,
          last_failed_sign_in_at: now.toISOString(),
        })
        .where('id', '=', user.id)
        .returning('failed_sign_ins')
        .executeTakeFirstOrThrow();
      return Number(row.failed_sign_ins);
    },
    lock: (until) => updateUserRow(db, user.id, { locked_until: until.toISOString(), failed_sign_ins: 0 }),
  };
}

function addressCounter(db: Db, emailHash: string): FailureCounter {
  return {
    state: async () => ({ lockedUntil: (await findSignInFailure(db, emailHash))?.locked_until ?? null }),
    async fail(now) {
      const since = new Date(now.getTime() - LOCKOUT_MS).toISOString();
      const row = await db
        .insertInto('sign_in_failures')
        .values({ email_hash: emailHash, failures: 1, last_failed_at: now.toISOString(), locked_until: null })
        .onConflict((oc) =>
          oc.column('email_hash').doUpdateSet({
            failures: sql<number>`case when sign_in_failures.last_failed_at >= ${since} then sign_in_failures.failures + 1 else 1 end`,
            last_failed_at: sql<string>`excluded.last_failed_at`,
          }),
        )
        .returning('failures')
        .executeTakeFirstOrThrow();
      return Number(row.failures);
    },
    async lock(until) {
      await db
        .updateTable('sign_in_failures')
        .set({ locked_until: until.toISOString(), failures: 0 })
        .where('email_hash', '=', emailHash)
        .execute();
    },
  };
}

/**
 * Checks a password for `email` the way a sign-in does: a locked account is refused before its
 * password is looked at; a wrong password counts towards the lock. Throws 401 or 429; answers
 * the user whose password it is.
 */
export async function checkPassword(store: Store, secret: string, input: SignIn, now: Date): Promise<UserRow> {
  const user = await findUserRowByEmail(store.db, input.email);
  const counter = user
    ? userCounter(store.db, user)
    : addressCounter(store.db, createHmac('sha256', secret).update(`sign-in\n${input.email}`).digest('hex'));
  const { lockedUntil } = await counter.state();
  if (lockedUntil !== null && new Date(lockedUntil) > now) throw lockedOut(new Date(lockedUntil), now);

  const correct = await verifyPassword(input.password, user?.password_hash ?? (await dummyHash()));
  if (!user || !correct) {
    if ((await counter.fail(now)) >= LOCKOUT_FAILURES) {
      const until = new Date(now.getTime() + LOCKOUT_MS);
      await counter.lock(until);
      throw lockedOut(until, now);
    }
    throw new ProblemError(401, WRONG);
  }
  if (user.failed_sign_ins !== 0 || user.locked_until !== null) {
    await updateUserRow(store.db, user.id, { failed_sign_ins: 0, last_failed_sign_in_at: null, locked_until: null });
  }
  return user;
}

/** Signs a user in with their email and password; see `checkPassword`. A disabled user is told so, once the password is right. */
export async function signIn(store: Store, secret: string, input: SignIn, now: Date): Promise<{ token: string; session: Session }> {
  const user = await checkPassword(store, secret, input, now);
  if (user.disabled_at !== null) throw new ProblemError(403, 'This account is disabled. Ask an administrator of Basis to enable it.');
  return startSession(store.db, user, now);
}
