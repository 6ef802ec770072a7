import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Store } from './database.js';
import { openStore } from './dialect.js';
import { migrate } from './migrate.js';

/** Any number; every process that makes scratch schemas in one database agrees on it. */
const SCHEMA_LOCK = 27560;

export interface ScratchSchema {
  store: Store;
  /** Closes the store and drops the schema with everything in it. */
  drop(): Promise<void>;
}

/**
 * A migrated PostgreSQL schema of its own, for a test suite or a benchmark that must not touch
 * anything else in the database. Kysely's migrator reads the catalogue of every schema and fails
 * when one is dropped meanwhile, so schemas are created, migrated and dropped one at a time.
 */
export async function openScratchSchema(url: string, prefix: string): Promise<ScratchSchema> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const locked = async (statement: string, then?: () => Promise<unknown>) => {
    await admin.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
    try {
      await admin.query(statement);
      await then?.();
    } finally {
      await admin.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK]);
    }
  };
  const store = openStore(url, { schema });
  const drop = async () => {
    await store.close();
    await locked(`drop schema if exists ${schema} cascade`);
    await admin.end();
  };
  try {
    await locked(`create schema ${schema}`, () => migrate(store));
  } catch (error) {
    await drop();
    throw error;
  }
  return { store, drop };
}
