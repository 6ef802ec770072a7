import { after } from 'node:test';
import { type AppOptions, createApp } from '../src/app.js';
import { createApiKey } from '../src/services/api-keys.js';
import type { Database, Dialect, Store } from '../src/store/database.js';
import { isPostgresUrl, openStore } from '../src/store/dialect.js';
import { migrate } from '../src/store/migrate.js';
import { openScratchSchema } from '../src/store/scratch-schema.js';

export const TEST_APP_OPTIONS = {
  secret: 'test-secret-that-is-long-enough-to-sign',
  publicUrl: 'http://basis.test',
  publicRequestsPerMinute: 10_000,
  formSubmissionsPerHour: { perClient: 10_000, perAddress: 10_000 },
};

/** The purpose most suites start from: a newsletter that only consent can ground. */
export const NEWSLETTER = { key: 'newsletter', name: 'Newsletter', description: 'News by email.', allowedLegalBases: ['consent'] };

/** Every store suite runs on each of these. */
export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

/** DATABASE_URL when it names PostgreSQL, else the local server every Basis machine runs. */
export const POSTGRES_URL = isPostgresUrl(process.env.DATABASE_URL ?? '')
  ? process.env.DATABASE_URL!
  : 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A fresh, migrated store: an in-memory SQLite database, or a PostgreSQL schema of its own
 * that is dropped when the test file ends.
 */
export async function freshStore(dialect: Dialect): Promise<Store> {
  if (dialect === 'sqlite') {
    const store = openStore(':memory:');
    await migrate(store);
    after(() => store.close());
    return store;
  }
  const scratch = await openScratchSchema(POSTGRES_URL, 'test');
  after(() => scratch.drop());
  return scratch.store;
}

export interface Answer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers freely
  body: any;
}

export interface TestApi {
  store: Store;
  key: string;
  keyId: string;
  request(
    method: string,
    path: string,
    options?: { json?: unknown; body?: string; headers?: Record<string, string>; key?: string | null },
  ): Promise<Answer>;
  get(path: string): Promise<Answer>;
  post(path: string, json: unknown): Promise<Answer>;
  put(path: string, json: unknown): Promise<Answer>;
  patch(path: string, json: unknown): Promise<Answer>;
}

/** The real app over a fresh store, called in-process, with a valid API key. */
export async function testApi(dialect: Dialect, options: Partial<AppOptions> = {}): Promise<TestApi> {
  const store = await freshStore(dialect);
  const app = createApp(store, { ...TEST_APP_OPTIONS, ...options });
  const { key, id: keyId } = await createApiKey(store, 'test');
  const request: TestApi['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    const auth = options.key === undefined ? key : options.key;
    if (auth !== null) headers.authorization = `Bearer ${auth}`;
    let body = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] ??= 'application/json';
    }
    const response = await app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, headers: response.headers, body: type.includes('json') && text ? JSON.parse(text) : text };
  };
  return {
    store,
    key,
    keyId,
    request,
    get: (path) => request('GET', path),
    post: (path, json) => request('POST', path, { json }),
    put: (path, json) => request('PUT', path, { json }),
    patch: (path, json) => request('PATCH', path, { json }),
  };
}

const TABLES: (keyof Database)[] = [
  'legal_bases',
  'sources',
  'purposes',
  'purpose_versions',
  'topics',
  'subjects',
  'consent_records',
  'subscriptions',
  'ledger_events',
  'ledger_details',
  'settings',
  'api_keys',
  'idempotency_keys',
  'outbox',
  'forms',
  'form_versions',
  'form_submissions',
  'consent_requests',
];

/** Everything in the store, in a stable order: equal snapshots mean nothing changed. (Rate-limit counters are not data, and every request counts.) */
export async function snapshot(store: Store): Promise<string> {
  const dump: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const rows = await store.db.selectFrom(table).selectAll().execute();
    dump[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return JSON.stringify(dump);
}
