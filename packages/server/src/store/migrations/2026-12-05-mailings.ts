import type { Kysely } from 'kysely';

// Frozen: this migration imports nothing from the app and never changes once released.

export async function up(db: Kysely<unknown>): Promise<void> {
  // A message with a From of its own (a mailing's); null: the server's MAIL_FROM.
  await db.schema.alterTable('outbox').addColumn('sender', 'text').execute();

  await db.schema
    .createTable('mailings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('topic_key', 'text', (c) => c.notNull().references('topics.key'))
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('default_locale', 'text', (c) => c.notNull())
    // By language: { subject, html, text }.
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('scheduled_at', 'text')
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    // The override the sender gave, as JSON; null when the gate holds.
    .addColumn('override', 'text')
    // The last person queued, in id order: a sending that stopped resumes after them.
    .addColumn('cursor', 'text')
    // When the last message was queued; the mailing is sent once the outbox has settled them all.
    .addColumn('all_queued_at', 'text')
    // The sender job holding the mailing, and until when; an expired lease may be taken over.
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mailings_due').on('mailings').columns(['status', 'scheduled_at']).execute();

  // One row per person a message was queued for: the key keeps anyone from being mailed twice.
  await db.schema
    .createTable('mailing_recipients')
    .addColumn('mailing_id', 'text', (c) => c.notNull().references('mailings.id'))
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('outbox_id', 'text', (c) => c.notNull().references('outbox.id'))
    // The gate's reason that was overridden for this person; null when the gate let them through.
    .addColumn('overridden', 'text')
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mailing_recipients_pk', ['mailing_id', 'subject_id'])
    .execute();
  await db.schema.createIndex('mailing_recipients_outbox').on('mailing_recipients').column('outbox_id').unique().execute();
}
