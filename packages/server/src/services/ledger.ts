import { createHash, randomBytes } from 'node:crypto';
import type { LedgerEvent, LedgerEventType, LedgerVerification } from '@basis/sdk/contract';
import { canonicalJson } from '../lib/canonical-json.js';
import { newId } from '../lib/ids.js';
import type { Db } from '../store/database.js';
import { type LedgerEventRow, type LedgerEventWithDetails, eventsAfter, insertEvent, lastEventOf } from '../store/ledger.js';

export interface NewLedgerEvent {
  subjectId: string;
  type: LedgerEventType;
  /** What happened, without personal details: keys, statuses, who and how. */
  data: Record<string, unknown>;
  /** Personal details (evidence: IP, user agent…), committed to by hash and stored apart. */
  details?: Record<string, unknown> | null;
  occurredAt: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The hash of an event covers everything stored in its row but the hash itself. */
export function hashEvent(row: Omit<LedgerEventRow, 'hash'>): string {
  return sha256(
    canonicalJson({
      id: row.id,
      subjectId: row.subject_id,
      seq: row.seq,
      type: row.type,
      occurredAt: row.occurred_at,
      data: JSON.parse(row.data) as unknown,
      detailsHash: row.details_hash,
      prevHash: row.prev_hash,
    }),
  );
}

/** Salted, so that erased details cannot be recovered by guessing them against the hash. */
export function hashDetails(salt: string, details: string): string {
  return sha256(`${salt}\n${details}`);
}

/**
 * Appends an event to its person's chain. Call inside the transaction that makes the change,
 * holding the person's lock (`lockSubjectRow`), so the change and its event commit together.
 */
export async function appendEvent(db: Db, event: NewLedgerEvent): Promise<{ id: string; hash: string }> {
  const last = await lastEventOf(db, event.subjectId);
  const details = event.details && Object.keys(event.details).length > 0 ? canonicalJson(event.details) : null;
  const salt = details ? randomBytes(16).toString('hex') : null;
  const row = {
    id: newId(),
    subject_id: event.subjectId,
    seq: (last?.seq ?? 0) + 1,
    type: event.type,
    occurred_at: event.occurredAt,
    data: canonicalJson(event.data),
    details_hash: details && salt ? hashDetails(salt, details) : null,
    prev_hash: last?.hash ?? null,
  };
  const hash = hashEvent(row);
  await insertEvent(db, { ...row, hash }, details && salt ? { event_id: row.id, salt, details } : undefined);
  return { id: row.id, hash };
}

export function toLedgerEvent(row: LedgerEventWithDetails): LedgerEvent {
  return {
    id: row.id,
    subjectId: row.subject_id,
    seq: row.seq,
    type: row.type as LedgerEventType,
    occurredAt: row.occurred_at,
    data: JSON.parse(row.data) as Record<string, unknown>,
    details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>),
    detailsHash: row.details_hash,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Why an event breaks its chain, or undefined when it holds. */
function fault(row: LedgerEventWithDetails, previous: { seq: number; hash: string } | undefined): string | undefined {
  if (row.seq !== (previous?.seq ?? 0) + 1) return `expected sequence number ${(previous?.seq ?? 0) + 1}: an event before it is missing`;
  if (row.prev_hash !== (previous?.hash ?? null)) return 'its previous hash does not match the event before it';
  let recomputed: string;
  try {
    recomputed = hashEvent(row);
  } catch {
    return 'its content is not readable';
  }
  if (recomputed !== row.hash) return 'its content does not match its hash';
  if (row.details !== null && (row.salt === null || hashDetails(row.salt, row.details) !== row.details_hash)) {
    return 'its personal details do not match their hash';
  }
  return undefined;
}

const PAGE = 1000;

/** Walks every chain (or one person's) in order and reports the first event that does not hold. */
export async function verifyLedger(db: Db, subjectId?: string): Promise<LedgerVerification> {
  let events = 0;
  let position: { subjectId: string; seq: number } | undefined = subjectId ? { subjectId, seq: 0 } : undefined;
  let previous: { subjectId: string; seq: number; hash: string } | undefined;
  for (;;) {
    const page = await eventsAfter(db, position, PAGE);
    for (const row of page) {
      if (subjectId && row.subject_id !== subjectId) return { ok: true, events };
      const before = previous?.subjectId === row.subject_id ? previous : undefined;
      const reason = fault(row, before);
      if (reason)
        return {
          ok: false,
          events,
          firstBrokenEvent: row.id,
          reason: `Event ${row.id} (${row.seq} of subject ${row.subject_id}): ${reason}.`,
        };
      events += 1;
      previous = { subjectId: row.subject_id, seq: row.seq, hash: row.hash };
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE) return { ok: true, events };
    position = { subjectId: last.subject_id, seq: last.seq };
  }
}
