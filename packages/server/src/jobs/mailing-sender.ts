import { randomBytes } from 'node:crypto';
import { queueNextBatch } from '../services/mailing-sending.js';
import type { LinkSettings } from '../services/manage-links.js';
import type { Store } from '../store/database.js';
import { leaseDueMailing, releaseMailing } from '../store/mailings.js';
import { type PeriodicJob, every } from './periodic.js';

export interface MailingSenderOptions {
  intervalMs?: number;
  /** How long a mailing is this sender's; after that another instance may take it over. */
  leaseMs?: number;
  /** Persons queued per transaction. */
  batchSize?: number;
  /** Batches per run, so that one long mailing does not hold the lease for ever. */
  batchesPerRun?: number;
}

/**
 * Queues the messages of mailings that are due, batch by batch, through the outbox. Each instance
 * leases one mailing at a time under its own name; a sender that stops mid-mailing leaves a cursor
 * another instance (or itself, restarted) resumes from once the lease runs out.
 */
export function startMailingSender(store: Store, links: LinkSettings, options: MailingSenderOptions = {}): PeriodicJob {
  const owner = `sender-${randomBytes(6).toString('hex')}`;
  const { intervalMs = 1000, leaseMs = 60_000, batchSize = 200, batchesPerRun = 20 } = options;

  async function sendDue(): Promise<number> {
    const now = new Date();
    const mailing = await leaseDueMailing(store.db, store.dialect, {
      owner,
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
    });
    if (!mailing) return 0;
    let queued = 0;
    try {
      for (let run = 0; run < batchesPerRun; run++) {
        const step = await queueNextBatch(store, links, mailing.id, { owner, ms: leaseMs }, batchSize);
        queued += step.queued;
        if (!step.more) break;
      }
    } finally {
      await releaseMailing(store.db, mailing.id, owner);
    }
    return queued;
  }

  return every(intervalMs, 'The mailing sender', sendDue);
}
