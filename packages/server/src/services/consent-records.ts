import type { ConsentRecord, Evidence, Purpose, UpdatedBy } from '@basis/sdk/contract';
import { truncateIp } from '../lib/ip.js';
import type { Db } from '../store/database.js';
import { saveConsentRecord } from '../store/consents.js';
import { appendEvent } from './ledger.js';

/** IP addresses in evidence are only ever stored truncated. */
function sanitizeEvidence(evidence: Evidence): Evidence {
  return typeof evidence.ip === 'string' ? { ...evidence, ip: truncateIp(evidence.ip) } : evidence;
}

export interface ConsentChange {
  purpose: Purpose;
  legalBasis: string;
  status: ConsentRecord['status'];
  source: string;
  purposeVersion: number;
  evidence: Evidence;
  updatedBy: UpdatedBy;
}

/**
 * Writes a person's current record for a purpose and its ledger event. The caller has checked
 * the change and holds the person's lock in the same transaction.
 */
export async function recordConsent(db: Db, subjectId: string, change: ConsentChange, setAt: string): Promise<ConsentRecord> {
  const evidence = sanitizeEvidence(change.evidence);
  const event = await appendEvent(db, {
    subjectId,
    type: 'consent.set',
    occurredAt: setAt,
    data: {
      purpose: change.purpose.key,
      purposeVersion: change.purposeVersion,
      legalBasis: change.legalBasis,
      status: change.status,
      source: change.source,
      updatedBy: change.updatedBy,
    },
    details: Object.keys(evidence).length > 0 ? { evidence } : null,
  });
  const record: ConsentRecord = {
    subjectId,
    purpose: change.purpose.key,
    legalBasis: change.legalBasis,
    status: change.status,
    setAt,
    updatedBy: change.updatedBy,
    source: change.source,
    purposeVersion: change.purposeVersion,
    evidence,
    eventId: event.id,
  };
  await saveConsentRecord(db, record);
  return record;
}
