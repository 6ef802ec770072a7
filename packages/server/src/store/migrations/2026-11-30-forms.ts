import type { Kysely } from 'kysely';

// Frozen: this migration imports nothing from the app and never changes once released.

export async function up(db: Kysely<unknown>): Promise<void> {
  // The working copy of each form; what visitors are served lives in form_versions.
  await db.schema
    .createTable('forms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('allowed_origins', 'text', (c) => c.notNull())
    .addColumn('has_draft', 'integer', (c) => c.notNull())
    .addColumn('published_version', 'integer')
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A published version never changes: submissions are checked against it and point at it.
  await db.schema
    .createTable('form_versions')
    .addColumn('form_id', 'text', (c) => c.notNull().references('forms.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('consent_bases', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('form_versions_pk', ['form_id', 'version'])
    .execute();

  await db.schema
    .createTable('form_submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('form_id', 'text', (c) => c.notNull().references('forms.id'))
    .addColumn('form_version', 'integer', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('page_url', 'text')
    .addColumn('consents', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .execute();
  await db.schema.createIndex('form_submissions_form').on('form_submissions').columns(['form_id', 'id']).execute();

  await db.schema
    .createTable('consent_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('purpose_key', 'text', (c) => c.notNull().references('purposes.key'))
    .addColumn('purpose_version', 'integer', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull().references('legal_bases.key'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .execute();

  // The expiry sweep looks for old pending records.
  await db.schema.createIndex('consent_records_status_set_at').on('consent_records').columns(['status', 'set_at']).execute();
}
