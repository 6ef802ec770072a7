import type { Store } from '../store/database.js';
import { forgetWindowsBefore } from '../store/rate-limits.js';
import { type PeriodicJob, every } from './periodic.js';

/** Longer than the longest rate-limit window (an hour), so a window is never forgotten while it counts. */
export const RATE_LIMIT_MEMORY_MS = 24 * 60 * 60 * 1000;

/**
 * Forgets rate-limit counters of windows long past, every `intervalMs` (default an hour): each
 * client address and email address asked about leaves a row, which would otherwise stay forever.
 */
export function startRateLimitSweeper(store: Store, options: { intervalMs?: number } = {}): PeriodicJob {
  return every(options.intervalMs ?? 60 * 60 * 1000, 'The rate-limit sweep', async () => {
    await forgetWindowsBefore(store.db, new Date(Date.now() - RATE_LIMIT_MEMORY_MS).toISOString());
    return 0;
  });
}
