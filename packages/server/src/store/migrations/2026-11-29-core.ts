import { type Kysely, sql } from 'kysely';

// Frozen: this migration imports nothing from the app and never changes once released.

const LEGAL_BASES = [
  ['consent', 'Consent', '6.1.a', 'The person has given consent for one or more specific purposes.'],
  ['contract', 'Contract', '6.1.b', 'Necessary for a contract with the person, or steps they asked for before entering one.'],
  ['legal_obligation', 'Legal obligation', '6.1.c', 'Necessary to comply with a legal obligation of the controller.'],
  ['vital_interests', 'Vital interests', '6.1.d', 'Necessary to protect the vital interests of the person or of another natural person.'],
  ['public_task', 'Public task', '6.1.e', 'Necessary for a task in the public interest or in the exercise of official authority.'],
  [
    'legitimate_interests',
    'Legitimate interests',
    '6.1.f',
    'Necessary for the legitimate interests of the controller or a third party, balanced against the person’s rights.',
  ],
] as const;

const SOURCES = [
  ['web_form', 'Web form', 'Given on a form on a website.'],
  ['email', 'Email', 'Given from a link in an email.'],
  ['service_request', 'Service request', 'Given while the person asked for a service.'],
  ['import', 'Import', 'Brought in from another system.'],
  ['manual', 'Manual', 'Entered by a user of the console.'],
  ['api', 'API', 'Set through the API by a connected system.'],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const now = new Date().toISOString();

  await db.schema
    .createTable('legal_bases')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('article', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('builtin', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const [key, name, article, description] of LEGAL_BASES) {
    await sql`insert into legal_bases values (${key}, ${name}, ${article}, ${description}, 1, 1, ${now}, ${now})`.execute(db);
  }

  await db.schema
    .createTable('sources')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('builtin', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  for (const [key, name, description] of SOURCES) {
    await sql`insert into sources values (${key}, ${name}, ${description}, 1, 1, ${now})`.execute(db);
  }

  await db.schema
    .createTable('purposes')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('allowed_legal_bases', 'text', (c) => c.notNull())
    .addColumn('default_legal_basis', 'text', (c) => c.references('legal_bases.key'))
    .addColumn('retention_days', 'integer')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('purpose_versions')
    .addColumn('purpose_key', 'text', (c) => c.notNull().references('purposes.key'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('purpose_versions_pk', ['purpose_key', 'version'])
    .execute();

  await db.schema
    .createTable('topics')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('purpose_key', 'text', (c) => c.notNull().references('purposes.key'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('subjects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('phone', 'text')
    .addColumn('company', 'text')
    .addColumn('locale', 'text')
    .addColumn('custom_fields', 'text', (c) => c.notNull())
    .addColumn('opted_out_of_all', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ledger_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('details_hash', 'text')
    .addColumn('prev_hash', 'text')
    .addColumn('hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('ledger_events_subject_seq', ['subject_id', 'seq'])
    .execute();

  await db.schema
    .createTable('ledger_details')
    .addColumn('event_id', 'text', (c) => c.primaryKey().references('ledger_events.id'))
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('consent_records')
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('purpose_key', 'text', (c) => c.notNull().references('purposes.key'))
    .addColumn('legal_basis', 'text', (c) => c.notNull().references('legal_bases.key'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addColumn('updated_by_type', 'text', (c) => c.notNull())
    .addColumn('updated_by_id', 'text')
    .addColumn('source', 'text', (c) => c.notNull().references('sources.key'))
    .addColumn('purpose_version', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull().references('ledger_events.id'))
    .addPrimaryKeyConstraint('consent_records_pk', ['subject_id', 'purpose_key'])
    .execute();
  await db.schema.createIndex('consent_records_purpose_status').on('consent_records').columns(['purpose_key', 'status']).execute();

  await db.schema
    .createTable('subscriptions')
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('topic_key', 'text', (c) => c.notNull().references('topics.key'))
    .addColumn('subscribed', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull().references('ledger_events.id'))
    .addPrimaryKeyConstraint('subscriptions_pk', ['subject_id', 'topic_key'])
    .execute();
  await db.schema.createIndex('subscriptions_topic').on('subscriptions').columns(['topic_key', 'subscribed']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
}
