import { after } from 'node:test';
import { type AppOptions, createApp } from '../src/app.js';
import type { Role } from '@basis/sdk/contract';
import { createApiKey } from '../src/services/api-keys.js';
import { hashPassword } from '../src/services/passwords.js';
import { startSession } from '../src/services/sessions.js';
import { newId } from '../src/lib/ids.js';
import { type UserRow, insertUser } from '../src/store/users.js';
import type { Database, Dialect, Store } from '../src/store/database.js';
import { isPostgresUrl, openStore } from '../src/store/dialect.js';
import { migrate } from '../src/store/migrate.js';
import { openScratchSchema } from '../src/store/scratch-schema.js';

export const TEST_APP_OPTIONS = {
  secret: 'test-secret-that-is-long-enough-to-sign',
  publicUrl: 'http://basis.test',
  publicRequestsPerMinute: 10_000,
  formSubmissionsPerHour: { perClient: 10_000, perAddress: 10_000 },
  signInsPerClient: 10_000,
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

/** A console session as a browser holds it: the cookie, and the CSRF token the page keeps. */
export interface ConsoleSession {
  user: UserRow;
  /** `basis_session=…`, as a Cookie header. */
  cookie: string;
  csrfToken: string;
}

export interface RequestOptions {
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
  /** The bearer credential; the test API key unless given, none when null (or when a session is given). */
  key?: string | null;
  /** Call as a signed-in user: the cookie, and the CSRF token on writes unless `csrfToken` is null. */
  session?: { cookie: string; csrfToken?: string | null };
}

export interface TestApi {
  store: Store;
  key: string;
  keyId: string;
  request(method: string, path: string, options?: RequestOptions): Promise<Answer>;
  /** A user with `role`, signed in (without the cost of hashing a password per user). */
  sessionFor(role: Role, changes?: Partial<UserRow>): Promise<ConsoleSession>;
  get(path: string): Promise<Answer>;
  post(path: string, json: unknown): Promise<Answer>;
  put(path: string, json: unknown): Promise<Answer>;
  patch(path: string, json: unknown): Promise<Answer>;
}

/** The password of every user `addTestUser` adds. */
export const TEST_PASSWORD = 'correct horse battery staple';
let testPasswordHash: Promise<string> | undefined;

/** Adds a user straight to the store; every test user shares one password hash, computed once. */
export async function addTestUser(store: Store, role: Role, changes: Partial<UserRow> = {}): Promise<UserRow> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const now = new Date().toISOString();
  const id = newId();
  const row: UserRow = {
    id,
    email: `${role}-${id.slice(-12)}@example.com`,
    name: `A ${role}`,
    role,
    password_hash: await testPasswordHash,
    password_change_required: 0,
    failed_sign_ins: 0,
    last_failed_sign_in_at: null,
    locked_until: null,
    disabled_at: null,
    created_at: now,
    updated_at: now,
    ...changes,
  };
  await insertUser(store.db, row);
  return row;
}

/** The `basis_session=…` pair an answer sets, ready to send back as a Cookie header. */
export function sessionCookie(answer: Answer): string {
  const cookie = /(?:^|,\s*)(basis_session=[^;]*)/.exec(answer.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error(`The answer sets no session cookie: ${answer.headers.get('set-cookie')}`);
  return cookie;
}

/** The real app over a fresh store, called in-process, with a valid API key (role `admin`). */
export async function testApi(dialect: Dialect, options: Partial<AppOptions> = {}): Promise<TestApi> {
  const store = await freshStore(dialect);
  const app = createApp(store, { ...TEST_APP_OPTIONS, ...options });
  const { key, id: keyId } = await createApiKey(store, 'test');
  const request: TestApi['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    const auth = options.key === undefined ? (options.session ? null : key) : options.key;
    if (auth !== null) headers.authorization = `Bearer ${auth}`;
    if (options.session) {
      headers.cookie = options.session.cookie;
      if (options.session.csrfToken && method !== 'GET') headers['x-csrf-token'] ??= options.session.csrfToken;
    }
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
    async sessionFor(role, changes) {
      const user = await addTestUser(store, role, changes);
      const { token, session } = await startSession(store.db, user, new Date());
      return { user, cookie: `basis_session=${token}`, csrfToken: session.csrfToken };
    },
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
  'users',
  'sessions',
  'sign_in_failures',
  'mailings',
  'mailing_recipients',
  'audit_log',
];

/** When a session was last used is not data: reading with it may move it on. */
const VOLATILE: Partial<Record<keyof Database, string[]>> = { sessions: ['last_seen_at', 'expires_at'] };

/** Everything in the store, in a stable order: equal snapshots mean nothing changed. (Rate-limit counters are not data, and every request counts.) */
export async function snapshot(store: Store): Promise<string> {
  const dump: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const rows = (await store.db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    const volatile = VOLATILE[table] ?? [];
    dump[table] = rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([c]) => !volatile.includes(c))))).sort();
  }
  return JSON.stringify(dump);
}
