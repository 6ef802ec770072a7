import type { ConsentRecord, ConsentStatus, Evidence, UpdatedBy } from '@basis/sdk/contract';
import type { Selectable } from 'kysely';
import type { ConsentRecordTable, Db } from './database.js';

function toConsentRecord(row: Selectable<ConsentRecordTable>): ConsentRecord {
  return {
    subjectId: row.subject_id,
    purpose: row.purpose_key,
    legalBasis: row.legal_basis,
    status: row.status as ConsentStatus,
    setAt: row.set_at,
    updatedBy: { type: row.updated_by_type as UpdatedBy['type'], id: row.updated_by_id },
    source: row.source,
    purposeVersion: row.purpose_version,
    evidence: JSON.parse(row.evidence) as Evidence,
    eventId: row.event_id,
  };
}

export async function listConsentRecords(db: Db, subjectId: string): Promise<ConsentRecord[]> {
  const rows = await db.selectFrom('consent_records').selectAll().where('subject_id', '=', subjectId).orderBy('purpose_key').execute();
  return rows.map(toConsentRecord);
}

/** Replaces the current record of one subject × purpose. */
export async function saveConsentRecord(db: Db, record: ConsentRecord): Promise<void> {
  const row = {
    subject_id: record.subjectId,
    purpose_key: record.purpose,
    legal_basis: record.legalBasis,
    status: record.status,
    set_at: record.setAt,
    updated_by_type: record.updatedBy.type,
    updated_by_id: record.updatedBy.id,
    source: record.source,
    purpose_version: record.purposeVersion,
    evidence: JSON.stringify(record.evidence),
    event_id: record.eventId,
  };
  const { subject_id, purpose_key, ...changes } = row;
  void subject_id;
  void purpose_key;
  await db
    .insertInto('consent_records')
    .values(row)
    .onConflict((oc) => oc.columns(['subject_id', 'purpose_key']).doUpdateSet(changes))
    .execute();
}

/** Pending records set before `before`, oldest first: unconfirmed double opt-ins past their window. */
export async function findPendingBefore(db: Db, before: string, limit: number): Promise<{ subjectId: string; purpose: string }[]> {
  const rows = await db
    .selectFrom('consent_records')
    .select(['subject_id', 'purpose_key'])
    .where('status', '=', 'pending')
    .where('set_at', '<', before)
    .orderBy('set_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ subjectId: r.subject_id, purpose: r.purpose_key }));
}
