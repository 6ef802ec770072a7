import type { Store } from '../store/database.js';
import { deleteSessionsExpiredBefore } from '../store/sessions.js';
import { forgetSignInFailuresBefore } from '../store/users.js';
import { type PeriodicJob, every } from './periodic.js';

/** A day: far past the 15 minutes a failed sign-in counts and locks for. */
const SIGN_IN_FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes ended sessions, and failed sign-ins for addresses without an account once they no longer
 * count, every `intervalMs` (default an hour). An ended session opens nothing either way; this
 * keeps the tables from growing.
 */
export function startSessionSweeper(store: Store, options: { intervalMs?: number } = {}): PeriodicJob {
  return every(options.intervalMs ?? 60 * 60 * 1000, 'The session sweep', async () => {
    const now = Date.now();
    const ended = await deleteSessionsExpiredBefore(store.db, new Date(now).toISOString());
    await forgetSignInFailuresBefore(store.db, new Date(now - SIGN_IN_FAILURE_MEMORY_MS).toISOString());
    return ended;
  });
}
