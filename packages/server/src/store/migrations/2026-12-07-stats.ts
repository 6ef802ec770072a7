import type { Kysely } from 'kysely';

// Frozen: this migration imports nothing from the app and never changes once released.

export async function up(db: Kysely<unknown>): Promise<void> {
  // The dashboard counts records by purpose, status and legal basis straight off this index.
  await db.schema
    .createIndex('consent_records_purpose_status_basis')
    .on('consent_records')
    .columns(['purpose_key', 'status', 'legal_basis'])
    .execute();
  // Whether a person has an active record at all: one probe per person, for those without a valid basis.
  await db.schema.createIndex('consent_records_status_subject').on('consent_records').columns(['status', 'subject_id']).execute();
  // Consents given and withdrawn per day read one type of event over a range of days.
  await db.schema.createIndex('ledger_events_type_time').on('ledger_events').columns(['type', 'occurred_at']).execute();
}
