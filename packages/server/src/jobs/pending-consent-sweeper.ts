import { expirePendingConsents } from '../services/pending-consents.js';
import type { Store } from '../store/database.js';
import { type PeriodicJob, every } from './periodic.js';

/** Expires unconfirmed double opt-ins every `intervalMs` (default ten minutes): the window is days long. */
export function startPendingConsentSweeper(store: Store, options: { intervalMs?: number } = {}): PeriodicJob {
  return every(options.intervalMs ?? 10 * 60 * 1000, 'The pending consent sweep', () => expirePendingConsents(store));
}
