import type { Kysely } from 'kysely';

// Frozen: this migration imports nothing from the app and never changes once released.

export async function up(db: Kysely<unknown>): Promise<void> {
  // The people who work in the admin console. Emails are stored trimmed and lower-cased.
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    // scrypt, with its parameters and salt: `scrypt$N$r$p$salt$hash`.
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('password_change_required', 'integer', (c) => c.notNull())
    .addColumn('failed_sign_ins', 'integer', (c) => c.notNull())
    .addColumn('last_failed_sign_in_at', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('disabled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A session is found by the SHA-256 of its token: the token itself is only ever in the cookie.
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();

  // Failed sign-ins for addresses that have no account, counted like a user's own, so that the
  // answer never tells whether an account exists. Keyed by a hash of the address.
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('email_hash', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failed_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();

  // Keys made before roles existed could do everything; they keep that.
  await db.schema
    .alterTable('api_keys')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('admin'))
    .execute();
}
