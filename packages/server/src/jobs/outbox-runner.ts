import { randomBytes } from 'node:crypto';
import type { MailTransport } from '../mail/transport.js';
import type { Db, Store } from '../store/database.js';
import { type OutboxRow, leaseDueMessages, settleMessage } from '../store/outbox.js';
import { type PeriodicJob, every } from './periodic.js';

export interface OutboxRunnerOptions {
  /** How often to look for due messages. */
  intervalMs?: number;
  /** How long a leased message is this runner's; after that another may take it over. */
  leaseMs?: number;
  batchSize?: number;
  /** Tries before a message is given up as failed. */
  maxAttempts?: number;
  /** Batches per run at most, so that a run ends and a stop is not kept waiting. */
  maxBatchesPerRun?: number;
  /** Asked just before each message goes out; one no longer wanted is dropped as `cancelled`. */
  stillWanted?: (db: Db, message: OutboxRow) => Promise<boolean>;
}

/** `runOnce()` sends what is due now and resolves with how many messages were settled. */
export type OutboxRunner = PeriodicJob;

/** Waits 30 s after the first failure, doubling up to an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 60 * 60 * 1000);
}

/**
 * Sends queued messages. Each runner leases messages under its own name, so several server
 * instances on one PostgreSQL share the work and never send one message twice; a failure is
 * kept with the message and retried with backoff.
 */
export function startOutboxRunner(store: Store, transport: MailTransport, options: OutboxRunnerOptions = {}): OutboxRunner {
  const owner = `runner-${randomBytes(6).toString('hex')}`;
  const { intervalMs = 1000, leaseMs = 60_000, batchSize = 20, maxAttempts = 8, maxBatchesPerRun = 50, stillWanted } = options;

  /** Leases and sends one batch of due messages; resolves with how many it settled. */
  async function sendBatch(): Promise<number> {
    const now = new Date();
    const messages = await leaseDueMessages(store.db, store.dialect, {
      owner,
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
      limit: batchSize,
    });
    for (const message of messages) {
      if (stillWanted && !(await stillWanted(store.db, message))) {
        await settleMessage(store.db, message.id, owner, {
          status: 'cancelled',
          sent_at: null,
          transport: null,
          last_error: null,
          next_attempt_at: message.next_attempt_at,
        });
        continue;
      }
      try {
        await transport.send(message);
        await settleMessage(store.db, message.id, owner, {
          status: 'sent',
          sent_at: new Date().toISOString(),
          transport: transport.name,
          last_error: null,
          next_attempt_at: message.next_attempt_at,
        });
      } catch (error) {
        const giveUp = message.attempts >= maxAttempts;
        await settleMessage(store.db, message.id, owner, {
          status: giveUp ? 'failed' : 'queued',
          sent_at: null,
          transport: transport.name,
          last_error: error instanceof Error ? error.message.slice(0, 1000) : String(error),
          next_attempt_at: new Date(Date.now() + retryDelayMs(message.attempts)).toISOString(),
        });
      }
    }
    return messages.length;
  }

  /** Batch after batch while they come full, so that a mailing's thousands go out without waiting a tick between every twenty. */
  async function sendDue(): Promise<number> {
    let settled = 0;
    for (let batch = 0; batch < maxBatchesPerRun; batch++) {
      const sent = await sendBatch();
      settled += sent;
      if (sent < batchSize) break;
    }
    return settled;
  }

  return every(intervalMs, 'The outbox runner', sendDue);
}
