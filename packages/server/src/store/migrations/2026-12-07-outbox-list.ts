import type { Kysely } from 'kysely';

// Frozen: this migration imports nothing from the app and never changes once released.

export async function up(db: Kysely<unknown>): Promise<void> {
  // The outbox is listed newest first (ids are time-ordered), whole or by one status, kind, person
  // or mailing: each filter walks its own index in id order and stops at the page's end.
  await db.schema.createIndex('outbox_status_id').on('outbox').columns(['status', 'id']).execute();
  await db.schema.createIndex('outbox_kind_id').on('outbox').columns(['kind', 'id']).execute();
  await db.schema.createIndex('outbox_subject_id').on('outbox').columns(['subject_id', 'id']).execute();
  await db.schema.createIndex('mailing_recipients_mailing_outbox').on('mailing_recipients').columns(['mailing_id', 'outbox_id']).execute();
}
