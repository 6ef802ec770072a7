import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import type { Store } from './database.js';
import * as core from './migrations/2026-11-29-core.js';
import * as consentGate from './migrations/2026-12-03-consent-gate.js';
import * as forms from './migrations/2026-11-30-forms.js';
import * as idempotency from './migrations/2026-11-29-idempotency.js';
import * as visitors from './migrations/2026-11-29-visitors.js';
import * as users from './migrations/2026-12-04-users.js';
import * as mailings from './migrations/2026-12-05-mailings.js';
import * as audit from './migrations/2026-12-06-audit.js';
import * as outboxList from './migrations/2026-12-07-outbox-list.js';
import * as stats from './migrations/2026-12-07-stats.js';

/** Every migration, by name; names sort in the order they run. */
const migrations: Record<string, Migration> = {
  '2026-11-29-core': core,
  '2026-11-29-idempotency': idempotency,
  '2026-11-29-visitors': visitors,
  // Named to sort after the ones above: Kysely refuses a new migration that sorts before one that ran.
  '2026-11-30-forms': forms,
  '2026-12-03-consent-gate': consentGate,
  '2026-12-04-users': users,
  '2026-12-05-mailings': mailings,
  '2026-12-06-audit': audit,
  '2026-12-07-outbox-list': outboxList,
  '2026-12-07-stats': stats,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** Brings the schema up to date; returns the names of the migrations it ran. */
export async function migrate(store: Store): Promise<string[]> {
  const { error, results } = await new Migrator({
    db: store.db,
    provider,
    // Named, or Kysely would take another schema's migration table for this one's.
    ...(store.schema ? { migrationTableSchema: store.schema } : {}),
  }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('A migration failed.', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
