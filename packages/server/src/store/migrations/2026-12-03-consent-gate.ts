import type { Kysely } from 'kysely';

// Frozen: this migration imports nothing from the app and never changes once released.

export async function up(db: Kysely<unknown>): Promise<void> {
  // What keeps a person out of marketing email whatever their consents say: set when it happens,
  // cleared when it ends (an erasure never ends).
  await db.schema.alterTable('subjects').addColumn('restricted_at', 'text').execute();
  await db.schema.alterTable('subjects').addColumn('anonymized_at', 'text').execute();
  await db.schema.alterTable('subjects').addColumn('email_invalid_at', 'text').execute();

  // A topic's persons in id order: the audience is counted and paged, and mailed, along it.
  await db.schema.createIndex('subscriptions_topic_subject').on('subscriptions').columns(['topic_key', 'subject_id']).execute();
}
